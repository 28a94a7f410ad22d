package dev.backoffice.common;

import java.util.Objects;

/**
 * The root of every error the library reports on purpose. Each carries a stable
 * {@link ErrorCode} and a message a person understands. A call that throws it changed nothing.
 */
public class BackOfficeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    /** The error code as text, kept for serialization (the {@link ErrorCode} itself is transient). */
    private final String code;

    /**
     * An error with a code and a message.
     *
     * @param errorCode the stable code, not null
     * @param message   what went wrong, in words a person understands
     */
    public BackOfficeException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    /**
     * An error with a code, a message and the lower-level failure that caused it.
     *
     * @param errorCode the stable code, not null
     * @param message   what went wrong, in words a person understands
     * @param cause     the underlying failure, or null
     */
    public BackOfficeException(ErrorCode errorCode, String message, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.code = errorCode.code();
    }

    /**
     * The stable error code (null after Java deserialization; {@link #code()} survives it).
     *
     * @return the error code, or null after deserialization
     */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /**
     * The stable error code as text, for example {@code ledger.entry.unbalanced}.
     *
     * @return the dotted code
     */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code() + "]: " + getMessage();
    }
}
