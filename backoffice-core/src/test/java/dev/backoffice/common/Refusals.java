package dev.backoffice.common;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Asserts that a call is refused with a {@link BackOfficeException} carrying a given stable code. */
public final class Refusals {

    private Refusals() {
    }

    /**
     * Runs the call once, asserts it throws a {@link BackOfficeException} with {@code code} and a
     * message a person can read, and returns the exception for further checks.
     */
    public static BackOfficeException assertRefused(String code, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        BackOfficeException refusal = (BackOfficeException) thrown;
        assertThat(refusal.code()).as("code of %s", refusal).isEqualTo(code);
        assertThat(refusal.errorCode().code()).isEqualTo(code);
        assertThat(refusal.getMessage()).as("message of %s", refusal).isNotBlank();
        return refusal;
    }
}
