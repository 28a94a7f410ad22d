package dev.backoffice.jpa.entity;

import java.io.Serializable;

/** The key of {@link ReceivablesConfigurationEntity}: tenant and currency. */
public record ReceivablesConfigurationKey(String tenantId, String currency) implements Serializable {
}
