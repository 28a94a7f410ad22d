package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** A document was drafted. */
public record InvoiceDrafted(UUID eventId, TenantId tenant, Instant occurredAt,
        InvoiceId invoiceId, InvoiceKind kind, PartyId party)
        implements DomainEvent {
}
