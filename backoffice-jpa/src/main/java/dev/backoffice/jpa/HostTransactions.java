package dev.backoffice.jpa;

import jakarta.persistence.EntityManager;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How the library joins a transaction the host application runs (JTA, or its framework's
 * transaction manager) instead of running its own.
 *
 * <p>In this mode a unit of work neither begins nor commits: it works on the host's current
 * {@link EntityManager}, flushes at its end so that constraint violations surface inside the
 * call, and hands its after-commit actions to the host. The host commits or rolls back, and a
 * rollback undoes everything the library wrote. The library does not retry in this mode (it
 * cannot replay the host's transaction); a concurrency failure reaches the host as
 * {@link dev.backoffice.common.ConcurrentUpdateException}.
 */
public interface HostTransactions {

    /**
     * The entity manager bound to the host's current transaction. Called at the start of each unit of work.
     *
     * @return the entity manager, never null while a host transaction is active
     */
    EntityManager currentEntityManager();

    /**
     * Registers an action to run after the host's current transaction has committed (never after a rollback).
     *
     * @param action what to run after commit (publication of outbox events)
     */
    void afterCommit(Runnable action);

    /**
     * Host transactions from two functions, for example with Spring:
     * {@code HostTransactions.of(() -> sharedEntityManager, action -> TransactionSynchronizationManager
     * .registerSynchronization(new TransactionSynchronization() { public void afterCommit() { action.run(); } }))}.
     *
     * @param currentEntityManager gives the entity manager bound to the host's current transaction
     * @param afterCommitHook      registers an action to run after that transaction commits
     * @return the host transactions
     */
    static HostTransactions of(Supplier<EntityManager> currentEntityManager, Consumer<Runnable> afterCommitHook) {
        Objects.requireNonNull(currentEntityManager, "currentEntityManager");
        Objects.requireNonNull(afterCommitHook, "afterCommitHook");
        return new HostTransactions() {
            @Override
            public EntityManager currentEntityManager() {
                return Objects.requireNonNull(currentEntityManager.get(),
                        "the host supplied no EntityManager; is a host transaction active?");
            }

            @Override
            public void afterCommit(Runnable action) {
                afterCommitHook.accept(action);
            }
        };
    }
}
