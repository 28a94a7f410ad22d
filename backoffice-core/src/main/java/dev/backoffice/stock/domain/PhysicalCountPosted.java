package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A physical count was posted: its variances became the listed adjustments.
 *
 * @param eventId     the unique id of this event
 * @param tenant      the tenant it belongs to
 * @param occurredAt  when it happened, on the injected clock
 * @param countId     the count
 * @param location    the counted location
 * @param adjustments the moves that posted its variances
 * @serial exclude
 */
public record PhysicalCountPosted(UUID eventId, TenantId tenant, Instant occurredAt, CountId countId,
                                  LocationId location, List<MoveId> adjustments) implements DomainEvent {
}
