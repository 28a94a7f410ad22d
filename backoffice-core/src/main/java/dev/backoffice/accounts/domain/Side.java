package dev.backoffice.accounts.domain;

/** The side of a journal line, and the side on which an account type normally grows. */
public enum Side {
    /** The left side: raises assets and expenses. */
    DEBIT,
    /** The right side: raises liabilities, equity and revenue. */
    CREDIT;

    /** {@return the other side} */
    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
