package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An issue for the demand took reserved stock. Quantities are in the item's base unit.
 *
 * @param eventId       the unique id of this event
 * @param tenant        the tenant it belongs to
 * @param occurredAt    when it happened, on the injected clock
 * @param reservationId the reservation
 * @param demand        the host's reference of the demand (an order, a job)
 * @param itemId        the stock item
 * @param quantity      what the issue took of it
 * @param moveId        the issue
 * @serial exclude
 */
public record ReservationConsumed(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, Quantity quantity, MoveId moveId)
        implements DomainEvent {
}
