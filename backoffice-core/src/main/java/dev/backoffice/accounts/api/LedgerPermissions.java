package dev.backoffice.accounts.api;

/** The permission names the ledger asks the {@link dev.backoffice.common.spi.AccessPolicy} for. */
public final class LedgerPermissions {

    /** Open, rename, close and reopen accounts. */
    public static final String MANAGE_ACCOUNTS = "ledger.account.manage";
    /** Spread an account's balance over buckets (a hot account) or change their number. */
    public static final String SPREAD_BALANCE = "ledger.account.spread";
    /** Post journal entries, alone or in batches, and post drafts. */
    public static final String POST_ENTRY = "ledger.entry.post";
    /** Save, revise and discard draft entries. */
    public static final String DRAFT_ENTRY = "ledger.entry.draft";
    /** Void pending entries. */
    public static final String VOID_PENDING = "ledger.pending.void";
    /** Expire pending entries whose timeout passed (the host's scheduled job). */
    public static final String EXPIRE_PENDING = "ledger.pending.expire";
    /** Reverse posted entries. */
    public static final String REVERSE_ENTRY = "ledger.entry.reverse";
    /** Open fiscal years. */
    public static final String OPEN_FISCAL_YEAR = "ledger.fiscal_year.open";
    /** Close fiscal periods. */
    public static final String CLOSE_PERIOD = "ledger.period.close";
    /** Reopen closed fiscal periods: a permission of its own, as auditors expect. */
    public static final String REOPEN_PERIOD = "ledger.period.reopen";
    /** Set or move the lock date of the books. */
    public static final String SET_LOCK_DATE = "ledger.lock_date.set";
    /** Lock closed fiscal periods for good. */
    public static final String LOCK_PERIOD = "ledger.period.lock";
    /** Close a fiscal year: post its closing entries to retained earnings and lock its periods. */
    public static final String CLOSE_YEAR = "ledger.year.close";
    /** Reconcile lines of an account (a bank or clearing account) and undo reconciliations. */
    public static final String RECONCILE = "ledger.reconcile";
    /** Seal posted entries into the tenant's tamper-evident journal chain (the host's scheduled job). */
    public static final String SEAL = "ledger.journal.seal";
    /** Set the tenant's functional currency and its exchange gain and loss accounts. */
    public static final String MANAGE_CURRENCIES = "ledger.currency.manage";
    /** Revalue open foreign-currency balances at a period end (posts exchange gains and losses). */
    public static final String REVALUE = "ledger.currency.revalue";
    /** Read accounts, entries, balances and reports. */
    public static final String READ = "ledger.read";

    private LedgerPermissions() {
    }
}
