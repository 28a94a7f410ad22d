package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * What is open on an issued document changed (a payment allocated or undone, a note applied).
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param invoiceId the invoice
 * @param status the new status
 * @param open the amount still open
 * @serial exclude
 */
public record InvoiceSettlementChanged(UUID eventId, TenantId tenant, Instant occurredAt,
        InvoiceId invoiceId, InvoiceStatus status, Money open)
        implements DomainEvent {
}
