package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * The lines of a draft were replaced.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param invoiceId the invoice
 * @serial exclude
 */
public record InvoiceRevised(UUID eventId, TenantId tenant, Instant occurredAt, InvoiceId invoiceId)
        implements DomainEvent {
}
