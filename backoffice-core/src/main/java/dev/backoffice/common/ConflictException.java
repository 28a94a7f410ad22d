package dev.backoffice.common;

/**
 * The request conflicts with what another request did: an idempotency key reused with another
 * command, or a concurrent change that bounded retries could not get past.
 */
public class ConflictException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    public ConflictException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
