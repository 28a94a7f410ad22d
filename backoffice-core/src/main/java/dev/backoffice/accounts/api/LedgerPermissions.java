package dev.backoffice.accounts.api;

/** The permission names the ledger asks the {@link dev.backoffice.common.spi.AccessPolicy} for. */
public final class LedgerPermissions {

    /** Open, rename, close and reopen accounts. */
    public static final String MANAGE_ACCOUNTS = "ledger.account.manage";
    /** Post journal entries, alone or in batches, and post drafts. */
    public static final String POST_ENTRY = "ledger.entry.post";
    /** Save, revise and discard draft entries. */
    public static final String DRAFT_ENTRY = "ledger.entry.draft";
    /** Reverse posted entries. */
    public static final String REVERSE_ENTRY = "ledger.entry.reverse";
    /** Open fiscal years. */
    public static final String OPEN_FISCAL_YEAR = "ledger.fiscal_year.open";
    /** Close fiscal periods. */
    public static final String CLOSE_PERIOD = "ledger.period.close";
    /** Reopen closed fiscal periods: a permission of its own, as auditors expect. */
    public static final String REOPEN_PERIOD = "ledger.period.reopen";
    /** Lock closed fiscal periods for good. */
    public static final String LOCK_PERIOD = "ledger.period.lock";
    /** Read accounts, entries, balances and reports. */
    public static final String READ = "ledger.read";

    private LedgerPermissions() {
    }
}
