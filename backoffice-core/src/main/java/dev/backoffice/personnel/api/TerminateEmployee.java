package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.TerminationReason;
import jakarta.validation.constraints.NotNull;

/** Records the end of an employment: the last day employed (inclusive) and why. */
public record TerminateEmployee(@NotNull EmployeeId employee, @NotNull java.time.LocalDate lastDay,
                                @NotNull TerminationReason reason) {
}
