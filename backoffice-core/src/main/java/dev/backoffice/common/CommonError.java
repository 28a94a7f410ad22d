package dev.backoffice.common;

/** Error codes of the shared kernel: validation, money, idempotency, concurrency and access. */
public enum CommonError implements ErrorCode {
    /** A command failed Bean Validation; the exception lists each field violation. */
    VALIDATION_FAILED("validation.failed"),
    /** Two amounts in different currencies were combined. */
    MONEY_CURRENCY_MISMATCH("money.currency_mismatch"),
    /** An amount has more decimals than its currency allows and no rounding was asked for. */
    MONEY_TOO_PRECISE("money.too_precise"),
    /** An amount is outside the range the library can represent exactly. */
    MONEY_OVERFLOW("money.overflow"),
    /** The currency code is unknown or has no minor unit (such as XAU). */
    MONEY_UNSUPPORTED_CURRENCY("money.unsupported_currency"),
    /** The amount text is not a decimal number. */
    MONEY_MALFORMED("money.malformed"),
    /** An allocation was asked for with no ratio, a negative ratio, or ratios that sum to zero. */
    MONEY_INVALID_ALLOCATION("money.invalid_allocation"),
    /** The tenant id is blank or has characters outside {@code [A-Za-z0-9._-]}. */
    TENANT_INVALID("tenant.invalid"),
    /** The actor is missing or has a blank id. */
    ACTOR_INVALID("actor.invalid"),
    /** The idempotency key was used before with a different command. */
    IDEMPOTENCY_KEY_REUSED("idempotency.key_reused"),
    /** A concurrent change won, and the bounded retries did not get through. */
    CONCURRENCY_CONFLICT("concurrency.conflict"),
    /** The access policy refused the actor the permission. */
    ACCESS_DENIED("access.denied"),
    /** The database could not be reached for the bounded number of attempts; nothing was stored. */
    STORAGE_UNAVAILABLE("storage.unavailable"),
    /** The connection to the database broke while a change was being committed: it may or may not be stored. */
    COMMIT_OUTCOME_UNKNOWN("storage.commit_outcome_unknown"),
    /** The back office's adapters do not provide the ports of the context asked for. */
    CONTEXT_NOT_PROVIDED("backoffice.context_not_provided");

    private final String code;

    CommonError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
