package dev.backoffice.common;

import java.util.List;
import java.util.stream.Collectors;

/** A command failed validation. {@link #violations()} lists every field that is wrong. */
public class ValidationException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /** Every wrong field of the request, at least one. */
    private final List<Violation> violations;

    /**
     * Refuses a request with code {@code validation.failed}, naming each wrong field in the message.
     *
     * @param violations the wrong fields, at least one
     */
    public ValidationException(List<Violation> violations) {
        super(CommonError.VALIDATION_FAILED, "The request is not valid: " + violations.stream()
                .map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; ")) + ".");
        this.violations = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(violations));
    }

    /**
     * One wrong field: its path in the command (for example {@code lines[0].account}) and why.
     *
     * @param field   the path of the field, for example {@code lines[0].account}
     * @param message why it is wrong, for example {@code must not be null}
     * @serial exclude
     */
    public record Violation(String field, String message) implements java.io.Serializable {
    }

    /** {@return the wrong fields, unmodifiable} */
    public List<Violation> violations() {
        return violations;
    }
}
