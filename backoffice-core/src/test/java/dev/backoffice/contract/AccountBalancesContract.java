package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract of {@link dev.backoffice.accounts.spi.AccountBalances}. */
public abstract class AccountBalancesContract extends AdapterContract {

    @Test
    void aNewAccountHasZeroTotals() {
        Account account = storedAccount(tenant, "1000", AccountType.ASSET);

        AccountBalance balance = inTx(() -> adapters().accountBalances().find(tenant, account.id())).orElseThrow();

        assertThat(balance).isEqualTo(AccountBalance.zero(account.id(), EUR));
    }

    @Test
    void addsDeltasAndKeepsAddingThem() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account sales = storedAccount(tenant, "4000", AccountType.REVENUE);

        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("100.25")),
                AccountBalance.zero(sales.id(), EUR).plus(Side.CREDIT, eur("100.25")))));
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("0.75")).plus(Side.CREDIT, eur("50")))));

        AccountBalance cashBalance = inTx(() -> adapters().accountBalances().find(tenant, cash.id())).orElseThrow();
        assertThat(cashBalance.debits()).isEqualTo(eur("101.00"));
        assertThat(cashBalance.credits()).isEqualTo(eur("50.00"));
        assertThat(cashBalance.net(Side.DEBIT)).isEqualTo(eur("51.00"));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, sales.id())).orElseThrow().net(Side.CREDIT))
                .isEqualTo(eur("100.25"));
    }

    @Test
    void aRolledBackDeltaLeavesNoTrace() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);

        try {
            inTx(() -> {
                adapters().accountBalances().apply(tenant, List.of(AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("5"))));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(inTx(() -> adapters().accountBalances().find(tenant, cash.id())).orElseThrow().isZero()).isTrue();
    }

    @Test
    void listsTheTotalsOfOneTenantOnly() {
        Account a = storedAccount(tenant, "1000", AccountType.ASSET);
        Account b = storedAccount(tenant, "2000", AccountType.LIABILITY);
        Account foreign = storedAccount(otherTenant, "1000", AccountType.ASSET);

        assertThat(inTx(() -> adapters().accountBalances().findAll(tenant))).extracting(AccountBalance::accountId)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, foreign.id()))).isEmpty();
    }
}
