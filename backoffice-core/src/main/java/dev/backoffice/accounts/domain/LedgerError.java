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
    ENTRY_NOT_FOUND("ledger.entry.not_found"),
    ENTRY_UNBALANCED("ledger.entry.unbalanced"),
    ENTRY_TOO_FEW_LINES("ledger.entry.too_few_lines"),
    ENTRY_NOT_DRAFT("ledger.entry.not_draft"),
    ENTRY_NOT_POSTED("ledger.entry.not_posted"),
    ENTRY_ALREADY_REVERSED("ledger.entry.already_reversed"),
    LINE_AMOUNT_NOT_POSITIVE("ledger.line.amount_not_positive"),
    LINE_INVALID_DIMENSION("ledger.line.invalid_dimension"),
    PERIOD_NOT_FOUND("ledger.period.not_found"),
    PERIOD_CLOSED("ledger.period.closed"),
    PERIOD_LOCKED("ledger.period.locked"),
    PERIOD_NOT_CLOSED("ledger.period.not_closed"),
    PERIOD_ALREADY_CLOSED("ledger.period.already_closed"),
    FISCAL_YEAR_NOT_FOUND("ledger.fiscal_year.not_found"),
    FISCAL_YEAR_OVERLAPS("ledger.fiscal_year.overlaps"),
    FISCAL_YEAR_INVALID_START("ledger.fiscal_year.invalid_start"),
    BATCH_REJECTED("ledger.batch.rejected"),
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
