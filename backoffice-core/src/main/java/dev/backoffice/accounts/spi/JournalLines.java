package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Read model over the lines of posted entries (drafts never count). Scoped to one tenant. */
public interface JournalLines {

    /**
     * Whether any entry, draft or posted, has a line on the account.
     *
     * @param tenant  the tenant
     * @param account the account
     * @return true when the account has a line
     */
    boolean hasLines(TenantId tenant, AccountId account);

    /**
     * The totals of posted lines on the account dated on or before {@code asOf}.
     *
     * @param tenant   the tenant
     * @param account  the account
     * @param currency the account's currency (the totals' currency when it has no line)
     * @param asOf     the last day counted
     * @return the totals, zero when there is no line
     */
    AccountBalance totalsAsOf(TenantId tenant, AccountId account, Currency currency, LocalDate asOf);

    /**
     * The totals of posted lines dated on or before {@code asOf}, for every account that has any.
     *
     * @param tenant the tenant
     * @param asOf   the last day counted
     * @return the totals, one per account
     */
    List<AccountBalance> totalsAsOf(TenantId tenant, LocalDate asOf);

    /**
     * The totals of posted lines dated from {@code from} to {@code to} (both inclusive), for every
     * account that has any (one database round trip: a {@code GROUP BY} over the lines).
     *
     * @param tenant the tenant
     * @param from   first day
     * @param to     last day
     * @return the totals, one per account
     */
    List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * Like {@link #totalsBetween(TenantId, LocalDate, LocalDate)}, counting only the lines of
     * entries whose source reference is exactly {@code sourceReference} (the year-end close finds
     * its closing entries this way).
     *
     * @param tenant          the tenant
     * @param from            first day
     * @param to              last day
     * @param sourceReference the source reference of the entries counted
     * @return the totals, one per account
     */
    List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference);

    /**
     * Whether the tenant has posted any line at all.
     *
     * @param tenant the tenant
     * @return true once a line was posted
     */
    boolean hasPostedLines(TenantId tenant);

    /**
     * The functional-currency totals of posted lines dated on or before {@code asOf}, for every
     * account that has any (the sums of the lines' functional equivalents; lines without one do
     * not count).
     *
     * @param tenant the tenant
     * @param asOf   the last day counted
     * @return the functional totals, one per account
     */
    List<AccountBalance> functionalTotalsAsOf(TenantId tenant, LocalDate asOf);

    /**
     * The functional-currency totals of posted lines dated from {@code from} to {@code to} (both
     * inclusive), for every account that has any; only of entries whose source reference is exactly
     * {@code sourceReference} when it is not {@code null}.
     *
     * @param tenant          the tenant
     * @param from            first day
     * @param to              last day
     * @param sourceReference the source reference of the entries counted, or null for all
     * @return the functional totals, one per account
     */
    List<AccountBalance> functionalTotalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference);

    /**
     * Posted lines of the account dated from {@code from} to {@code to} (inclusive), ordered by
     * date, then entry id, then line number, skipping {@code offset} and returning at most
     * {@code limit}. Each carries the running sum of debits minus credits from the first line of
     * the range through itself.
     *
     * @param tenant  the tenant
     * @param account the leaf account
     * @param from    first day
     * @param to      last day
     * @param offset  how many lines to skip
     * @param limit   at most this many lines
     * @return the statement lines
     */
    List<StatementLine> statement(TenantId tenant, AccountId account, LocalDate from, LocalDate to, int offset, int limit);

    /**
     * How many posted lines the account has in the date range.
     *
     * @param tenant  the tenant
     * @param account the leaf account
     * @param from    first day
     * @param to      last day
     * @return the number of lines
     */
    long countStatementLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to);
}
