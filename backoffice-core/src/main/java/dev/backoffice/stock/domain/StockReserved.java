package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Stock was reserved for a demand in one location and lot. Quantities are in the item's base unit.
 *
 * @param eventId       the unique id of this event
 * @param tenant        the tenant it belongs to
 * @param occurredAt    when it happened, on the injected clock
 * @param reservationId the reservation
 * @param demand        the host's reference of the demand (an order, a job)
 * @param itemId        the stock item
 * @param location      where it holds stock
 * @param lot           the lot code, serial number or {@link StockQuant#NO_LOT}
 * @param quantity      what it holds, in the base unit
 * @serial exclude
 */
public record StockReserved(UUID eventId, TenantId tenant, Instant occurredAt,
        ReservationId reservationId, String demand, ItemId itemId, LocationId location, String lot, Quantity quantity)
        implements DomainEvent {
}
