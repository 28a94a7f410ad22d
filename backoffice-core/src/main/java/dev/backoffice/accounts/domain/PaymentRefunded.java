package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** Part of a payment was given back. */
public record PaymentRefunded(UUID eventId, TenantId tenant, Instant occurredAt, PaymentId paymentId,
                              UUID refundId, Money amount) implements DomainEvent {
}
