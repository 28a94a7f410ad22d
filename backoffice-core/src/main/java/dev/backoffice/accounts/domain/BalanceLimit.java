package dev.backoffice.accounts.domain;

/**
 * A rule on an account's balance, checked on every posting and pending entry, counting pending
 * amounts as if they were posted: a cash or customer-funds account whose debits may never exceed
 * its credits cannot be overdrawn, even by entries not yet confirmed.
 */
public enum BalanceLimit {
    /** No rule. */
    NONE,
    /** Posted debits plus pending debits never exceed posted credits (a credit balance that cannot go negative). */
    DEBITS_MUST_NOT_EXCEED_CREDITS,
    /** Posted credits plus pending credits never exceed posted debits (a debit balance that cannot go negative). */
    CREDITS_MUST_NOT_EXCEED_DEBITS;

    /**
     * Whether the totals keep this rule.
     *
     * @param totals an account's totals, pending amounts included
     * @return true when the rule holds
     */
    public boolean allows(AccountBalance totals) {
        return switch (this) {
            case NONE -> true;
            case DEBITS_MUST_NOT_EXCEED_CREDITS -> !totals.debits().plus(totals.pendingDebits()).isGreaterThan(totals.credits());
            case CREDITS_MUST_NOT_EXCEED_DEBITS -> !totals.credits().plus(totals.pendingCredits()).isGreaterThan(totals.debits());
        };
    }
}
