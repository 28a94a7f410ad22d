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

    /**
     * A reversal of a posted or paid run.
     *
     * @param run          the run
     * @param reversalDate the date of the reversing journal entries
     * @param reason       why, kept with the reversal
     * @return the command
     */
    public static ReversePayrollRun of(PayrollRunId run, LocalDate reversalDate, String reason) {
        return new ReversePayrollRun(run, reversalDate, reason, null);
    }
}
