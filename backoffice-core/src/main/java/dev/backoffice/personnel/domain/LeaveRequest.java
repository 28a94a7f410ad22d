package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for leave from one day to another (both inclusive), within one calendar year or across
 * one new year (28 December to 5 January): the working days of each year count against that year's
 * balance ({@link #daysIn(int)}). The first
 * day may start at noon ({@code startsAfternoon}) and the last may end at noon ({@code endsAtNoon});
 * on a single day the two together are refused. Only working days count: the days are computed
 * when the request is made and kept. A request is pending until approved or rejected by someone
 * other than its requester; a pending or approved request can be cancelled, which gives its days
 * back.
 */
public final class LeaveRequest {

    private static final int MORNING = 1;
    private static final int AFTERNOON = 2;

    private final LeaveRequestId id;
    private final TenantId tenant;
    private final EmployeeId employeeId;
    private final LeaveTypeId leaveTypeId;
    private final LocalDate from;
    private final LocalDate to;
    private final boolean startsAfternoon;
    private final boolean endsAtNoon;
    private final LeaveDays days;
    private final LeaveDays firstYearDays;
    private LeaveStatus status;
    private final String requestedBy;
    private final Instant requestedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String note;
    private final long version;

    private LeaveRequest(LeaveRequestId id, TenantId tenant, EmployeeId employeeId, LeaveTypeId leaveTypeId,
                         LocalDate from, LocalDate to, boolean startsAfternoon, boolean endsAtNoon, LeaveDays days,
                         LeaveDays firstYearDays, LeaveStatus status, String requestedBy, Instant requestedAt,
                         String decidedBy, Instant decidedAt, String note, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
        this.leaveTypeId = Objects.requireNonNull(leaveTypeId, "leaveTypeId");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.startsAfternoon = startsAfternoon;
        this.endsAtNoon = endsAtNoon;
        this.days = Objects.requireNonNull(days, "days");
        this.firstYearDays = Objects.requireNonNull(firstYearDays, "firstYearDays");
        if (from.getYear() == to.getYear() ? !firstYearDays.equals(days)
                : firstYearDays.isNegative() || days.minus(firstYearDays).isNegative()) {
            throw new IllegalArgumentException("the days of the first year are part of the request's days");
        }
        this.status = Objects.requireNonNull(status, "status");
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.note = note;
        this.version = version;
    }

    /**
     * A new pending request; its days are the working days it covers, split by calendar year. Refused
     * with {@code personnel.leave.invalid_period} for dates out of order, across more than one new
     * year, half days that leave nothing of a single day, or no working day at all.
     *
     * @param id              its id
     * @param tenant          the tenant it belongs to
     * @param employee        the employee
     * @param type            the leave type
     * @param from            the first day
     * @param to              the last day
     * @param startsAfternoon the first day is taken from noon only
     * @param endsAtNoon      the last day is taken until noon only
     * @param calendar        the tenant's working days
     * @param requestedBy     who requests it
     * @param now             when
     * @return the pending request
     */
    public static LeaveRequest request(LeaveRequestId id, TenantId tenant, EmployeeId employee, LeaveTypeId type,
                                       LocalDate from, LocalDate to, boolean startsAfternoon, boolean endsAtNoon,
                                       WorkingDays calendar, String requestedBy, Instant now) {
        if (to.isBefore(from)) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_PERIOD,
                    "The leave ends on " + to + ", before it starts on " + from + ".");
        }
        if (to.getYear() - from.getYear() > 1) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_PERIOD,
                    "A leave request spans at most one new year (" + from + " to " + to + "); split it by year.");
        }
        if (from.equals(to) && startsAfternoon && endsAtNoon) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_PERIOD,
                    "A single day cannot both start in the afternoon and end at noon.");
        }
        LeaveRequest request = new LeaveRequest(id, tenant, employee, type, from, to, startsAfternoon, endsAtNoon,
                LeaveDays.ZERO, LeaveDays.ZERO, LeaveStatus.PENDING, requestedBy, now, null, null, null, 0);
        LeaveDays counted = request.daysDuring(new DateRange(from, to), calendar);
        if (counted.isZero()) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_PERIOD,
                    "The leave from " + from + " to " + to + " covers no working day.");
        }
        LeaveDays firstYear = request.daysDuring(DateRange.of(from, LocalDate.of(from.getYear(), 12, 31)), calendar);
        return new LeaveRequest(id, tenant, employee, type, from, to, startsAfternoon, endsAtNoon, counted, firstYear,
                LeaveStatus.PENDING, requestedBy, now, null, null, null, 0);
    }

    /**
     * Rebuilds a stored request (for adapters).
     *
     * @param id              its id
     * @param tenant          the tenant it belongs to
     * @param employeeId      the employee
     * @param leaveTypeId     the leave type
     * @param from            the first day
     * @param to              the last day
     * @param startsAfternoon the first day is taken from noon only
     * @param endsAtNoon      the last day is taken until noon only
     * @param days            the working days it covers
     * @param firstYearDays   the working days in its first calendar year
     * @param status          where it stands
     * @param requestedBy     who requested it
     * @param requestedAt     when it was requested
     * @param decidedBy       who decided or cancelled it, or null
     * @param decidedAt       when, or null
     * @param note            the decision's note, or null
     * @param version         the stored version it was read at
     * @return the request as stored
     */
    public static LeaveRequest restore(LeaveRequestId id, TenantId tenant, EmployeeId employeeId,
                                       LeaveTypeId leaveTypeId, LocalDate from, LocalDate to, boolean startsAfternoon,
                                       boolean endsAtNoon, LeaveDays days, LeaveDays firstYearDays, LeaveStatus status,
                                       String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
                                       String note, long version) {
        return new LeaveRequest(id, tenant, employeeId, leaveTypeId, from, to, startsAfternoon, endsAtNoon, days,
                firstYearDays, status, requestedBy, requestedAt, decidedBy, decidedAt, note, version);
    }

    /** The halves of the day the request covers: morning 1, afternoon 2, both 3, none 0. */
    private int partsOf(LocalDate day) {
        if (day.isBefore(from) || day.isAfter(to)) {
            return 0;
        }
        int parts = MORNING | AFTERNOON;
        if (day.equals(from) && startsAfternoon) {
            parts &= ~MORNING;
        }
        if (day.equals(to) && endsAtNoon) {
            parts &= ~AFTERNOON;
        }
        return parts;
    }

    /**
     * The working days of the request that fall in the range, in half days.
     *
     * @param range    the days
     * @param calendar the tenant's working days
     * @return the working days of the request in the range
     */
    public LeaveDays daysDuring(DateRange range, WorkingDays calendar) {
        DateRange own = new DateRange(from, to);
        Optional<DateRange> shared = own.intersection(range);
        if (shared.isEmpty()) {
            return LeaveDays.ZERO;
        }
        long halves = 0;
        for (LocalDate d = shared.get().start(); !d.isAfter(shared.get().end()); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                halves += Integer.bitCount(partsOf(d));
            }
        }
        return new LeaveDays(halves);
    }

    /**
     * Whether the two requests claim the same half of any day (a morning and an afternoon off on one day do
     * not).
     *
     * @param other another request of the same employee
     * @return true when they claim the same half of a day
     */
    public boolean overlaps(LeaveRequest other) {
        Optional<DateRange> shared = new DateRange(from, to).intersection(new DateRange(other.from, other.to));
        if (shared.isEmpty()) {
            return false;
        }
        for (LocalDate d = shared.get().start(); !d.isAfter(shared.get().end()); d = d.plusDays(1)) {
            if ((partsOf(d) & other.partsOf(d)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Approves a pending request; refused with {@code personnel.leave.self_approval} for its requester.
     *
     * @param approver     who approves it
     * @param now          when
     * @param decisionNote an optional note
     */
    public void approve(String approver, Instant now, String decisionNote) {
        decide(approver, now, decisionNote, LeaveStatus.APPROVED);
    }

    /**
     * Rejects a pending request; refused with {@code personnel.leave.self_approval} for its requester.
     *
     * @param approver     who rejects it
     * @param now          when
     * @param decisionNote the reason
     */
    public void reject(String approver, Instant now, String decisionNote) {
        decide(approver, now, decisionNote, LeaveStatus.REJECTED);
    }

    private void decide(String approver, Instant now, String decisionNote, LeaveStatus outcome) {
        if (status != LeaveStatus.PENDING) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_STATE,
                    "The leave request is " + status + ", not pending.");
        }
        if (approver.equals(requestedBy)) {
            throw new RuleViolationException(PersonnelError.LEAVE_SELF_APPROVAL,
                    "The requester of a leave cannot decide on it.");
        }
        this.status = outcome;
        this.decidedBy = approver;
        this.decidedAt = now;
        this.note = decisionNote;
    }

    /**
     * Cancels a pending or approved request: its days go back to the balance.
     *
     * @param by  who cancels it
     * @param now when
     */
    public void cancel(String by, Instant now) {
        if (!status.isActive()) {
            throw new RuleViolationException(PersonnelError.LEAVE_INVALID_STATE,
                    "The leave request is " + status + " and cannot be cancelled.");
        }
        this.status = LeaveStatus.CANCELLED;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /**
     * The request's id.
     *
     * @return the request's id
     */
    public LeaveRequestId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The employee.
     *
     * @return the employee
     */
    public EmployeeId employeeId() {
        return employeeId;
    }

    /**
     * The leave type.
     *
     * @return the leave type
     */
    public LeaveTypeId leaveTypeId() {
        return leaveTypeId;
    }

    /**
     * The first day.
     *
     * @return the first day
     */
    public LocalDate from() {
        return from;
    }

    /**
     * The last day.
     *
     * @return the last day
     */
    public LocalDate to() {
        return to;
    }

    /**
     * Whether the first day is taken from noon only.
     *
     * @return whether the first day is taken from noon only
     */
    public boolean startsAfternoon() {
        return startsAfternoon;
    }

    /**
     * Whether the last day is taken until noon only.
     *
     * @return whether the last day is taken until noon only
     */
    public boolean endsAtNoon() {
        return endsAtNoon;
    }

    /**
     * The working days the request covers, counted when it was made.
     *
     * @return the days
     */
    public LeaveDays days() {
        return days;
    }

    /**
     * The working days that fall in the first calendar year of the request, counted when it was made.
     *
     * @return the days of the first year
     */
    public LeaveDays firstYearDays() {
        return firstYearDays;
    }

    /**
     * The working days of the request that count against the balance of {@code year}.
     *
     * @param year a calendar year
     * @return its days, zero for a year the request does not touch
     */
    public LeaveDays daysIn(int year) {
        if (year == from.getYear()) {
            return firstYearDays;
        }
        if (year == to.getYear()) {
            return days.minus(firstYearDays);
        }
        return LeaveDays.ZERO;
    }

    /**
     * The calendar years the request draws on: one, or two across a new year.
     *
     * @return the years, in order
     */
    public java.util.List<Integer> years() {
        return from.getYear() == to.getYear() ? java.util.List.of(from.getYear())
                : java.util.List.of(from.getYear(), to.getYear());
    }

    /**
     * The first calendar year of the request.
     *
     * @return the year
     */
    public int year() {
        return from.getYear();
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public LeaveStatus status() {
        return status;
    }

    /**
     * Who requested it.
     *
     * @return who requested it
     */
    public String requestedBy() {
        return requestedBy;
    }

    /**
     * When it was requested.
     *
     * @return when it was requested
     */
    public Instant requestedAt() {
        return requestedAt;
    }

    /**
     * Who approved, rejected or cancelled the request.
     *
     * @return who decided, or empty while pending
     */
    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    /**
     * When it was decided, or empty while pending.
     *
     * @return when it was decided, or empty while pending
     */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /**
     * The decision's note or reason, or empty.
     *
     * @return the decision's note or reason, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * The stored version it was read at, for optimistic locking.
     *
     * @return the stored version it was read at, for optimistic locking
     */
    public long version() {
        return version;
    }
}
