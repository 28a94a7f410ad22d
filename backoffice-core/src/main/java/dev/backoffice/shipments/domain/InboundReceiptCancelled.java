package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A receipt was cancelled before anything was accepted.
 *
 * @param eventId    the event's id
 * @param tenant     the receipt's tenant
 * @param occurredAt when
 * @param receiptId  the receipt
 * @param supplier   the supplier (the host's party id or reference)
 * @param actor      who did it
 * @serial exclude
 */
public record InboundReceiptCancelled(UUID eventId, TenantId tenant, Instant occurredAt, InboundReceiptId receiptId, String supplier,
        String actor) implements DomainEvent {
}
