package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.DocumentTotals;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceLine;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.Settlement;
import dev.backoffice.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A document as receivables show it. Number, dates, journal entry and issue data are null for a
 * draft, whose totals are a preview.
 *
 * @param open     what is still owed on it
 * @param credited the gross total of the notes that corrected it
 */
public record InvoiceSnapshot(InvoiceId id, InvoiceKind kind, String number, InvoiceStatus status, PartyId party,
                              Currency currency, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines,
                              DocumentTotals totals, Money gross, Money settled, Money open, Money credited,
                              List<Settlement> settlements, InvoiceId correctionOf, String reference,
                              JournalEntryId journalEntry, String createdBy, Instant createdAt, String issuedBy,
                              Instant issuedAt) {

    /**
     * @param i the document
     * @return its read-only view
     */
    public static InvoiceSnapshot of(Invoice i) {
        return new InvoiceSnapshot(i.id(), i.kind(), i.number().orElse(null), i.status(), i.party(), i.currency(),
                i.issueDate().orElse(null), i.dueDate().orElse(null), i.lines(), i.totals(), i.totals().gross(),
                i.settled(), i.open(), i.credited(), i.settlements(), i.correctionOf().orElse(null),
                i.reference().orElse(null), i.journalEntry().orElse(null), i.createdBy(), i.createdAt(),
                i.issuedBy().orElse(null), i.issuedAt().orElse(null));
    }
}
