package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the database adapter's balances do beyond the contract: how a breached CHECK constraint surfaces. */
class JpaAccountBalancesTest {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "balances");
    private static final Currency EUR = Currency.getInstance("EUR");

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }

    @Test
    void releasingMorePendingThanReservedIsAConflictThatIsRetriedAndChangesNothing() {
        JpaAdapters adapters = ADAPTERS.get();
        TenantId tenant = TenantId.of("pendingrace");
        Account clearing = Account.open(AccountId.of(new TimeOrderedIds().newId()), tenant, "1090", "Clearing",
                AccountType.ASSET, EUR, null, Instant.parse("2026-03-01T09:30:00Z"));
        adapters.unitOfWork().execute(() -> {
            adapters.accounts().add(clearing);
            adapters.accountBalances().open(clearing);
            adapters.accountBalances().apply(tenant, List.of(
                    AccountBalance.zero(clearing.id(), EUR).plusPending(Side.DEBIT, Money.of("5.00", "EUR"))));
            return null;
        });
        AtomicInteger attempts = new AtomicInteger();

        // what the second of two units of work resolving the same pending entry does: it releases again
        assertThatThrownBy(() -> adapters.unitOfWork().execute(() -> {
            attempts.incrementAndGet();
            adapters.accountBalances().apply(tenant, List.of(
                    AccountBalance.zero(clearing.id(), EUR).plusPending(Side.DEBIT, Money.of("-5.01", "EUR"))));
            return null;
        })).isInstanceOfSatisfying(ConcurrentUpdateException.class,
                e -> assertThat(e.code()).isEqualTo("concurrency.conflict"));

        assertThat(attempts.get()).isEqualTo(JpaAdapters.DEFAULT_MAX_ATTEMPTS);
        assertThat(adapters.unitOfWork().execute(() -> adapters.accountBalances().find(tenant, clearing.id())))
                .map(AccountBalance::pendingDebits).contains(Money.of("5.00", "EUR"));
    }
}
