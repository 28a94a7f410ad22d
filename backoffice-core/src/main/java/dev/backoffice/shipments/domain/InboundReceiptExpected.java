package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * Goods are expected from a supplier.
 *
 * @param eventId    the event's id
 * @param tenant     the receipt's tenant
 * @param occurredAt when
 * @param receiptId  the receipt
 * @param supplier   the supplier (the host's party id or reference)
 * @param lines        how many lines it expects
 * @param expectedDate when the goods are expected
 * @param actor      who did it
 * @serial exclude
 */
public record InboundReceiptExpected(UUID eventId, TenantId tenant, Instant occurredAt, InboundReceiptId receiptId, String supplier, int lines, java.time.LocalDate expectedDate,
        String actor) implements DomainEvent {
}
