package dev.backoffice.common;

/** A business rule refused the request, for example an unbalanced entry or a closed period. */
public class RuleViolationException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /**
     * A refusal by a business rule.
     *
     * @param errorCode the stable code, for example {@code ledger.entry.unbalanced}
     * @param message   which rule refused and why
     */
    public RuleViolationException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    /**
     * A refusal by a business rule, with its cause.
     *
     * @param errorCode the stable code
     * @param message   which rule refused and why
     * @param cause     the underlying failure, or null
     */
    public RuleViolationException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
