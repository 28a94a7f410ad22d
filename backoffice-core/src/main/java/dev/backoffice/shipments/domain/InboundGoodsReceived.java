package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivery of a supplier was checked: its accepted goods entered stock, its rejected goods did not.
 *
 * @param eventId    the event's id
 * @param tenant     the receipt's tenant
 * @param occurredAt when
 * @param receiptId  the receipt
 * @param supplier   the supplier (the host's party id or reference)
 * @param delivery    the delivery's number on the receipt
 * @param anyRejected whether some goods were rejected
 * @param status      the receipt's state after the delivery
 * @param actor      who did it
 * @serial exclude
 */
public record InboundGoodsReceived(UUID eventId, TenantId tenant, Instant occurredAt, InboundReceiptId receiptId, String supplier, int delivery, boolean anyRejected, InboundReceiptStatus status,
        String actor) implements DomainEvent {
}
