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
 * @param id the id
 * @param kind invoice, bill or note
 * @param number the document number, null while a draft
 * @param status its status
 * @param party the customer or supplier
 * @param currency the currency of the document, the party's
 * @param issueDate the issue date, null while a draft
 * @param dueDate the due date, null while a draft
 * @param lines its lines
 * @param totals the net, tax and gross totals
 * @param gross the gross total, tax included
 * @param settled the amount settled
 * @param settlements the payments and notes applied to it
 * @param correctionOf the document a note corrects, or null
 * @param reference optional outside reference, or null
 * @param journalEntry the entry that posted it, or null
 * @param createdBy the id of the actor who created it
 * @param createdAt when it was created
 * @param issuedBy the id of the actor who issued it, or null
 * @param issuedAt when it was issued, or null
 */
public record InvoiceSnapshot(InvoiceId id, InvoiceKind kind, String number, InvoiceStatus status, PartyId party,
                              Currency currency, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines,
                              DocumentTotals totals, Money gross, Money settled, Money open, Money credited,
                              List<Settlement> settlements, InvoiceId correctionOf, String reference,
                              JournalEntryId journalEntry, String createdBy, Instant createdAt, String issuedBy,
                              Instant issuedAt) {

    /**
     * The snapshot of a document.
     *
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
