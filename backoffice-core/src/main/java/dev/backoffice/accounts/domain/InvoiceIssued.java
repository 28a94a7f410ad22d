package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * A document was numbered and posted; {@code journalEntry} is its posting.
 *
 * @param eventId the id of this event
 * @param tenant the tenant
 * @param occurredAt when it happened
 * @param invoiceId the invoice
 * @param kind invoice, bill or note
 * @param number the document number
 * @param gross the gross total, tax included
 * @param journalEntry the journal entry that posted it
 * @serial exclude
 */
public record InvoiceIssued(UUID eventId, TenantId tenant, Instant occurredAt,
        InvoiceId invoiceId, InvoiceKind kind, String number, Money gross, JournalEntryId journalEntry)
        implements DomainEvent {
}
