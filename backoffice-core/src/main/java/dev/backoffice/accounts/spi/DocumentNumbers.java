package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.common.TenantId;

/**
 * Gapless document numbers: one sequence per tenant, kind of document and year, starting at 1.
 *
 * <p>{@link #next} runs in the unit of work that issues the document, and its increment commits or
 * rolls back with it, so a number is never lost (no gap) and never given twice (no duplicate),
 * whatever the concurrency. A database adapter keeps one row per tenant, year and kind and
 * increments it in the issuing transaction, for example
 * {@code UPDATE document_numbers SET last = last + 1 WHERE tenant = ? AND year = ? AND kind = ? RETURNING last}
 * (inserting the row with {@code last = 1} when there is none, guarded by the primary key so that
 * two first issues cannot both insert). The row lock serializes issuers of one series until
 * commit; never a database sequence, which leaves gaps on rollback.
 */
public interface DocumentNumbers {

    /**
     * Takes the next number of the series in the current unit of work: 1, 2, 3 ...
     *
     * @param tenant the tenant
     * @param kind   the kind of document; each kind has its own series
     * @param year   the year of the issue date; each year starts again at 1
     * @return the number taken
     */
    long next(TenantId tenant, InvoiceKind kind, int year);

    /**
     * The last number taken in the series, 0 when none.
     *
     * @param tenant the tenant
     * @param kind   the kind of document
     * @param year   the year of the series
     * @return the last number, or 0
     */
    long last(TenantId tenant, InvoiceKind kind, int year);
}
