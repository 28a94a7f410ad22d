package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A physical count of a location was opened. */
public record PhysicalCountOpened(UUID eventId, TenantId tenant, Instant occurredAt, CountId countId,
                                  LocationId location) implements DomainEvent {
}
