package dev.backoffice.accounts.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the general ledger. */
public enum LedgerError implements ErrorCode {
    /** No such account in the actor's tenant. */
    ACCOUNT_NOT_FOUND("ledger.account.not_found"),
    /** The account code is already used in the tenant. */
    ACCOUNT_CODE_TAKEN("ledger.account.code_taken"),
    /** The account is closed (posting, or closing twice). */
    ACCOUNT_CLOSED("ledger.account.closed"),
    /** Reopening an active account. */
    ACCOUNT_ALREADY_ACTIVE("ledger.account.already_active"),
    /** Posting to (or a statement of) a parent account. */
    ACCOUNT_NOT_LEAF("ledger.account.not_leaf"),
    /** Line currency differs from the account's, or child from parent. */
    ACCOUNT_CURRENCY_MISMATCH("ledger.account.currency_mismatch"),
    /** A child account of another type than its parent. */
    ACCOUNT_TYPE_MISMATCH("ledger.account.type_mismatch"),
    /** An account with postings cannot take sub-accounts. */
    ACCOUNT_PARENT_HAS_POSTINGS("ledger.account.parent_has_postings"),
    /** Closing an account that still has a balance. */
    ACCOUNT_BALANCE_NOT_ZERO("ledger.account.balance_not_zero"),
    /** Closing a parent with active sub-accounts. */
    ACCOUNT_HAS_ACTIVE_CHILDREN("ledger.account.has_active_children"),
    /**
     * A balance limit on an account spread over more than one balance bucket, or spreading a limited account.
     */
    ACCOUNT_LIMIT_NEEDS_ONE_BUCKET("ledger.account.limit_needs_one_bucket"),
    /**
     * The posting (or pending entry) would break the account's balance limit, pending amounts counted.
     */
    BALANCE_LIMIT_EXCEEDED("ledger.balance.limit_exceeded"),
    /** No such journal entry in the actor's tenant. */
    ENTRY_NOT_FOUND("ledger.entry.not_found"),
    /** Debits and credits differ in some currency, or in the functional currency. */
    ENTRY_UNBALANCED("ledger.entry.unbalanced"),
    /** Fewer than two lines. */
    ENTRY_TOO_FEW_LINES("ledger.entry.too_few_lines"),
    /** Revising, posting or discarding an entry that is posted. */
    ENTRY_NOT_DRAFT("ledger.entry.not_draft"),
    /** Reversing a draft. */
    ENTRY_NOT_POSTED("ledger.entry.not_posted"),
    /** A second reversal. */
    ENTRY_ALREADY_REVERSED("ledger.entry.already_reversed"),
    /**
     * A line amount of zero or less (zero is allowed only with a stated functional value).
     */
    LINE_AMOUNT_NOT_POSITIVE("ledger.line.amount_not_positive"),
    /** A dimension name or value out of form. */
    LINE_INVALID_DIMENSION("ledger.line.invalid_dimension"),
    /** Some lines carry a functional value and others not. */
    LINE_FUNCTIONAL_INCOMPLETE("ledger.line.functional_incomplete"),
    /** The {@code ExchangeRates} port has no rate for a currency on or before the date. */
    CURRENCY_RATE_MISSING("ledger.currency.rate_missing"),
    /** A stated functional value in another currency than the functional one. */
    CURRENCY_FUNCTIONAL_MISMATCH("ledger.currency.functional_mismatch"),
    /**
     * A functional value, exchange accounts or a revaluation for a tenant without a functional currency.
     */
    CURRENCY_FUNCTIONAL_NOT_SET("ledger.currency.functional_not_set"),
    /** Setting the functional currency a second time. */
    CURRENCY_FUNCTIONAL_ALREADY_SET("ledger.currency.functional_already_set"),
    /** Setting the functional currency after the tenant's first posting. */
    CURRENCY_JOURNAL_NOT_EMPTY("ledger.currency.journal_not_empty"),
    /** Revaluing before the exchange gain and loss accounts are set. */
    CURRENCY_EXCHANGE_ACCOUNTS_NOT_SET("ledger.currency.exchange_accounts_not_set"),
    /**
     * An exchange account that is not an active revenue or expense leaf in the functional currency.
     */
    CURRENCY_EXCHANGE_ACCOUNT_INVALID("ledger.currency.exchange_account_invalid"),
    /** No such pending entry in the actor's tenant. */
    PENDING_NOT_FOUND("ledger.pending.not_found"),
    /** The pending entry was already posted, voided or expired. */
    PENDING_ALREADY_RESOLVED("ledger.pending.already_resolved"),
    /** The pending entry's timeout passed; it can no longer be posted. */
    PENDING_EXPIRED("ledger.pending.expired"),
    /**
     * Partial amounts: one per line, from zero to the pending amount, two lines at least.
     */
    PENDING_INVALID_AMOUNTS("ledger.pending.invalid_amounts"),
    /** A timeout that is not after the moment of recording. */
    PENDING_INVALID_TIMEOUT("ledger.pending.invalid_timeout"),
    /**
     * A pending line with a stated functional value (pending lines are valued when posted).
     */
    PENDING_FUNCTIONAL_GIVEN("ledger.pending.functional_amount_given"),
    /** No fiscal period contains the date. */
    PERIOD_NOT_FOUND("ledger.period.not_found"),
    /** The date is on or before the books' lock date. */
    BEFORE_LOCK_DATE("ledger.period.before_lock_date"),
    /** The period containing the date is closed. */
    PERIOD_CLOSED("ledger.period.closed"),
    /** The period is locked for good. */
    PERIOD_LOCKED("ledger.period.locked"),
    /** Reopening or locking a period that is open. */
    PERIOD_NOT_CLOSED("ledger.period.not_closed"),
    /** Closing a closed period. */
    PERIOD_ALREADY_CLOSED("ledger.period.already_closed"),
    /** No such reconciliation in the actor's tenant. */
    RECONCILIATION_NOT_FOUND("ledger.reconciliation.not_found"),
    /** The lines' debits minus credits are not zero. */
    RECONCILIATION_NOT_ZERO("ledger.reconciliation.not_zero"),
    /** Fewer than two lines (through the api: {@code validation.failed}). */
    RECONCILIATION_TOO_FEW_LINES("ledger.reconciliation.too_few_lines"),
    /** More than 1,000 lines (through the api: {@code validation.failed}). */
    RECONCILIATION_TOO_MANY_LINES("ledger.reconciliation.too_many_lines"),
    /** The same line named twice. */
    RECONCILIATION_DUPLICATE_LINE("ledger.reconciliation.duplicate_line"),
    /** No such entry in the tenant, or no such line number in it. */
    RECONCILIATION_LINE_NOT_FOUND("ledger.reconciliation.line_not_found"),
    /** The line belongs to a draft. */
    RECONCILIATION_LINE_NOT_POSTED("ledger.reconciliation.line_not_posted"),
    /** A line is held by an active reconciliation. */
    RECONCILIATION_LINE_ALREADY_RECONCILED("ledger.reconciliation.line_already_reconciled"),
    /** A line is on another account than the one reconciled. */
    RECONCILIATION_MIXED_ACCOUNTS("ledger.reconciliation.mixed_accounts"),
    /** Undoing a reconciliation a second time. */
    RECONCILIATION_ALREADY_UNDONE("ledger.reconciliation.already_undone"),
    /** No such fiscal year in the actor's tenant. */
    FISCAL_YEAR_NOT_FOUND("ledger.fiscal_year.not_found"),
    /** The new fiscal year overlaps another. */
    FISCAL_YEAR_OVERLAPS("ledger.fiscal_year.overlaps"),
    /** A fiscal year must start on the first day of a month. */
    FISCAL_YEAR_INVALID_START("ledger.fiscal_year.invalid_start"),
    /** Closing a year whose periods are all locked. */
    FISCAL_YEAR_ALREADY_CLOSED("ledger.fiscal_year.already_closed"),
    /** A retained-earnings account that is not an equity account. */
    FISCAL_YEAR_RETAINED_EARNINGS_NOT_EQUITY("ledger.fiscal_year.retained_earnings_not_equity"),
    /**
     * A currency with revenue or expense in the year has no retained-earnings account.
     */
    FISCAL_YEAR_RETAINED_EARNINGS_MISSING("ledger.fiscal_year.retained_earnings_missing"),
    /** Two retained-earnings accounts in one currency. */
    FISCAL_YEAR_RETAINED_EARNINGS_AMBIGUOUS("ledger.fiscal_year.retained_earnings_ambiguous"),
    /**
     * A batch was refused whole; {@code failedIndex()} and {@code failureCode()} name the first failure.
     */
    BATCH_REJECTED("ledger.batch.rejected"),
    /**
     * Sealing refused: the chain head does not match the last stored seal (seals deleted or edited); run
     * {@code verify} first.
     */
    JOURNAL_CHAIN_BROKEN("ledger.journal.chain_broken"),
    /** A statement range that ends before it starts. */
    INVALID_DATE_RANGE("ledger.invalid_date_range");

    private final String code;

    LedgerError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
