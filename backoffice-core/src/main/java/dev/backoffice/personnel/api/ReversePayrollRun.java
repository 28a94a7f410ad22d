package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.PayrollRunId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Reverses a posted payroll run: a reversal run with every amount negated and a reversing journal
 * entry on {@code reversalDate} (in an open period). The period can then be run again.
 */
public record ReversePayrollRun(@NotNull PayrollRunId run, @NotNull LocalDate reversalDate,
                                @Size(max = 500) String reason, @Size(min = 1, max = 128) String idempotencyKey) {

    public static ReversePayrollRun of(PayrollRunId run, LocalDate reversalDate, String reason) {
        return new ReversePayrollRun(run, reversalDate, reason, null);
    }
}
