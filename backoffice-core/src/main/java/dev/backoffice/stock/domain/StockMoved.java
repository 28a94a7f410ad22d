package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A move was done: {@code quantity} (in the item's base unit) left {@code from} and arrived in
 * {@code to}. {@code reversalOf} names the move it reverses, if it is a reversal.
 *
 * @param eventId    the unique id of this event
 * @param tenant     the tenant it belongs to
 * @param occurredAt when it happened, on the injected clock
 * @param moveId     the move
 * @param kind       receipt, issue, transfer or adjustment
 * @param itemId     the stock item
 * @param from       the location it left
 * @param to         the location it arrived in
 * @param quantity   in the item's base unit
 * @param lot        the lot code, or null
 * @param serials    the serial numbers, or empty
 * @param demand     the demand whose reservations it consumed, or null
 * @param reversalOf the move it reverses, or null
 * @serial exclude
 */
public record StockMoved(UUID eventId, TenantId tenant, Instant occurredAt, MoveId moveId, MoveKind kind, ItemId itemId,
                         LocationId from, LocationId to, Quantity quantity, String lot, List<String> serials,
                         String demand, MoveId reversalOf) implements DomainEvent {
}
