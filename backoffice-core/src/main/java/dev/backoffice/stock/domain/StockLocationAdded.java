package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** An internal location was added under another one. */
public record StockLocationAdded(UUID eventId, TenantId tenant, Instant occurredAt, LocationId locationId, String code,
                                 LocationId parent) implements DomainEvent {
}
