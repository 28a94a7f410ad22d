package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.accounts.domain.Side;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void postedLinesAddTheirAmountsToTheirSidesAsTheirDeltasWould() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account sales = storedAccount(tenant, "4000", AccountType.REVENUE);
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plusPending(Side.DEBIT, eur("3")))));

        inTx(() -> adapters().accountBalances().post(tenant, List.of(
                line(1, cash, Side.DEBIT, "100.25"), line(2, sales, Side.CREDIT, "100.25"))));
        // a batch's lines: one account several times, on both sides
        inTx(() -> adapters().accountBalances().post(tenant, List.of(
                line(1, cash, Side.DEBIT, "0.75"), line(2, sales, Side.CREDIT, "0.75"),
                line(1, sales, Side.DEBIT, "50"), line(2, cash, Side.CREDIT, "50"))));

        assertThat(inTx(() -> adapters().accountBalances().find(tenant, cash.id())))
                .contains(new AccountBalance(cash.id(), eur("101.00"), eur("50.00"), eur("3"), eur("0")));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, sales.id())))
                .contains(new AccountBalance(sales.id(), eur("50"), eur("101.00")));
    }

    @Test
    void postedLinesRolledBackOrRefusedLeaveNoTrace() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account wallet = storedWallet();
        inTx(() -> adapters().accountBalances().post(tenant, List.of(line(1, wallet, Side.CREDIT, "10"))));

        assertThatThrownBy(() -> inTx(() -> {
            adapters().accountBalances().post(tenant, List.of(
                    line(1, cash, Side.DEBIT, "5"), line(2, wallet, Side.CREDIT, "5")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        // the wallet's debits may not exceed its credits (10): refused, as apply refuses
        assertRefused("ledger.balance.limit_exceeded", () -> inTx(() -> adapters().accountBalances().post(tenant,
                List.of(line(1, wallet, Side.DEBIT, "10.01"), line(2, cash, Side.CREDIT, "10.01")))));

        assertThat(inTx(() -> adapters().accountBalances().find(tenant, cash.id())).orElseThrow().isZero()).isTrue();
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, wallet.id())))
                .contains(new AccountBalance(wallet.id(), eur("0"), eur("10")));
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
    void keepsPendingAmountsApartFromPostedOnes() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);

        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plusPending(Side.DEBIT, eur("30")).plusPending(Side.CREDIT, eur("4")))));
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plusPending(Side.DEBIT, eur("-10")).plus(Side.DEBIT, eur("10")))));

        AccountBalance balance = inTx(() -> adapters().accountBalances().find(tenant, cash.id())).orElseThrow();
        assertThat(balance).isEqualTo(new AccountBalance(cash.id(), eur("10"), eur("0"), eur("20"), eur("4")));
        assertThat(inTx(() -> adapters().accountBalances().lockForUpdate(tenant, List.of(cash.id()))))
                .containsEntry(cash.id(), balance);
    }

    @Test
    void refusesTotalsThatBreakTheAccountsLimit() {
        Account wallet = storedWallet();
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(wallet.id(), EUR).plus(Side.CREDIT, eur("100")).plusPending(Side.DEBIT, eur("60")))));

        assertThatThrownBy(() -> inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(wallet.id(), EUR).plus(Side.DEBIT, eur("40.01"))))))
                .isInstanceOfSatisfying(BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.balance.limit_exceeded"));
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(wallet.id(), EUR).plus(Side.DEBIT, eur("40.00")))));

        inTx(() -> adapters().accountBalances().changeLimit(tenant, wallet.id(), BalanceLimit.NONE));
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(wallet.id(), EUR).plus(Side.DEBIT, eur("500")))));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, wallet.id())).orElseThrow().debits())
                .isEqualTo(eur("540.00"));
    }

    @Test
    void listsTheTotalsOfOneTenantOnly() {
        Account a = storedAccount(tenant, "1000", AccountType.ASSET);
        Account b = storedAccount(tenant, "2000", AccountType.LIABILITY);
        Account foreign = storedAccount(otherTenant, "1000", AccountType.ASSET);

        assertThat(inTx(() -> adapters().accountBalances().findAll(tenant))).extracting(AccountBalance::accountId)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, foreign.id()))).isEmpty();
        assertThat(inTx(() -> adapters().accountBalances().lockForUpdate(tenant, List.of(a.id(), foreign.id()))))
                .containsOnlyKeys(a.id());
    }

    @Test
    void aSpreadAccountReadsTheSumOfItsBucketsAndLoweringTheirNumberKeepsIt() {
        Account clearing = storedAccount(tenant, "1090", AccountType.ASSET);
        inTx(() -> adapters().accountBalances().spread(tenant, clearing.id(), 8));
        for (int i = 0; i < 20; i++) {
            inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                    AccountBalance.zero(clearing.id(), EUR).plus(Side.DEBIT, eur("1.50")))));
        }
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(clearing.id(), EUR).plusPending(Side.CREDIT, eur("4")).plus(Side.CREDIT, eur("2")))));
        AccountBalance expected = new AccountBalance(clearing.id(), eur("30.00"), eur("2"), eur("0"), eur("4"));

        assertThat(inTx(() -> adapters().accountBalances().find(tenant, clearing.id()))).contains(expected);
        assertThat(inTx(() -> adapters().accountBalances().findAll(tenant))).containsExactly(expected);
        assertThat(inTx(() -> adapters().accountBalances().lockForUpdate(tenant, List.of(clearing.id()))))
                .containsExactly(Map.entry(clearing.id(), expected));
        for (int buckets : new int[] {3, 1, 64, 2}) {
            inTx(() -> adapters().accountBalances().spread(tenant, clearing.id(), buckets));
            assertThat(inTx(() -> adapters().accountBalances().find(tenant, clearing.id()))).contains(expected);
        }
        inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(clearing.id(), EUR).plusPending(Side.CREDIT, eur("-4")).plus(Side.DEBIT, eur("1")))));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, clearing.id())))
                .contains(new AccountBalance(clearing.id(), eur("31.00"), eur("2")));
    }

    @Test
    void aLimitIsNeverKeptBesideMoreThanOneBucket() {
        Account clearing = storedAccount(tenant, "1090", AccountType.ASSET);
        Account wallet = storedWallet();
        inTx(() -> adapters().accountBalances().spread(tenant, clearing.id(), 4));

        assertThatThrownBy(() -> inTx(() -> adapters().accountBalances().changeLimit(tenant, clearing.id(),
                BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS)))
                .isInstanceOfSatisfying(BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.account.limit_needs_one_bucket"));
        assertThatThrownBy(() -> inTx(() -> adapters().accountBalances().spread(tenant, wallet.id(), 2)))
                .isInstanceOfSatisfying(BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.account.limit_needs_one_bucket"));
        // the wallet is still kept in one row under its limit
        assertThatThrownBy(() -> inTx(() -> adapters().accountBalances().apply(tenant, List.of(
                AccountBalance.zero(clearing.id(), EUR).plus(Side.CREDIT, eur("5")),
                AccountBalance.zero(wallet.id(), EUR).plus(Side.DEBIT, eur("5"))))))
                .isInstanceOfSatisfying(BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.balance.limit_exceeded"));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, wallet.id())))
                .contains(AccountBalance.zero(wallet.id(), EUR));
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, clearing.id())))
                .contains(AccountBalance.zero(clearing.id(), EUR));
    }

    /** Stores a liability account "2000" whose debits may not exceed its credits, with its zero balance. */
    protected Account storedWallet() {
        Account wallet = account(tenant, "2000", AccountType.LIABILITY);
        wallet.limitBalance(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS);
        inTx(() -> {
            adapters().accounts().add(wallet);
            adapters().accountBalances().open(wallet);
        });
        return wallet;
    }
}
