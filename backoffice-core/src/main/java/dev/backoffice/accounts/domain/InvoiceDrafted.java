package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A document was drafted.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param invoiceId the invoice
 * @param kind invoice, bill or note
 * @param party the party
 * @serial exclude
 */
public record InvoiceDrafted(UUID eventId, TenantId tenant, Instant occurredAt,
        InvoiceId invoiceId, InvoiceKind kind, PartyId party)
        implements DomainEvent {
}
