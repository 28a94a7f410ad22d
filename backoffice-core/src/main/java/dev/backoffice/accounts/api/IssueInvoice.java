package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Issues a draft: gives it the next number of its series for the year of the issue date, its due
 * date from the party's payment terms (a note is due on issue), and posts it to the ledger on the
 * issue date, in one unit of work. A note is applied at once to what is open on the document it
 * corrects.
 *
 * @param issueDate the issue and accounting date, or null for today (by the back office's clock, UTC)
 * @param invoice the document
 */
public record IssueInvoice(@NotNull InvoiceId invoice, LocalDate issueDate) {

    /**
     * Issues a draft on a date.
     *
     * @param invoice   the draft
     * @param issueDate the issue date, or null for today
     * @return the command
     */
    public static IssueInvoice of(InvoiceId invoice, LocalDate issueDate) {
        return new IssueInvoice(invoice, issueDate);
    }
}
