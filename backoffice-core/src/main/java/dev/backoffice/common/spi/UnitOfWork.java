package dev.backoffice.common.spi;

import dev.backoffice.common.TenantId;

import java.util.function.Supplier;

/**
 * Runs one use-case call as one unit of work: everything it writes commits together or not at
 * all. An implementation retries the work a bounded number of times when it fails with
 * {@link dev.backoffice.common.ConcurrentUpdateException} (or the database's equivalent:
 * serialization failure, deadlock), and then lets the last one reach the caller.
 *
 * <p>Calls nest: a unit of work started inside another joins it.
 */
public interface UnitOfWork {

    /** Runs the work in a unit of work and returns its result after commit. */
    <T> T execute(Supplier<T> work);

    /** Runs the work in a read-only unit of work (an adapter may use a cheaper transaction). */
    default <T> T read(Supplier<T> work) {
        return execute(work);
    }

    /**
     * Runs the work in a unit of work on behalf of one tenant. Every use case runs this way, so an
     * adapter that also isolates tenants in its storage (PostgreSQL row-level security in the JPA
     * adapter) can scope the transaction to the tenant; by default it is {@link #execute(Supplier)}.
     * A nested call joins the unit of work it runs in, which must be of the same tenant.
     */
    default <T> T execute(TenantId tenant, Supplier<T> work) {
        return execute(work);
    }

    /** Like {@link #execute(TenantId, Supplier)}, read-only: by default {@link #read(Supplier)}. */
    default <T> T read(TenantId tenant, Supplier<T> work) {
        return read(work);
    }

    /**
     * Registers an action to run once the current unit of work has committed (never if it rolls
     * back). Must be called inside {@link #execute(Supplier)}.
     */
    void afterCommit(Runnable action);
}
