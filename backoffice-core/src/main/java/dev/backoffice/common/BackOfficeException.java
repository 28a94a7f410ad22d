package dev.backoffice.common;

import java.util.Objects;

/**
 * The root of every error the library reports on purpose. Each carries a stable
 * {@link ErrorCode} and a message a person understands. A call that throws it changed nothing.
 */
public class BackOfficeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final String code;

    public BackOfficeException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    public BackOfficeException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.code = errorCode.code();
    }

    /** The stable error code (null after Java deserialization; {@link #code()} survives it). */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The stable error code as text, for example {@code ledger.entry.unbalanced}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code() + "]: " + getMessage();
    }
}
