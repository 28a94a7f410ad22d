package dev.backoffice.jpa;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.UnitOfWork;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The unit of work of the JPA adapter.
 *
 * <p>By default each outermost {@link #execute} opens an {@link EntityManager}, runs the work in a
 * resource-local transaction bound to the calling thread, commits, closes the entity manager and
 * then runs the {@link #afterCommit} actions. A nested call joins the outer one. Any exception
 * rolls back. A failure caused by a concurrent change (a stale version, a PostgreSQL
 * serialization failure {@code 40001} or deadlock {@code 40P01}, or a second use of an
 * idempotency key, account code, stock code or lot, a second open count of a location, or a
 * personnel record key that another transaction committed first) is retried up to
 * {@code maxAttempts} times with a short randomized pause; after the last attempt it surfaces as
 * {@link ConcurrentUpdateException} ({@code concurrency.conflict}). A connection lost before the
 * commit was sent (the database was restarted, the backend terminated, the network dropped) is
 * retried the same way on a new connection: the database has rolled the transaction back. A
 * connection lost while the commit itself was under way leaves the outcome unknown and surfaces as
 * {@code storage.commit_outcome_unknown}; the caller retries with the same idempotency key to be
 * safe. Every other {@link BackOfficeException} reaches the caller unchanged after the rollback.
 *
 * <p>When built with {@link HostTransactions}, it joins the host's transaction instead (see there).
 */
public final class JpaUnitOfWork implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(JpaUnitOfWork.class);

    /**
     * Unique constraints whose violation means "another transaction got there first": retrying finds
     * its result (an idempotency key, a tenant's payroll accounts) or the check that refuses the
     * second one with its own code (an account code, an employee number, a department or leave type
     * code, a timesheet week, an employee's contract), or finds it done (a shipment's tracking event);
     * or another transaction appended to the same inbound receipt first (its goods or steps): retrying
     * reads the receipt again and checks the delivery against what it now holds; likewise another
     * transaction that appended a step to the same return shipment first.
     */
    private static final List<String> RETRYABLE_UNIQUE_CONSTRAINTS = List.of("bo_idempotency_keys", "bo_accounts_tenant_code_uq",
            "bo_employees_tenant_number_uq", "bo_departments_tenant_code_uq", "bo_leave_types_tenant_code_uq",
            "bo_timesheets_employee_week_uq", "bo_employment_contracts_pk", "bo_payroll_accounts_pk",
            "bo_stock_items_tenant_sku_uq", "bo_stock_warehouses_tenant_code_uq", "bo_stock_locations_tenant_code_uq",
            "bo_stock_lots_pk", "bo_stock_quants_pk", "bo_stock_counts_open_uq",
            "bo_document_numbers_pk", "bo_receivables_configurations_pk",
            "bo_stock_item_valuations_pk", "bo_stock_valuation_policies_pk", "bo_shipment_tracking_events_pk",
            "bo_inbound_receipt_goods_pk", "bo_inbound_receipt_steps_pk", "bo_stock_reorder_rules_uq",
            "bo_return_shipment_steps_pk");

    private final EntityManagerFactory emf;
    private final HostTransactions host;
    private final int maxAttempts;
    /** Whether each unit of work tells PostgreSQL its tenant, for the row-level security policies. */
    private final boolean tenantScoped;
    private final ThreadLocal<Context> current = new ThreadLocal<>();
    /** The database behind the factory, found on first use. */
    private volatile BackOfficeMigrations.Database database;

    JpaUnitOfWork(EntityManagerFactory emf, HostTransactions host, int maxAttempts) {
        this(emf, host, maxAttempts, false);
    }

    /**
     * @param tenantScoped whether every unit of work run for a tenant sets the PostgreSQL setting
     *                     {@value #TENANT_SETTING} to it for its transaction, which the row-level
     *                     security policies of {@link BackOfficeMigrations#enableRowLevelSecurity} read
     */
    JpaUnitOfWork(EntityManagerFactory emf, HostTransactions host, int maxAttempts, boolean tenantScoped) {
        this.emf = Objects.requireNonNull(emf, "emf");
        this.host = host;
        this.tenantScoped = tenantScoped;
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
    }

    private static final class Context {
        final EntityManager em;
        final List<Runnable> afterCommit = new ArrayList<>(2);
        final int spreadKey = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
        /** The writes adapters deferred to the end of the work ({@link #deferred}), by adapter, in the order first deferred. */
        Map<Object, DeferredWrites<?>> deferred;
        boolean readOnly;
        /** The tenant the transaction is scoped to, once it is. */
        TenantId tenant;

        Context(EntityManager em, boolean readOnly) {
            this.em = em;
            this.readOnly = readOnly;
        }
    }

    /** The PostgreSQL setting that holds the tenant of the current transaction when units of work are tenant-scoped. */
    public static final String TENANT_SETTING = "backoffice.tenant";

    @Override
    public <T> T execute(Supplier<T> work) {
        return run(work, false, null);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return run(work, true, null);
    }

    @Override
    public <T> T execute(TenantId tenant, Supplier<T> work) {
        return run(work, false, Objects.requireNonNull(tenant, "tenant"));
    }

    @Override
    public <T> T read(TenantId tenant, Supplier<T> work) {
        return run(work, true, Objects.requireNonNull(tenant, "tenant"));
    }

    /**
     * Whether units of work scope their transactions to their tenant (row-level security).
     *
     * @return true when built with {@link JpaAdapters.Builder#tenantScopedTransactions()}
     */
    public boolean scopesTenants() {
        return tenantScoped;
    }

    /**
     * Scopes the transaction to the tenant when units of work are tenant-scoped: sets
     * {@value #TENANT_SETTING} for the transaction ({@code set_config(.., true)}), once. A unit of
     * work serves one tenant: work of another tenant joining it is a programming error.
     */
    private void scope(Context context, TenantId tenant) {
        if (!tenantScoped || tenant == null) {
            return;
        }
        if (context.tenant != null) {
            if (!context.tenant.equals(tenant)) {
                throw new IllegalStateException("A unit of work of tenant " + context.tenant.value()
                        + " cannot run work of tenant " + tenant.value());
            }
            return;
        }
        if (database(context.em) != BackOfficeMigrations.Database.POSTGRESQL) {
            throw new IllegalStateException("Tenant-scoped units of work need PostgreSQL (row-level security)");
        }
        context.em.createNativeQuery("SELECT set_config('" + TENANT_SETTING + "', ?1, true)")
                .setParameter(1, tenant.value()).getSingleResult();
        context.tenant = tenant;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Context context = current.get();
        if (context == null) {
            throw new IllegalStateException("afterCommit must be called inside a unit of work");
        }
        if (host != null) {
            host.afterCommit(action);
        } else {
            context.afterCommit.add(action);
        }
    }

    /**
     * Whether the calling thread is inside a unit of work of this instance.
     *
     * @return true inside a unit of work
     */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * Whether units of work join the host's transactions rather than run their own.
     *
     * @return true when built with {@link JpaAdapters.Builder#joinHostTransactions}
     */
    public boolean joinsHostTransactions() {
        return host != null;
    }

    /**
     * A random non-negative number drawn once per unit of work (once per attempt): the balance
     * bucket the unit of work writes to in each hot account is this number modulo the account's
     * bucket count, so that concurrent units of work spread over the buckets while each takes one
     * row of an account however many postings it makes. Called inside a unit of work.
     */
    int spreadKey() {
        Context context = current.get();
        if (context == null) {
            throw new IllegalStateException("spreadKey must be called inside a unit of work");
        }
        return context.spreadKey;
    }

    /**
     * Writes an adapter holds back until the end of the unit of work: its state (what is to be
     * written) and how to write it. {@link #deferred} hands out the state; the unit of work writes
     * it after the work returned, before its last flush and the commit, or the adapter writes it
     * sooner ({@link #writeDeferred}) before a statement that must see it.
     */
    private static final class DeferredWrites<S> {
        final S state;
        final BiConsumer<EntityManager, S> write;

        DeferredWrites(S state, BiConsumer<EntityManager, S> write) {
            this.state = state;
            this.write = write;
        }

        void write(EntityManager em) {
            write.accept(em, state);
        }
    }

    /**
     * The state of the writes the adapter {@code owner} defers to the end of the current unit of
     * work, made by {@code newState} on first use in the unit of work (each attempt starts afresh).
     * At the end (after the work returned, before the last flush and the commit; joined to a host's
     * transaction, before the flush that ends each call) {@code write} writes it, adapter after
     * adapter in the order they first deferred; it must leave the state empty, as it may be written
     * sooner by {@link #writeDeferred}. A failure of the write fails the unit of work, rolled back.
     * Called inside a unit of work.
     *
     * <p>What it is for: a row a unit of work updates stays locked from the update to the commit,
     * so an update that others wait for (a hot balance) is best sent last, whatever the use case
     * writes after the call that asked for it (a payment's row after its receipt's posting).
     */
    @SuppressWarnings("unchecked")
    <S> S deferred(Object owner, Supplier<S> newState, BiConsumer<EntityManager, S> write) {
        Context context = current.get();
        if (context == null) {
            throw new IllegalStateException("deferred must be called inside a unit of work");
        }
        if (context.deferred == null) {
            context.deferred = new LinkedHashMap<>(2);
        }
        DeferredWrites<?> writes = context.deferred.get(owner);
        if (writes == null) {
            writes = new DeferredWrites<>(newState.get(), write);
            context.deferred.put(owner, writes);
        }
        return (S) writes.state;
    }

    /** Writes now what {@code owner} deferred in the current unit of work, if anything (before a statement that must see it). */
    void writeDeferred(Object owner) {
        Context context = current.get();
        DeferredWrites<?> writes = context == null || context.deferred == null ? null : context.deferred.get(owner);
        if (writes != null) {
            writes.write(context.em);
        }
    }

    /** Writes everything deferred in the unit of work, at its end. */
    private static void writeDeferred(Context context) {
        if (context.deferred != null) {
            for (DeferredWrites<?> writes : context.deferred.values()) {
                writes.write(context.em);
            }
        }
    }

    /** Runs the function on the current entity manager, or in a unit of work of its own when none is active. */
    <T> T withEntityManager(Function<EntityManager, T> function) {
        Context context = current.get();
        if (context != null) {
            return function.apply(context.em);
        }
        return execute(() -> function.apply(current.get().em));
    }

    /** Like {@link #withEntityManager} but a unit of work of its own is read-only. */
    <T> T readWithEntityManager(Function<EntityManager, T> function) {
        Context context = current.get();
        if (context != null) {
            return function.apply(context.em);
        }
        return read(() -> function.apply(current.get().em));
    }

    /** The database behind the entity manager (asked once), for the few statements whose SQL differs. */
    BackOfficeMigrations.Database database(EntityManager em) {
        BackOfficeMigrations.Database known = database;
        if (known == null) {
            known = em.unwrap(Session.class).doReturningWork(connection ->
                    BackOfficeMigrations.Database.fromProductName(connection.getMetaData().getDatabaseProductName()));
            database = known;
        }
        return known;
    }

    /**
     * Runs the function in a short transaction of its own, independent of any unit of work of the
     * calling thread (for bookkeeping called after a commit, such as marking events published).
     */
    <T> T inNewTransaction(Function<EntityManager, T> function) {
        EntityManager em = emf.createEntityManager();
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                T result = function.apply(em);
                tx.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                throw e;
            }
        } finally {
            em.close();
        }
    }

    private <T> T run(Supplier<T> work, boolean readOnly, TenantId tenant) {
        Objects.requireNonNull(work, "work");
        Context context = current.get();
        if (context != null) {
            if (context.readOnly && !readOnly) {
                upgradeToReadWrite(context);
            }
            scope(context, tenant);
            return work.get();
        }
        if (host != null) {
            return runInHostTransaction(work, tenant);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                return runOnce(work, readOnly, tenant);
            } catch (RuntimeException e) {
                if (!isRetryable(e) && !(e instanceof LostBeforeCommit)) {
                    throw e;
                }
                last = e;
                if (attempt < maxAttempts) {
                    LOG.debug("Unit of work conflicted with a concurrent change (attempt {} of {}): {}", attempt,
                            maxAttempts, e.toString());
                    pause(attempt, e);
                }
            }
        }
        LOG.info("Unit of work gave up after {} conflicting attempts", maxAttempts);
        if (last instanceof LostBeforeCommit) {
            throw new BackOfficeException(CommonError.STORAGE_UNAVAILABLE, "The connection to the database was lost "
                    + maxAttempts + " times in a row; nothing was stored. Try again later.", last.getCause());
        }
        throw new ConcurrentUpdateException("The change conflicted with concurrent changes " + maxAttempts
                + " times in a row; please try again.", last);
    }

    private <T> T runOnce(Supplier<T> work, boolean readOnly, TenantId tenant) {
        EntityManager em = emf.createEntityManager();
        Context context = new Context(em, readOnly);
        boolean committed = false;
        T result;
        current.set(context);
        try {
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                if (readOnly) {
                    Session session = em.unwrap(Session.class);
                    session.setDefaultReadOnly(true);
                    session.setHibernateFlushMode(FlushMode.MANUAL);
                }
                scope(context, tenant);
                result = work.get();
                writeDeferred(context);
                if (!readOnly) {
                    // every statement reaches the database before the commit is sent (no flush when nothing can be pending)
                    JdbcRows.flush(em);
                }
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                if (e instanceof RuntimeException failure && isConnectionLost(failure)) {
                    throw new LostBeforeCommit(failure);
                }
                throw e;
            }
            try {
                tx.commit();
                committed = true;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(tx, e);
                if (e instanceof RuntimeException failure && isConnectionLost(failure)) {
                    throw new BackOfficeException(CommonError.COMMIT_OUTCOME_UNKNOWN, "The connection to the database was "
                            + "lost while the change was being committed; it may or may not be stored. Retry with the same "
                            + "idempotency key to be safe.", failure);
                }
                throw e;
            }
        } finally {
            current.remove();
            try {
                em.clear();
                em.close();
            } catch (RuntimeException e) {
                LOG.warn("Could not close the entity manager: {}", e.toString());
            }
        }
        if (committed) {
            runAfterCommit(context.afterCommit);
        }
        return result;
    }

    private <T> T runInHostTransaction(Supplier<T> work, TenantId tenant) {
        EntityManager em = host.currentEntityManager();
        Context context = new Context(em, false);
        current.set(context);
        try {
            scope(context, tenant);
            T result = work.get();
            writeDeferred(context);
            em.flush();
            return result;
        } catch (RuntimeException e) {
            if (!(e instanceof BackOfficeException) && isRetryable(e)) {
                throw new ConcurrentUpdateException("The change conflicted with a concurrent change; the host "
                        + "transaction must be rolled back and may be retried.", e);
            }
            throw e;
        } finally {
            current.remove();
        }
    }

    private static void upgradeToReadWrite(Context context) {
        Session session = context.em.unwrap(Session.class);
        session.setDefaultReadOnly(false);
        session.setFlushMode(FlushModeType.AUTO);
        context.readOnly = false;
    }

    private static void runAfterCommit(List<Runnable> actions) {
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // the unit of work has committed: an after-commit failure must not turn it into a failure
                LOG.warn("An after-commit action failed: {}", e.toString(), e);
            }
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void pause(int attempt, RuntimeException cause) {
        long maxMillis = Math.min(100L, 4L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcurrentUpdateException("Interrupted while waiting to retry a conflicting change.", cause);
        }
    }

    /**
     * Whether a failure was caused by a concurrent change, so that running the work again can
     * succeed (or find the first request's result).
     */
    static boolean isRetryable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof ConcurrentUpdateException
                    || t instanceof OptimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof OptimisticEntityLockException) {
                return true;
            }
            if (t instanceof BackOfficeException) {
                return false;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (isRetryable(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A failure that lost the connection before the commit was sent: the transaction did not commit. */
    private static final class LostBeforeCommit extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostBeforeCommit(RuntimeException cause) {
            super("The connection to the database was lost before the commit", cause);
        }
    }

    /**
     * Whether the failure is the loss of the database connection: a JDBC connection exception,
     * SQLSTATE class 08, or PostgreSQL's 57P01-57P03 (the backend was terminated or the server is
     * shutting down or starting).
     */
    static boolean isConnectionLost(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof BackOfficeException) {
                return false;
            }
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isRetryable(SQLException e) {
        String state = e.getSQLState();
        if ("40001".equals(state) || "40P01".equals(state)) {
            return true;
        }
        return RETRYABLE_UNIQUE_CONSTRAINTS.stream().anyMatch(constraint -> isUniqueViolationOf(e, constraint));
    }

    /**
     * Whether the failure is a violation ({@code 23505}) of the unique constraint or index of that
     * name, found in the causes and, for a batch, in the next exceptions of a JDBC failure.
     */
    static boolean isUniqueViolationOf(Throwable failure, String constraint) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (isUniqueViolationOf(s, constraint)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isUniqueViolationOf(SQLException e, String constraint) {
        return "23505".equals(e.getSQLState()) && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains(constraint);
    }
}
