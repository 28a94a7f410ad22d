package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A physical count of a location was opened.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param countId    the count
 * @param location   the counted location
 * @serial exclude
 */
public record PhysicalCountOpened(UUID eventId, TenantId tenant, Instant occurredAt, CountId countId,
                                  LocationId location) implements DomainEvent {
}
