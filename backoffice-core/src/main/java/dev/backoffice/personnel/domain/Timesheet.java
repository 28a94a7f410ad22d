package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hours an employee worked in one week (Monday to Sunday), per day: 0 to 24 hours with two
 * decimals at most. Open while being filled in, then submitted, then approved by someone other
 * than its submitter; a rejected timesheet opens again. Payroll pays approved hours only.
 */
public final class Timesheet {

    private static final BigDecimal DAY = BigDecimal.valueOf(24);

    private final TimesheetId id;
    private final TenantId tenant;
    private final EmployeeId employeeId;
    private final LocalDate weekStart;
    private final TreeMap<LocalDate, BigDecimal> hours;
    private TimesheetStatus status;
    private String submittedBy;
    private String approvedBy;
    private Instant approvedAt;
    private final long version;

    private Timesheet(TimesheetId id, TenantId tenant, EmployeeId employeeId, LocalDate weekStart,
                      Map<LocalDate, BigDecimal> hours, TimesheetStatus status, String submittedBy, String approvedBy,
                      Instant approvedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.hours = new TreeMap<>(hours);
        this.status = Objects.requireNonNull(status, "status");
        this.submittedBy = submittedBy;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.version = version;
    }

    /**
     * An open timesheet for the week starting on {@code weekStart}, which must be a Monday.
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param employee  the employee
     * @param weekStart the Monday the week starts on
     * @param hours     hours per day of that week
     * @return the open timesheet
     */
    public static Timesheet open(TimesheetId id, TenantId tenant, EmployeeId employee, LocalDate weekStart,
                                 Map<LocalDate, BigDecimal> hours) {
        if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_HOURS, "A timesheet week starts on a Monday.");
        }
        Timesheet sheet = new Timesheet(id, tenant, employee, weekStart, Map.of(), TimesheetStatus.OPEN, null, null,
                null, 0);
        sheet.record(hours);
        return sheet;
    }

    /**
     * Rebuilds a stored timesheet (for adapters).
     *
     * @param id          its id
     * @param tenant      the tenant it belongs to
     * @param employeeId  the employee
     * @param weekStart   the Monday the week starts on
     * @param hours       hours per day
     * @param status      where it stands
     * @param submittedBy who submitted it, or null
     * @param approvedBy  who approved it, or null
     * @param approvedAt  when, or null
     * @param version     the stored version it was read at
     * @return the timesheet as stored
     */
    public static Timesheet restore(TimesheetId id, TenantId tenant, EmployeeId employeeId, LocalDate weekStart,
                                    Map<LocalDate, BigDecimal> hours, TimesheetStatus status, String submittedBy,
                                    String approvedBy, Instant approvedAt, long version) {
        return new Timesheet(id, tenant, employeeId, weekStart, hours, status, submittedBy, approvedBy, approvedAt,
                version);
    }

    /**
     * Replaces the hours of the days given (zero removes a day); only while open.
     *
     * @param dayHours hours per day, 0 to 24
     */
    public void record(Map<LocalDate, BigDecimal> dayHours) {
        if (status != TimesheetStatus.OPEN) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_STATE, "The timesheet is " + status + ", not open.");
        }
        for (Map.Entry<LocalDate, BigDecimal> e : dayHours.entrySet()) {
            LocalDate day = e.getKey();
            BigDecimal h = e.getValue();
            if (day.isBefore(weekStart) || day.isAfter(weekStart.plusDays(6))) {
                throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_HOURS,
                        day + " is not in the week of " + weekStart + ".");
            }
            if (h == null || h.signum() < 0 || h.compareTo(DAY) > 0 || h.stripTrailingZeros().scale() > 2) {
                throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_HOURS,
                        "Hours on " + day + " must be between 0 and 24, with two decimals at most.");
            }
        }
        dayHours.forEach((day, h) -> {
            if (h.signum() == 0) {
                hours.remove(day);
            } else {
                hours.put(day, h);
            }
        });
    }

    /**
     * Submits an open timesheet for approval ({@code personnel.timesheet.invalid_state} unless open).
     *
     * @param by who submits it
     */
    public void submit(String by) {
        if (status != TimesheetStatus.OPEN) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_STATE, "The timesheet is " + status + ", not open.");
        }
        status = TimesheetStatus.SUBMITTED;
        submittedBy = by;
    }

    /**
     * Approves a submitted timesheet; {@code personnel.timesheet.self_approval} for its submitter.
     *
     * @param by  who approves it
     * @param now when
     */
    public void approve(String by, Instant now) {
        requireSubmittedAndNotBy(by);
        status = TimesheetStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    /**
     * Sends a submitted timesheet back to be corrected.
     *
     * @param by who rejects it
     */
    public void reject(String by) {
        requireSubmittedAndNotBy(by);
        status = TimesheetStatus.OPEN;
        submittedBy = null;
    }

    private void requireSubmittedAndNotBy(String by) {
        if (status != TimesheetStatus.SUBMITTED) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_INVALID_STATE,
                    "The timesheet is " + status + ", not submitted.");
        }
        if (by.equals(submittedBy)) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_SELF_APPROVAL,
                    "The submitter of a timesheet cannot decide on it.");
        }
    }

    /**
     * The hours worked on the days of the range.
     *
     * @param range the days
     * @return the hours, in hours and hundredths
     */
    public BigDecimal hoursDuring(DateRange range) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> e : hours.entrySet()) {
            if (range.contains(e.getKey())) {
                total = total.add(e.getValue());
            }
        }
        return total;
    }

    /**
     * The timesheet's id.
     *
     * @return the timesheet's id
     */
    public TimesheetId id() {
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
     * The Monday the week starts on.
     *
     * @return the Monday the week starts on
     */
    public LocalDate weekStart() {
        return weekStart;
    }

    /**
     * The hours per day, days without hours left out.
     *
     * @return the hours
     */
    public Map<LocalDate, BigDecimal> hours() {
        return Collections.unmodifiableMap(hours);
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public TimesheetStatus status() {
        return status;
    }

    /**
     * Who submitted it, or empty.
     *
     * @return who submitted it, or empty
     */
    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    /**
     * Who approved it, or empty.
     *
     * @return who approved it, or empty
     */
    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /**
     * When it was approved, or empty.
     *
     * @return when it was approved, or empty
     */
    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
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
