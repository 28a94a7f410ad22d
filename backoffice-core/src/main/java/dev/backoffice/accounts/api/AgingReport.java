package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * What each party owes (or is owed) at the end of {@code asOf}, by how long it is past due:
 * current (not yet due), 1 to 30, 31 to 60, 61 to 90 and over 90 days. Notes count negative in
 * the bucket of their own due date. {@code unallocated} is the party's credit from payments not
 * yet allocated, shown apart. The total of the buckets equals the receivable (or payable)
 * account's balance as of that day.
 *
 * @param role customers or suppliers
 * @param asOf the last day counted
 * @param rows the rows
 * @param total the total
 */
public record AgingReport(PartyRole role, LocalDate asOf, List<Row> rows, Row total) {

    /**
     * One party, or the total ({@code party} and {@code name} null).
     *
     * @param party the customer or supplier
     * @param name the party name
     * @param current the amount not yet due
     * @param days1To30 the amount 1 to 30 days overdue
     * @param days31To60 the amount 31 to 60 days overdue
     * @param days61To90 the amount 61 to 90 days overdue
     * @param over90 the amount more than 90 days overdue
     * @param total the total
     * @param unallocated the part not allocated nor refunded
     */
    public record Row(PartyId party, String name, Money current, Money days1To30, Money days31To60,
                      Money days61To90, Money over90, Money total, Money unallocated) {
    }
}
