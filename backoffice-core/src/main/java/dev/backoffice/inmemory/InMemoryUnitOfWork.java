package dev.backoffice.inmemory;

import dev.backoffice.common.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work over the in-memory adapters. They run one at a time (one lock for the whole
 * store), which makes every unit of work serializable; each change an adapter makes registers its
 * undo action, and a unit of work that fails is rolled back by running them in reverse order.
 * Nested calls join the unit of work already running on the thread.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryUnitOfWork.class);

    private final ReentrantLock lock = new ReentrantLock();
    /**
     * The unit of work running, or null. Read and written only by the thread that holds the lock
     * (see {@link #running()}), so a plain field: a thread-local was looked up several times per
     * posting, by every adapter's change.
     */
    private Transaction current;
    /**
     * The one transaction object every unit of work runs with, emptied at its end: they run one at
     * a time, under the lock, so a unit of work needs no object of its own (nor its undo list).
     */
    private final Transaction transaction = new Transaction();

    /**
     * A store that only grows, undone by cutting it back to an earlier size (the journal's rows, an
     * audit trail): its undo is the store and a size, kept without an action object per change.
     */
    @FunctionalInterface
    interface Truncatable {
        /**
         * Removes what was appended after the store had {@code size} rows.
         *
         * @param size the number of rows to keep
         */
        void truncate(int size);
    }

    /** The undo and after-commit actions of one running unit of work, each made when first needed. */
    static final class Transaction {
        /** Undo arrays longer than this (a batch of drafts) are dropped at the end, not kept for the next. */
        private static final int KEPT_UNDO = 64;
        /** The size of an undo that is an action, not a truncation. */
        private static final int ACTION = -1;

        /** Per undo, in the order registered: a {@link Runnable}, or a {@link Truncatable} with its size. */
        private Object[] undo;
        private int[] undoSizes;
        private int undoCount;
        private List<Runnable> afterCommit;

        void onRollback(Runnable action) {
            push(action, ACTION);
        }

        /**
         * Registers the undo of appends to a store: on rollback it is cut back to {@code size}.
         *
         * @param store the store appended to
         * @param size  its size before the appends
         */
        void onRollback(Truncatable store, int size) {
            if (size < 0) {
                throw new IllegalArgumentException("size " + size);
            }
            push(store, size);
        }

        private void push(Object undoing, int size) {
            if (undo == null) {
                undo = new Object[8];
                undoSizes = new int[8];
            } else if (undoCount == undo.length) {
                undo = Arrays.copyOf(undo, undoCount * 2);
                undoSizes = Arrays.copyOf(undoSizes, undoCount * 2);
            }
            undo[undoCount] = undoing;
            undoSizes[undoCount++] = size;
        }

        /** Runs the undo actions, newest first. */
        private void rollback() {
            for (int i = undoCount - 1; i >= 0; i--) {
                if (undoSizes[i] == ACTION) {
                    ((Runnable) undo[i]).run();
                } else {
                    ((Truncatable) undo[i]).truncate(undoSizes[i]);
                }
            }
        }

        private void afterCommit(Runnable action) {
            if (afterCommit == null) {
                afterCommit = new ArrayList<>(1);
            }
            afterCommit.add(action);
        }

        /** Forgets the actions of the unit of work that ended, and hands over its after-commit actions. */
        private List<Runnable> end() {
            if (undo != null) {
                if (undo.length > KEPT_UNDO) {
                    undo = null;
                    undoSizes = null;
                } else {
                    Arrays.fill(undo, 0, undoCount, null); // keeps nothing the ended unit of work captured
                }
            }
            undoCount = 0;
            List<Runnable> then = afterCommit;
            afterCommit = null;
            return then;
        }
    }

    @Override
    public <T> T execute(Supplier<T> work) {
        if (running() != null) {
            return work.get();
        }
        T result;
        List<Runnable> afterCommit;
        lock.lock();
        Transaction tx = transaction;
        try {
            current = tx;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                tx.rollback();
                throw e;
            }
        } finally {
            current = null;
            afterCommit = tx.end(); // dropped with the undo actions when the work failed
            lock.unlock();
        }
        if (afterCommit == null) {
            return result;
        }
        for (Runnable action : afterCommit) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("An after-commit action failed: {}", e.toString());
            }
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        transaction().afterCommit(action);
    }

    /**
     * {@return the unit of work running on this thread, or null} Only a thread that holds the lock
     * can run one (a read under {@link #guarded} holds the lock and runs none).
     */
    private Transaction running() {
        return lock.isHeldByCurrentThread() ? current : null;
    }

    /** The unit of work running on this thread; adapters call it before every change. */
    Transaction transaction() {
        Transaction tx = running();
        if (tx == null) {
            throw new IllegalStateException("In-memory adapters change data only inside UnitOfWork.execute(...)");
        }
        return tx;
    }

    /**
     * Runs an adapter's read under the store's lock when it comes from outside a unit of work
     * (inside one the thread holds the lock already): adapters whose stores are not thread-safe
     * structures (the journal's and the audit trail's columns) see only committed data this way,
     * never a change half made.
     *
     * @param <T>  the result type
     * @param read the read
     * @return what it read
     */
    <T> T guarded(Supplier<T> read) {
        if (running() != null) {
            return read.get();
        }
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }
}
