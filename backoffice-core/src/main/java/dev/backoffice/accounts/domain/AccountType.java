package dev.backoffice.accounts.domain;

/** The five account types of double-entry bookkeeping, each with the side it normally grows on. */
public enum AccountType {
    /** What the tenant owns or is owed (bank, receivables, stock); normal side debit. */
    ASSET(Side.DEBIT),
    /** What the tenant owes (payables, loans, tax due); normal side credit. */
    LIABILITY(Side.CREDIT),
    /** The owners' stake, retained earnings included; normal side credit. */
    EQUITY(Side.CREDIT),
    /** Income of the period (sales); normal side credit. */
    REVENUE(Side.CREDIT),
    /** Costs of the period; normal side debit. */
    EXPENSE(Side.DEBIT);

    private final Side normalSide;

    AccountType(Side normalSide) {
        this.normalSide = normalSide;
    }

    /**
     * Debit for assets and expenses, credit for liabilities, equity and revenue.
     *
     * @return the normal side of accounts of this type
     */
    public Side normalSide() {
        return normalSide;
    }

    /**
     * True for the types of the balance sheet (asset, liability, equity).
     *
     * @return true for asset, liability and equity
     */
    public boolean isBalanceSheet() {
        return this == ASSET || this == LIABILITY || this == EQUITY;
    }
}
