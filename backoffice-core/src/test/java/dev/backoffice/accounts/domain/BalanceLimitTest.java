package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import static dev.backoffice.accounts.domain.LedgerFixtures.EUR;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static org.assertj.core.api.Assertions.assertThat;

class BalanceLimitTest {

    @Test
    void counts_pending_amounts_as_if_posted() {
        AccountBalance totals = new AccountBalance(newAccountId(), eur("60"), eur("100"), eur("40"), eur("0"));

        assertThat(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS.allows(totals)).isTrue();
        assertThat(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS.allows(totals.plusPending(Side.DEBIT, eur("0.01")))).isFalse();
        assertThat(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS.allows(totals)).isFalse();
        assertThat(BalanceLimit.NONE.allows(totals.plusPending(Side.DEBIT, eur("1000")))).isTrue();
    }

    @Test
    void totals_in_minor_units_give_the_same_answer_as_amounts() {
        long[] values = {0, 1, 99, 100, 101, -1, -100, 4_000};
        for (BalanceLimit limit : BalanceLimit.values()) {
            for (long debits : values) {
                for (long credits : values) {
                    for (long pending : values) {
                        AccountBalance totals = new AccountBalance(newAccountId(), Money.ofMinor(debits, EUR),
                                Money.ofMinor(credits, EUR), Money.ofMinor(pending, EUR), Money.ofMinor(pending, EUR));
                        assertThat(limit.allows(debits, credits, pending, pending)).as("%s %d %d %d", limit, debits, credits, pending)
                                .isEqualTo(limit.allows(totals));
                    }
                }
            }
        }
    }

    @Test
    void a_sum_past_the_range_of_a_long_is_compared_as_the_number_it_is() {
        assertThat(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS.allows(Long.MAX_VALUE, Long.MAX_VALUE, 1, 0)).isFalse();
        assertThat(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS.allows(Long.MIN_VALUE, Long.MIN_VALUE, -1, 0)).isTrue();
        assertThat(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS.allows(Long.MIN_VALUE, Long.MAX_VALUE, 0, Long.MAX_VALUE)).isFalse();
        assertThat(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS.allows(0, Long.MIN_VALUE, 0, -1)).isTrue();
    }
}
