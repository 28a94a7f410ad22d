package dev.backoffice.accounts.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of the general ledger. */
public enum LedgerError implements ErrorCode {
    ACCOUNT_NOT_FOUND("ledger.account.not_found"),
    ACCOUNT_CODE_TAKEN("ledger.account.code_taken"),
    ACCOUNT_CLOSED("ledger.account.closed"),
    ACCOUNT_ALREADY_ACTIVE("ledger.account.already_active"),
    ACCOUNT_NOT_LEAF("ledger.account.not_leaf"),
    ACCOUNT_CURRENCY_MISMATCH("ledger.account.currency_mismatch"),
    ACCOUNT_TYPE_MISMATCH("ledger.account.type_mismatch"),
    ACCOUNT_PARENT_HAS_POSTINGS("ledger.account.parent_has_postings"),
    ACCOUNT_BALANCE_NOT_ZERO("ledger.account.balance_not_zero"),
    ACCOUNT_HAS_ACTIVE_CHILDREN("ledger.account.has_active_children"),
    ACCOUNT_LIMIT_NEEDS_ONE_BUCKET("ledger.account.limit_needs_one_bucket"),
    BALANCE_LIMIT_EXCEEDED("ledger.balance.limit_exceeded"),
    ENTRY_NOT_FOUND("ledger.entry.not_found"),
    ENTRY_UNBALANCED("ledger.entry.unbalanced"),
    ENTRY_TOO_FEW_LINES("ledger.entry.too_few_lines"),
    ENTRY_NOT_DRAFT("ledger.entry.not_draft"),
    ENTRY_NOT_POSTED("ledger.entry.not_posted"),
    ENTRY_ALREADY_REVERSED("ledger.entry.already_reversed"),
    LINE_AMOUNT_NOT_POSITIVE("ledger.line.amount_not_positive"),
    LINE_INVALID_DIMENSION("ledger.line.invalid_dimension"),
    LINE_FUNCTIONAL_INCOMPLETE("ledger.line.functional_incomplete"),
    CURRENCY_RATE_MISSING("ledger.currency.rate_missing"),
    CURRENCY_FUNCTIONAL_MISMATCH("ledger.currency.functional_mismatch"),
    CURRENCY_FUNCTIONAL_NOT_SET("ledger.currency.functional_not_set"),
    CURRENCY_FUNCTIONAL_ALREADY_SET("ledger.currency.functional_already_set"),
    CURRENCY_JOURNAL_NOT_EMPTY("ledger.currency.journal_not_empty"),
    CURRENCY_EXCHANGE_ACCOUNTS_NOT_SET("ledger.currency.exchange_accounts_not_set"),
    CURRENCY_EXCHANGE_ACCOUNT_INVALID("ledger.currency.exchange_account_invalid"),
    PENDING_NOT_FOUND("ledger.pending.not_found"),
    PENDING_ALREADY_RESOLVED("ledger.pending.already_resolved"),
    PENDING_EXPIRED("ledger.pending.expired"),
    PENDING_INVALID_AMOUNTS("ledger.pending.invalid_amounts"),
    PENDING_INVALID_TIMEOUT("ledger.pending.invalid_timeout"),
    PENDING_FUNCTIONAL_GIVEN("ledger.pending.functional_amount_given"),
    PERIOD_NOT_FOUND("ledger.period.not_found"),
    BEFORE_LOCK_DATE("ledger.period.before_lock_date"),
    PERIOD_CLOSED("ledger.period.closed"),
    PERIOD_LOCKED("ledger.period.locked"),
    PERIOD_NOT_CLOSED("ledger.period.not_closed"),
    PERIOD_ALREADY_CLOSED("ledger.period.already_closed"),
    RECONCILIATION_NOT_FOUND("ledger.reconciliation.not_found"),
    RECONCILIATION_NOT_ZERO("ledger.reconciliation.not_zero"),
    RECONCILIATION_TOO_FEW_LINES("ledger.reconciliation.too_few_lines"),
    RECONCILIATION_TOO_MANY_LINES("ledger.reconciliation.too_many_lines"),
    RECONCILIATION_DUPLICATE_LINE("ledger.reconciliation.duplicate_line"),
    RECONCILIATION_LINE_NOT_FOUND("ledger.reconciliation.line_not_found"),
    RECONCILIATION_LINE_NOT_POSTED("ledger.reconciliation.line_not_posted"),
    RECONCILIATION_LINE_ALREADY_RECONCILED("ledger.reconciliation.line_already_reconciled"),
    RECONCILIATION_MIXED_ACCOUNTS("ledger.reconciliation.mixed_accounts"),
    RECONCILIATION_ALREADY_UNDONE("ledger.reconciliation.already_undone"),
    FISCAL_YEAR_NOT_FOUND("ledger.fiscal_year.not_found"),
    FISCAL_YEAR_OVERLAPS("ledger.fiscal_year.overlaps"),
    FISCAL_YEAR_INVALID_START("ledger.fiscal_year.invalid_start"),
    FISCAL_YEAR_ALREADY_CLOSED("ledger.fiscal_year.already_closed"),
    FISCAL_YEAR_RETAINED_EARNINGS_NOT_EQUITY("ledger.fiscal_year.retained_earnings_not_equity"),
    FISCAL_YEAR_RETAINED_EARNINGS_MISSING("ledger.fiscal_year.retained_earnings_missing"),
    FISCAL_YEAR_RETAINED_EARNINGS_AMBIGUOUS("ledger.fiscal_year.retained_earnings_ambiguous"),
    BATCH_REJECTED("ledger.batch.rejected"),
    JOURNAL_CHAIN_BROKEN("ledger.journal.chain_broken"),
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
