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

    /** Whether any entry, draft or posted, has a line on the account. */
    boolean hasLines(TenantId tenant, AccountId account);

    /** The totals of posted lines on the account dated on or before {@code asOf}. */
    AccountBalance totalsAsOf(TenantId tenant, AccountId account, Currency currency, LocalDate asOf);

    /** The totals of posted lines dated on or before {@code asOf}, for every account that has any. */
    List<AccountBalance> totalsAsOf(TenantId tenant, LocalDate asOf);

    /**
     * The totals of posted lines dated from {@code from} to {@code to} (both inclusive), for every
     * account that has any (one database round trip: a {@code GROUP BY} over the lines).
     */
    List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * Like {@link #totalsBetween(TenantId, LocalDate, LocalDate)}, counting only the lines of
     * entries whose source reference is exactly {@code sourceReference} (the year-end close finds
     * its closing entries this way).
     */
    List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference);

    /** Whether the tenant has posted any line at all. */
    boolean hasPostedLines(TenantId tenant);

    /**
     * The functional-currency totals of posted lines dated on or before {@code asOf}, for every
     * account that has any (the sums of the lines' functional equivalents; lines without one do
     * not count).
     */
    List<AccountBalance> functionalTotalsAsOf(TenantId tenant, LocalDate asOf);

    /**
     * The functional-currency totals of posted lines dated from {@code from} to {@code to} (both
     * inclusive), for every account that has any; only of entries whose source reference is exactly
     * {@code sourceReference} when it is not {@code null}.
     */
    List<AccountBalance> functionalTotalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference);

    /**
     * Posted lines of the account dated from {@code from} to {@code to} (inclusive), ordered by
     * date, then entry id, then line number, skipping {@code offset} and returning at most
     * {@code limit}. Each carries the running sum of debits minus credits from the first line of
     * the range through itself.
     */
    List<StatementLine> statement(TenantId tenant, AccountId account, LocalDate from, LocalDate to, int offset, int limit);

    /** How many posted lines the account has in the date range. */
    long countStatementLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to);
}
