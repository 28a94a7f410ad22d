package dev.backoffice.common.application;

import dev.backoffice.common.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates commands and queries with Bean Validation, and every text in them against control
 * characters ({@link TextCheck}), and turns violations into a {@link ValidationException}.
 */
public final class CommandValidator {

    private final Validator validator;
    /** The shortcut for valid commands, with the library's own validator only (see {@link BuiltInConstraints}). */
    private final BuiltInConstraints builtIns;

    /**
     * A validator from the default Bean Validation provider (Hibernate Validator), built once and
     * shared. A command whose constraints are all built in and all hold is accepted without the
     * provider's per-call work ({@link BuiltInConstraints}); any other goes through the provider.
     */
    public CommandValidator() {
        this.validator = LazyFactory.FACTORY.getValidator();
        this.builtIns = LazyFactory.BUILT_INS;
    }

    /**
     * A validator the host already configured.
     *
     * @param validator the Bean Validation validator to use
     */
    public CommandValidator(Validator validator) {
        this.validator = validator;
        this.builtIns = null;
    }

    /**
     * Throws {@link ValidationException} (code {@code validation.failed}) if the object breaks a constraint.
     *
     * @param command the command or query record to check
     */
    public void validate(Object command) {
        if (command == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("command", "must not be null")));
        }
        if (builtIns != null && builtIns.allHold(command)) { // constraints and texts in one walk
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        List<ValidationException.Violation> text = new java.util.ArrayList<>(0);
        TextCheck.collect(command, "", text);
        if (!violations.isEmpty() || !text.isEmpty()) {
            List<ValidationException.Violation> all = new java.util.ArrayList<>(text);
            violations.forEach(v -> all.add(new ValidationException.Violation(v.getPropertyPath().toString(), v.getMessage())));
            all.sort(Comparator.comparing(ValidationException.Violation::field)
                    .thenComparing(ValidationException.Violation::message));
            throw new ValidationException(List.copyOf(all));
        }
    }

    private static final class LazyFactory {
        /**
         * Commands are plain records, never entities with lazy state: every property can be reached.
         * Without this, Hibernate Validator asks Jakarta Persistence whether each property is loaded
         * whenever a persistence provider is on the class path (with the JPA adapter), which more than
         * doubled the cost of validating a journal entry.
         */
        private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
                .traversableResolver(new EveryPropertyReachable())
                // Hibernate Validator's per-call cache of the resolver's answers is useless when every answer is yes
                .addProperty("hibernate.validator.enable_traversable_resolver_result_cache", "false")
                .buildValidatorFactory();

        private static final BuiltInConstraints BUILT_INS = new BuiltInConstraints(FACTORY.getValidator());
    }

    /** A traversable resolver for plain command records. */
    private static final class EveryPropertyReachable implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, jakarta.validation.Path.Node property, Class<?> rootType,
                                   jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, jakarta.validation.Path.Node property, Class<?> rootType,
                                    jakarta.validation.Path path, java.lang.annotation.ElementType type) {
            return true;
        }
    }
}
