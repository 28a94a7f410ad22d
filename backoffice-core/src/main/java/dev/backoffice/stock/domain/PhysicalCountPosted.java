package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A physical count was posted: its variances became the listed adjustments. */
public record PhysicalCountPosted(UUID eventId, TenantId tenant, Instant occurredAt, CountId countId,
                                  LocationId location, List<MoveId> adjustments) implements DomainEvent {
}
