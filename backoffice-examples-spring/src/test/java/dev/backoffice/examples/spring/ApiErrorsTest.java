package dev.backoffice.examples.spring;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The statuses the HTTP test cannot provoke on a healthy database: conflicts, missing contexts, storage. */
class ApiErrorsTest {

    @Test
    void aStatusPerFamilyAndForTheOperationalCodes() {
        assertThat(ApiErrors.statusOf(new ConcurrentUpdateException("lost a race"))).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ApiErrors.statusOf(new AccessDeniedException(Actor.of("t", "u"), "ledger.entry.post"))).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(ApiErrors.statusOf(new ValidationException(List.of(new ValidationException.Violation("date", "must not be null")))))
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ApiErrors.statusOf(new BackOfficeException(CommonError.CONTEXT_NOT_PROVIDED, "no shipments")))
                .isEqualTo(HttpStatus.NOT_IMPLEMENTED);
        assertThat(ApiErrors.statusOf(new BackOfficeException(CommonError.STORAGE_UNAVAILABLE, "down")))
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ApiErrors.statusOf(new BackOfficeException(CommonError.COMMIT_OUTCOME_UNKNOWN, "lost")))
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ApiErrors.statusOf(new BackOfficeException(CommonError.MONEY_CURRENCY_MISMATCH, "EUR and USD")))
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theBodyCarriesTheCodeTheMessageAndForValidationEachField() {
        ApiError error = ApiError.of(new ValidationException(List.of(new ValidationException.Violation("date", "must not be null"))));

        assertThat(error.code()).isEqualTo("validation.failed");
        assertThat(error.message()).contains("date must not be null");
        assertThat(error.violations()).extracting(ValidationException.Violation::field).containsExactly("date");
        assertThat(ApiError.of(new ConcurrentUpdateException("lost a race")).violations()).isEmpty();
    }
}
