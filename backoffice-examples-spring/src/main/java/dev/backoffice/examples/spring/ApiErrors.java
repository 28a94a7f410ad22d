package dev.backoffice.examples.spring;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.ConflictException;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the library's refusals into HTTP answers: a status per family of error and the
 * library's code and message as JSON ({@link ApiError}). The family is the exception's type,
 * which the library keeps stable together with the code:
 *
 * <table>
 *   <caption>HTTP status per family</caption>
 *   <tr><th>exception</th><th>status</th><th>for example</th></tr>
 *   <tr><td>{@link ValidationException}</td><td>400</td><td>{@code validation.failed}</td></tr>
 *   <tr><td>{@link AccessDeniedException}</td><td>403</td><td>{@code access.denied}</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>404</td><td>{@code ledger.account.not_found}</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>409</td><td>{@code idempotency.key_reused}, {@code concurrency.conflict}</td></tr>
 *   <tr><td>{@link RuleViolationException}</td><td>422</td><td>{@code ledger.entry.unbalanced}, {@code stock.quantity.insufficient}</td></tr>
 *   <tr><td>any other, by code</td><td>501 / 503 / 400</td><td>{@code backoffice.context_not_provided};
 *       {@code storage.unavailable}, {@code storage.commit_outcome_unknown}; malformed values such as
 *       {@code money.malformed} or {@code tenant.invalid}</td></tr>
 * </table>
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The code of a request body that is not the JSON the endpoint reads (the host's own code, not the library's). */
    static final String MALFORMED_REQUEST = "request.malformed";

    @ExceptionHandler(BackOfficeException.class)
    ResponseEntity<ApiError> refused(BackOfficeException e) {
        HttpStatus status = statusOf(e);
        if (status.is5xxServerError()) {
            LOG.warn("Back office call failed: {}", e.toString());
        }
        return ResponseEntity.status(status).body(ApiError.of(e));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        // the library's own code when it refused a value while the body was read (a malformed amount)
        if (e.getMostSpecificCause() instanceof BackOfficeException refused) {
            return refused(refused);
        }
        return ResponseEntity.badRequest().body(ApiError.of(MALFORMED_REQUEST, "The request body is not valid JSON for this call."));
    }

    /** The HTTP status of a refusal. */
    static HttpStatus statusOf(BackOfficeException e) {
        if (e instanceof ValidationException) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof AccessDeniedException) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof RuleViolationException) {
            return HttpStatus.UNPROCESSABLE_CONTENT;
        }
        String code = e.code();
        if (CommonError.CONTEXT_NOT_PROVIDED.code().equals(code)) {
            return HttpStatus.NOT_IMPLEMENTED;
        }
        if (CommonError.STORAGE_UNAVAILABLE.code().equals(code) || CommonError.COMMIT_OUTCOME_UNKNOWN.code().equals(code)) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        return HttpStatus.BAD_REQUEST;
    }
}
