package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;

import static dev.backoffice.accounts.domain.LedgerFixtures.EUR;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.accounts.domain.LedgerFixtures.usd;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccountBalanceTest {

    private final AccountId account = newAccountId();

    @Test
    void starts_at_zero() {
        AccountBalance balance = AccountBalance.zero(account, EUR);

        assertThat(balance.debits()).isEqualTo(Money.zero(EUR));
        assertThat(balance.credits()).isEqualTo(Money.zero(EUR));
        assertThat(balance.currency()).isEqualTo(EUR);
        assertThat(balance.isZero()).isTrue();
    }

    @Test
    void nets_debits_and_credits_per_side() {
        AccountBalance balance = AccountBalance.zero(account, EUR)
                .plus(Side.DEBIT, eur("100.00"))
                .plus(Side.CREDIT, eur("30.25"))
                .plus(Side.DEBIT, eur("0.25"));

        assertThat(balance.debits()).isEqualTo(eur("100.25"));
        assertThat(balance.credits()).isEqualTo(eur("30.25"));
        assertThat(balance.net(Side.DEBIT)).isEqualTo(eur("70.00"));
        assertThat(balance.net(Side.CREDIT)).isEqualTo(eur("-70.00"));
        assertThat(balance.isZero()).isFalse();
    }

    @Test
    void a_liability_credited_more_than_debited_has_a_positive_credit_balance() {
        AccountBalance balance = AccountBalance.zero(account, EUR)
                .plus(Side.CREDIT, eur("500.00"))
                .plus(Side.DEBIT, eur("120.00"));

        assertThat(balance.net(AccountType.LIABILITY.normalSide())).isEqualTo(eur("380.00"));
    }

    @Test
    void equal_debits_and_credits_are_a_zero_balance() {
        AccountBalance balance = AccountBalance.zero(account, EUR)
                .plus(Side.DEBIT, eur("42.00"))
                .plus(Side.CREDIT, eur("42.00"));

        assertThat(balance.isZero()).isTrue();
        assertThat(balance.net(Side.DEBIT).isZero()).isTrue();
    }

    @Test
    void adds_another_balance_side_by_side() {
        AccountBalance a = new AccountBalance(account, eur("10.00"), eur("3.00"));
        AccountBalance b = new AccountBalance(newAccountId(), eur("1.00"), eur("5.00"));

        AccountBalance sum = a.plus(b);

        assertThat(sum.accountId()).isEqualTo(account);
        assertThat(sum.debits()).isEqualTo(eur("11.00"));
        assertThat(sum.credits()).isEqualTo(eur("8.00"));
    }

    @Test
    void debits_and_credits_must_share_a_currency() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccountBalance(account, eur("1.00"), usd("1.00")));
    }

    @Test
    void a_posting_in_another_currency_is_refused() {
        AccountBalance balance = AccountBalance.zero(account, EUR);

        assertRefused("money.currency_mismatch", () -> balance.plus(Side.DEBIT, usd("1.00")));
    }
}
