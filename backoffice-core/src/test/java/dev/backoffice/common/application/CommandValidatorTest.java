package dev.backoffice.common.application;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.ValidationException.Violation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class CommandValidatorTest {

    /** A command as a context's api would declare it. */
    record PlaceOrder(@NotBlank @Size(max = 10) String reference,
                      @NotNull LocalDate date,
                      @Positive int quantity,
                      @NotEmpty List<@Valid @NotNull Line> lines) {
    }

    record Line(@NotBlank String product, @Positive long units) {
    }

    private static final LocalDate DATE = LocalDate.of(2026, 4, 1);

    private final CommandValidator validator = new CommandValidator();

    private static ValidationException refusal(Runnable call) {
        BackOfficeException refusal = assertRefused("validation.failed", call::run);
        assertThat(refusal).isInstanceOf(ValidationException.class);
        return (ValidationException) refusal;
    }

    @Test
    void a_valid_command_passes() {
        PlaceOrder command = new PlaceOrder("PO-1", DATE, 3, List.of(new Line("apple", 2)));

        assertThatCode(() -> validator.validate(command)).doesNotThrowAnyException();
    }

    @Test
    void a_broken_field_becomes_one_violation_with_code_validation_failed() {
        PlaceOrder command = new PlaceOrder(" ", DATE, 3, List.of(new Line("apple", 2)));

        ValidationException refusal = refusal(() -> validator.validate(command));

        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("reference");
            assertThat(v.message()).isNotBlank();
        });
        assertThat(refusal.getMessage()).contains("reference");
    }

    @Test
    void every_broken_field_gets_exactly_one_violation() {
        PlaceOrder command = new PlaceOrder(null, null, 0, List.of());

        ValidationException refusal = refusal(() -> validator.validate(command));

        assertThat(refusal.violations()).extracting(Violation::field)
                .containsExactly("date", "lines", "quantity", "reference");
        assertThat(refusal.getMessage()).contains("date", "lines", "quantity", "reference");
    }

    @Test
    void nested_violations_name_the_path_of_the_field() {
        PlaceOrder command = new PlaceOrder("PO-1", DATE, 1, List.of(new Line("apple", 1), new Line("", -5)));

        ValidationException refusal = refusal(() -> validator.validate(command));

        assertThat(refusal.violations()).extracting(Violation::field)
                .containsExactly("lines[1].product", "lines[1].units");
    }

    @Test
    void two_constraints_broken_on_one_field_are_both_reported() {
        record Code(@NotBlank @Size(min = 3) String value) {
        }

        ValidationException refusal = refusal(() -> validator.validate(new Code(" ")));

        assertThat(refusal.violations()).hasSize(2).extracting(Violation::field).containsOnly("value");
    }

    @Test
    void a_missing_command_is_a_violation() {
        ValidationException refusal = refusal(() -> validator.validate(null));

        assertThat(refusal.violations()).extracting(Violation::field).containsExactly("command");
    }

    @Test
    void violations_cannot_be_changed_afterwards() {
        ValidationException refusal = refusal(() -> validator.validate(new PlaceOrder(null, DATE, 1,
                List.of(new Line("apple", 1)))));

        assertThat(refusal.violations()).isUnmodifiable();
    }
}
