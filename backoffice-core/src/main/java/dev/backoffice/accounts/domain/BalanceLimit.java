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
        return allows(totals.debits().minorUnits(), totals.credits().minorUnits(),
                totals.pendingDebits().minorUnits(), totals.pendingCredits().minorUnits());
    }

    /**
     * Whether totals given in minor units of the account's currency keep this rule, for an adapter
     * that keeps them as numbers; exact for every value (a sum past the range of a {@code long}
     * is compared as the number it is).
     *
     * @param debits         the posted debits
     * @param credits        the posted credits
     * @param pendingDebits  the debits reserved by pending entries
     * @param pendingCredits the credits reserved by pending entries
     * @return true when the rule holds
     */
    public boolean allows(long debits, long credits, long pendingDebits, long pendingCredits) {
        return switch (this) {
            case NONE -> true;
            case DEBITS_MUST_NOT_EXCEED_CREDITS -> sumAtMost(debits, pendingDebits, credits);
            case CREDITS_MUST_NOT_EXCEED_DEBITS -> sumAtMost(credits, pendingCredits, debits);
        };
    }

    private static boolean sumAtMost(long a, long b, long bound) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0; // past the range: below every long when both were negative, above every long otherwise
        }
        return sum <= bound;
    }
}
