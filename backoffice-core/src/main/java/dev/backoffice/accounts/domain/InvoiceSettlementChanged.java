package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/** What is open on an issued document changed (a payment allocated or undone, a note applied). */
public record InvoiceSettlementChanged(UUID eventId, TenantId tenant, Instant occurredAt,
        InvoiceId invoiceId, InvoiceStatus status, Money open)
        implements DomainEvent {
}
