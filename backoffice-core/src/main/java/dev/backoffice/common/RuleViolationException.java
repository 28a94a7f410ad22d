package dev.backoffice.common;

/** A business rule refused the request, for example an unbalanced entry or a closed period. */
public class RuleViolationException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    public RuleViolationException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }

    public RuleViolationException(ErrorCode errorCode, String message, Throwable cause) {
        super(errorCode, message, cause);
    }
}
