package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.domain.AccountOpened;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * In join mode the library works inside a transaction the host began: the host's rollback undoes
 * what the library wrote, and the after-commit actions (event publication) run only when the host
 * commits and runs its hooks.
 */
class HostTransactionTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theHostsRollbackUndoesWhatTheLibraryWroteAndItsCommitPublishes(Kind kind) {
        try (JpaAdapters standalone = TestDatabases.newAdapters(kind, "host_tx")) {
            // the host's own factory and transaction handling, played by the test
            ThreadLocal<EntityManager> hostEntityManager = new ThreadLocal<>();
            List<Runnable> hostAfterCommitHooks = new ArrayList<>();
            JpaAdapters joined = JpaAdapters.builder(standalone.entityManagerFactory())
                    .joinHostTransactions(hostEntityManager::get, hostAfterCommitHooks::add)
                    .build();
            assertThat(joined.unitOfWork().joinsHostTransactions()).isTrue();
            List<DomainEvent> published = new ArrayList<>();
            BackOffice backOffice = BackOffice.builder(joined).eventPublisher(published::addAll).build();
            Actor alice = Actor.of("acme", "alice");

            EntityManager em = standalone.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            hostEntityManager.set(em);
            AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(alice,
                    OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
            assertThat(joined.accounts().findByCode(TenantId.of("acme"), "1000"))
                    .as("visible inside the host's transaction").isPresent();
            em.getTransaction().rollback();
            em.close();
            hostEntityManager.remove();

            assertThat(standalone.accounts().find(TenantId.of("acme"), cash.id())).isEmpty();
            assertThat(standalone.accountBalances().find(TenantId.of("acme"), cash.id())).isEmpty();
            assertThat(standalone.auditRecords().find(TenantId.of("acme"), null, null, null, null, 10)).isEmpty();
            assertThat(standalone.eventOutbox().unpublished(10)).isEmpty();
            assertThat(published).isEmpty();
            hostAfterCommitHooks.clear(); // a real host drops them on rollback

            em = standalone.entityManagerFactory().createEntityManager();
            em.getTransaction().begin();
            hostEntityManager.set(em);
            AccountSnapshot bank = backOffice.chartOfAccounts().openAccount(alice,
                    OpenAccount.of("1010", "Bank", AccountType.ASSET, EUR));
            assertThat(published).as("nothing is published before the host commits").isEmpty();
            em.getTransaction().commit();
            em.close();
            hostEntityManager.remove();
            hostAfterCommitHooks.forEach(Runnable::run);

            assertThat(standalone.accounts().find(TenantId.of("acme"), bank.id())).isPresent();
            assertThat(published).filteredOn(AccountOpened.class::isInstance).hasSize(1);
            assertThat(standalone.eventOutbox().unpublished(10)).as("marked published after delivery").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "H2")
    void withoutAHostTransactionTheCallFails(Kind kind) {
        try (JpaAdapters standalone = TestDatabases.newAdapters(kind, "host_tx_none")) {
            JpaAdapters joined = JpaAdapters.builder(standalone.entityManagerFactory())
                    .joinHostTransactions(() -> null, action -> { })
                    .build();
            assertThatThrownBy(() -> joined.unitOfWork().execute(() -> 1)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("host transaction");
        }
    }
}
