package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A leave request; {@code days} are the working days it covers. Decision fields are null while pending. */
public record LeaveRequestSnapshot(LeaveRequestId id, EmployeeId employee, LeaveTypeId leaveType, LocalDate from,
                                   LocalDate to, boolean startsAfternoon, boolean endsAtNoon, BigDecimal days,
                                   LeaveStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                                   Instant decidedAt, String note) {

    public static LeaveRequestSnapshot of(LeaveRequest r) {
        return new LeaveRequestSnapshot(r.id(), r.employeeId(), r.leaveTypeId(), r.from(), r.to(), r.startsAfternoon(),
                r.endsAtNoon(), r.days().days(), r.status(), r.requestedBy(), r.requestedAt(),
                r.decidedBy().orElse(null), r.decidedAt().orElse(null), r.note().orElse(null));
    }
}
