package dev.backoffice.accounts.domain;

/** The side of a journal line, and the side on which an account type normally grows. */
public enum Side {
    DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
