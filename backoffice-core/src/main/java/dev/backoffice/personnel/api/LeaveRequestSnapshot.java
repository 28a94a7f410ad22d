package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A leave request; {@code days} are the working days it covers, {@code daysByYear} the same days by
 * the calendar year whose balance they count against (two years for a request across the new year).
 * Decision fields are null while pending.
 */
public record LeaveRequestSnapshot(LeaveRequestId id, EmployeeId employee, LeaveTypeId leaveType, LocalDate from,
                                   LocalDate to, boolean startsAfternoon, boolean endsAtNoon, BigDecimal days,
                                   LeaveStatus status, String requestedBy, Instant requestedAt, String decidedBy,
                                   Instant decidedAt, String note, SortedMap<Integer, BigDecimal> daysByYear) {

    /**
     * Copies the days by year.
     *
     * @param id              the request's id
     * @param employee        the employee
     * @param leaveType       the leave type
     * @param from            the first day
     * @param to              the last day
     * @param startsAfternoon the first day is taken from noon only
     * @param endsAtNoon      the last day is taken until noon only
     * @param days            the working days it covers
     * @param status          pending, approved, rejected or cancelled
     * @param requestedBy     who requested it
     * @param requestedAt     when it was requested
     * @param decidedBy       who approved or rejected it, or null
     * @param decidedAt       when it was decided, or null
     * @param note            the decision's note or reason, or null
     * @param daysByYear      the working days per calendar year
     */
    public LeaveRequestSnapshot {
        daysByYear = daysByYear == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(daysByYear));
    }

    /**
     * The snapshot of a request as it is now.
     *
     * @param r the request
     * @return its immutable snapshot
     */
    public static LeaveRequestSnapshot of(LeaveRequest r) {
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (int year : r.years()) {
            byYear.put(year, r.daysIn(year).days());
        }
        return new LeaveRequestSnapshot(r.id(), r.employeeId(), r.leaveTypeId(), r.from(), r.to(), r.startsAfternoon(),
                r.endsAtNoon(), r.days().days(), r.status(), r.requestedBy(), r.requestedAt(),
                r.decidedBy().orElse(null), r.decidedAt().orElse(null), r.note().orElse(null), byYear);
    }
}
