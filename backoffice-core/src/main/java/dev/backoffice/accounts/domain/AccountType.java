package dev.backoffice.accounts.domain;

/** The five account types of double-entry bookkeeping, each with the side it normally grows on. */
public enum AccountType {
    ASSET(Side.DEBIT),
    LIABILITY(Side.CREDIT),
    EQUITY(Side.CREDIT),
    REVENUE(Side.CREDIT),
    EXPENSE(Side.DEBIT);

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    /** Debit for assets and expenses, credit for liabilities, equity and revenue. */
    public Side normalSide() {
        return normalSide;
    }

    /** True for the types of the balance sheet (asset, liability, equity). */
    public boolean isBalanceSheet() {
        return this == ASSET || this == LIABILITY || this == EQUITY;
    }
}
