package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The open rest of a reservation was given back to available stock. Quantities are in the item's base unit.
 *
 * @param eventId       the unique id of this event
 * @param tenant        the tenant it belongs to
 * @param occurredAt    when it happened, on the injected clock
 * @param reservationId the reservation
 * @param demand        the host's reference of the demand (an order, a job)
 * @param itemId        the stock item
 * @param quantity      the open rest given back
 * @serial exclude
 */
public record ReservationReleased(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, Quantity quantity)
        implements DomainEvent {
}
