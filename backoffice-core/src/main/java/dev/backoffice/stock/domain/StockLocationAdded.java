package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An internal location was added under another one.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param locationId the new location
 * @param code       its code
 * @param parent     its parent, or null
 * @serial exclude
 */
public record StockLocationAdded(UUID eventId, TenantId tenant, Instant occurredAt, LocationId locationId, String code,
                                 LocationId parent) implements DomainEvent {
}
