package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.contract.AccountBalancesContract;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryAccountBalancesTest extends AccountBalancesContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters();

    @Override
    protected BackOfficeAdapters adapters() {
        return adapters;
    }

    /** The totals are changed in place, so a refused call must take back what it added before the refusal. */
    @Test
    void aRefusedCallLeavesEveryTotalAsItWasEvenWhenTheUnitOfWorkGoesOn() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account wallet = storedWallet();

        inTx(() -> {
            assertThatThrownBy(() -> adapters.accountBalances().apply(tenant, List.of(
                    AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("5")),
                    AccountBalance.zero(wallet.id(), EUR).plus(Side.DEBIT, eur("5")))))
                    .isInstanceOfSatisfying(BackOfficeException.class,
                            e -> assertThat(e.code()).isEqualTo("ledger.balance.limit_exceeded"));
            assertThatThrownBy(() -> adapters.accountBalances().apply(tenant, List.of(
                    AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("1")),
                    AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, Money.ofMinor(Long.MAX_VALUE, EUR)))))
                    .isInstanceOfSatisfying(BackOfficeException.class, e -> assertThat(e.code()).isEqualTo("money.overflow"));
        });

        assertThat(inTx(() -> adapters.accountBalances().find(tenant, cash.id())).orElseThrow().isZero()).isTrue();
        assertThat(inTx(() -> adapters.accountBalances().find(tenant, wallet.id())).orElseThrow().isZero()).isTrue();
    }

    /** Posted lines are added in place too: a refused call takes back the lines added before the refusal. */
    @Test
    void aRefusedPostLeavesEveryTotalAsItWasEvenWhenTheUnitOfWorkGoesOn() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account wallet = storedWallet();

        inTx(() -> {
            assertRefused("ledger.balance.limit_exceeded", () -> adapters.accountBalances().post(tenant, List.of(
                    line(1, cash, Side.DEBIT, "5"), line(2, wallet, Side.DEBIT, "5"))));
            assertRefused("money.overflow", () -> adapters.accountBalances().post(tenant, List.of(
                    line(1, cash, Side.DEBIT, "1"),
                    new JournalLine(2, cash.id(), Side.DEBIT, Money.ofMinor(Long.MAX_VALUE, EUR), null, Map.of(), null))));
            assertRefused("money.currency_mismatch", () -> adapters.accountBalances().post(tenant, List.of(
                    line(1, cash, Side.DEBIT, "1"),
                    new JournalLine(2, cash.id(), Side.CREDIT, Money.of("1", USD), null, Map.of(), null))));
            assertThatThrownBy(() -> adapters.accountBalances().post(otherTenant, List.of(line(1, cash, Side.DEBIT, "1"))))
                    .isInstanceOf(IllegalStateException.class);
        });

        for (Account account : List.of(cash, wallet)) {
            assertThat(inTx(() -> adapters.accountBalances().find(tenant, account.id())).orElseThrow().isZero()).isTrue();
        }
    }

    /** Several calls on one account in one unit of work are taken back in reverse order on rollback, exactly. */
    @Test
    void aRolledBackUnitOfWorkTakesBackEveryCallOnTheSameAccount() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        inTx(() -> adapters.accountBalances().apply(tenant, List.of(
                AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("7")).plusPending(Side.CREDIT, eur("3")))));

        assertThatThrownBy(() -> inTx(() -> {
            for (int i = 0; i < 50; i++) {
                adapters.accountBalances().apply(tenant, List.of(
                        AccountBalance.zero(cash.id(), EUR).plus(Side.DEBIT, eur("1.01")),
                        AccountBalance.zero(cash.id(), EUR).plus(Side.CREDIT, eur("0.5")).plusPending(Side.CREDIT, eur("-1"))));
            }
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTx(() -> adapters.accountBalances().find(tenant, cash.id())).orElseThrow())
                .isEqualTo(new AccountBalance(cash.id(), eur("7"), eur("0"), eur("0"), eur("3")));
    }
}
