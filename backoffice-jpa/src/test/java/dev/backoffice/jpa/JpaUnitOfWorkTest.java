package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.jpa.support.SharedAdapters;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retry, rollback and nesting of {@link JpaUnitOfWork}. */
class JpaUnitOfWorkTest {

    private static final SharedAdapters ADAPTERS = new SharedAdapters(Kind.H2, "uow");

    @AfterAll
    static void close() {
        ADAPTERS.close();
    }

    private static JpaUnitOfWork uow() {
        return ADAPTERS.get().unitOfWork();
    }

    @Test
    void retriesAConflictAndSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String result = uow().execute(() -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockException("stale");
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givesUpAfterTheLastAttemptWithATypedConflict() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> uow().execute(() -> {
            attempts.incrementAndGet();
            throw new StaleObjectStateException("BoAccount", "x");
        })).isInstanceOf(ConcurrentUpdateException.class)
                .satisfies(e -> assertThat(((ConcurrentUpdateException) e).code()).isEqualTo("concurrency.conflict"));
        assertThat(attempts).hasValue(JpaAdapters.DEFAULT_MAX_ATTEMPTS);
    }

    @Test
    void rethrowsABusinessErrorUnchangedWithoutRetry() {
        AtomicInteger attempts = new AtomicInteger();
        RuleViolationException refusal = new RuleViolationException(LedgerError.ENTRY_UNBALANCED, "unbalanced");
        assertThatThrownBy(() -> uow().execute(() -> {
            attempts.incrementAndGet();
            throw refusal;
        })).isSameAs(refusal);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void aNestedCallJoinsAndAfterCommitRunsOnceAtTheOuterCommit() {
        AtomicInteger ran = new AtomicInteger();
        uow().execute(() -> {
            assertThat(uow().isActive()).isTrue();
            uow().execute(() -> {
                uow().afterCommit(ran::incrementAndGet);
                return null;
            });
            assertThat(ran).as("not before the outer commit").hasValue(0);
            return null;
        });
        assertThat(ran).hasValue(1);
        assertThat(uow().isActive()).isFalse();
    }

    @Test
    void afterCommitOutsideAUnitOfWorkIsAnError() {
        assertThatThrownBy(() -> uow().afterCommit(() -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recognisesDatabaseConflicts() {
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException("could not serialize", "40001")))).isTrue();
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException("deadlock detected", "40P01")))).isTrue();
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException(
                "duplicate key value violates unique constraint \"bo_idempotency_keys_pk\"", "23505")))).isTrue();
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException(
                "Unique index or primary key violation: \"PUBLIC.PRIMARY_KEY_1 ON PUBLIC.BO_IDEMPOTENCY_KEYS(TENANT_ID, IDEM_KEY)\"",
                "23505")))).isTrue();
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException(
                "duplicate key value violates unique constraint \"bo_journal_entries_pk\"", "23505")))).isFalse();
        assertThat(JpaUnitOfWork.isRetryable(wrap(new SQLException("check constraint", "23514")))).isFalse();
        assertThat(JpaUnitOfWork.isRetryable(new ConcurrentUpdateException("stale"))).isTrue();
        assertThat(JpaUnitOfWork.isRetryable(new IllegalStateException("boom"))).isFalse();
    }

    private static PersistenceException wrap(SQLException cause) {
        return new PersistenceException("flush failed", new RuntimeException("jdbc", cause));
    }
}
