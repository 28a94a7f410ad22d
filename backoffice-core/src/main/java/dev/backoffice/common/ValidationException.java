package dev.backoffice.common;

import java.util.List;
import java.util.stream.Collectors;

/** A command failed validation. {@link #violations()} lists every field that is wrong. */
public class ValidationException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(CommonError.VALIDATION_FAILED, "The request is not valid: " + violations.stream()
                .map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; ")) + ".");
        this.violations = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(violations));
    }

    /** One wrong field: its path in the command (for example {@code lines[0].account}) and why. */
    public record Violation(String field, String message) implements java.io.Serializable {
    }

    public List<Violation> violations() {
        return violations;
    }
}
