package dev.backoffice.common.application;

import dev.backoffice.common.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates commands and queries with Bean Validation and turns violations into a {@link ValidationException}. */
public final class CommandValidator {

    private final Validator validator;

    public CommandValidator() {
        this(LazyFactory.FACTORY.getValidator());
    }

    public CommandValidator(Validator validator) {
        this.validator = validator;
    }

    /** Throws {@link ValidationException} (code {@code validation.failed}) if the object breaks a constraint. */
    public void validate(Object command) {
        if (command == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("command", "must not be null")));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations.stream()
                    .map(v -> new ValidationException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(ValidationException.Violation::field)
                            .thenComparing(ValidationException.Violation::message))
                    .toList());
        }
    }

    private static final class LazyFactory {
        private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    }
}
