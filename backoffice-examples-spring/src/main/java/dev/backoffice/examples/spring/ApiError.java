package dev.backoffice.examples.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.ValidationException;

import java.util.List;

/**
 * The JSON body of every refusal: the library's stable {@code code} (clients branch on it) and its
 * message (people read it); for {@code validation.failed} also each wrong field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record ApiError(String code, String message, List<ValidationException.Violation> violations) {

    static ApiError of(BackOfficeException e) {
        List<ValidationException.Violation> violations = e instanceof ValidationException invalid ? invalid.violations() : List.of();
        return new ApiError(e.code(), e.getMessage(), violations);
    }

    static ApiError of(String code, String message) {
        return new ApiError(code, message, List.of());
    }
}
