package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.domain.TimesheetStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A week's timesheet: hours per day (days without hours left out) and their total. */
public record TimesheetSnapshot(TimesheetId id, EmployeeId employee, LocalDate weekStart, Map<LocalDate, BigDecimal> hours,
                                BigDecimal totalHours, TimesheetStatus status, String submittedBy, String approvedBy) {

    /**
     * The snapshot of a timesheet as it is now.
     *
     * @param t the timesheet
     * @return its immutable snapshot
     */
    public static TimesheetSnapshot of(Timesheet t) {
        return new TimesheetSnapshot(t.id(), t.employeeId(), t.weekStart(), Map.copyOf(t.hours()),
                t.hours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), t.status(),
                t.submittedBy().orElse(null), t.approvedBy().orElse(null));
    }
}
