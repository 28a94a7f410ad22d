package dev.backoffice.common;

/**
 * Thrown by an adapter when another unit of work changed the same aggregate first (a stale
 * version). Units of work retry on it a bounded number of times; when they give up it reaches
 * the caller with code {@code concurrency.conflict}.
 */
public class ConcurrentUpdateException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /**
     * A stale-version conflict with code {@code concurrency.conflict}.
     *
     * @param message which aggregate was changed concurrently
     */
    public ConcurrentUpdateException(String message) {
        super(CommonError.CONCURRENCY_CONFLICT, message);
    }

    /**
     * A stale-version conflict with code {@code concurrency.conflict}, from a lower-level failure.
     *
     * @param message which aggregate was changed concurrently
     * @param cause   the adapter's failure, for example an optimistic-lock exception
     */
    public ConcurrentUpdateException(String message, Throwable cause) {
        super(CommonError.CONCURRENCY_CONFLICT, message, cause);
    }
}
