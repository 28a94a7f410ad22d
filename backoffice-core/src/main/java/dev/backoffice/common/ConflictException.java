package dev.backoffice.common;

/**
 * The request conflicts with what another request did: an idempotency key reused with another
 * command, or a concurrent change that bounded retries could not get past.
 */
public class ConflictException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /**
     * A conflict with the given code.
     *
     * @param errorCode the stable code, for example {@code idempotency.key_reused}
     * @param message   what conflicted
     */
    public ConflictException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    /**
     * A conflict with the given code and cause.
     *
     * @param errorCode the stable code
     * @param message   what conflicted
     * @param cause     the underlying failure, or null
     */
    public ConflictException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
