package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A fiscal year of twelve monthly periods. A period is open, closed (reopening needs its own
 * permission) or locked (final). Postings and reversals go only into open periods.
 */
public final class FiscalYear {

    private final FiscalYearId id;
    private final TenantId tenant;
    private final String name;
    /** Immutable, replaced on change: stored and loaded copies of a year share it instead of copying it. */
    private List<FiscalPeriod> periods;
    private LocalDate lockDate;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private FiscalYear(FiscalYearId id, TenantId tenant, String name, List<FiscalPeriod> periods, LocalDate lockDate,
                       long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.name = Objects.requireNonNull(name, "name");
        if (periods == null || periods.isEmpty()) {
            throw new IllegalArgumentException("a fiscal year needs periods");
        }
        this.periods = List.copyOf(periods);
        this.lockDate = lockDate;
        this.version = version;
    }

    /**
     * A new fiscal year from {@code startDate} (the first of a month): twelve monthly periods, all open.
     *
     * @param id        the new year's id
     * @param tenant    the tenant
     * @param name      the name, for example {@code 2026}
     * @param startDate the first day of a month; refused with {@code ledger.fiscal_year.invalid_start}
     *     otherwise
     * @return the new year
     */
    public static FiscalYear open(FiscalYearId id, TenantId tenant, String name, LocalDate startDate) {
        if (startDate.getDayOfMonth() != 1) {
            throw new RuleViolationException(LedgerError.FISCAL_YEAR_INVALID_START,
                    "A fiscal year starts on the first day of a month, not on " + startDate + ".");
        }
        List<FiscalPeriod> periods = new ArrayList<>(12);
        for (int i = 0; i < 12; i++) {
            LocalDate start = startDate.plusMonths(i);
            LocalDate end = startDate.plusMonths(i + 1L).minusDays(1);
            periods.add(new FiscalPeriod(i + 1, start, end, PeriodStatus.OPEN));
        }
        return new FiscalYear(id, tenant, name.strip(), periods, null, 0);
    }

    /**
     * Rebuilds a stored fiscal year (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param name the name, as stored
     * @param periods the periods, as stored
     * @param lockDate the lock date, as stored
     * @param version the stored version, for optimistic locking
     * @return the fiscal year, with no events recorded
     */
    public static FiscalYear restore(FiscalYearId id, TenantId tenant, String name, List<FiscalPeriod> periods,
                                     LocalDate lockDate, long version) {
        return new FiscalYear(id, tenant, name, periods, lockDate, version);
    }

    /**
     * Takes the tenant's lock date (null to lift it): nothing dated on or before it can be posted or
     * reversed, whatever the state of its period. Every fiscal year of a tenant carries the same
     * lock date, so the check costs nothing beyond the fiscal year a posting reads anyway.
     *
     * @param newLockDate the lock date, or null
     */
    public void applyLockDate(LocalDate newLockDate) {
        this.lockDate = newLockDate;
    }

    /**
     * The tenant's lock date as this year knows it.
     *
     * @return the lock date, or empty
     */
    public java.util.Optional<LocalDate> lockDate() {
        return java.util.Optional.ofNullable(lockDate);
    }

    /**
     * A period of the year; {@code ledger.period.not_found} for a number outside 1 to 12.
     *
     * @param number the period number, from 1
     * @return the period
     */
    public FiscalPeriod period(int number) {
        if (number < 1 || number > periods.size()) {
            throw new RuleViolationException(LedgerError.PERIOD_NOT_FOUND,
                    "Fiscal year " + name + " has no period " + number + ".");
        }
        return periods.get(number - 1);
    }

    /**
     * Whether the date lies in the year.
     *
     * @param date the date
     * @return true from the first day of the first period to the last day of the last
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate()) && !date.isAfter(endDate());
    }

    /**
     * Whether the year overlaps a date range.
     *
     * @param start the first day of the range
     * @param end   the last day of the range
     * @return true when they share at least one day
     */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !end.isBefore(startDate()) && !start.isAfter(endDate());
    }

    /**
     * The period containing the date.
     *
     * @param date a date in the year; {@code ledger.period.not_found} otherwise
     * @return the period
     */
    public FiscalPeriod periodOf(LocalDate date) {
        // the periods follow each other by number: a binary search (every posting asks), then a scan
        // in case stored periods came in another order
        int low = 0;
        int high = periods.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            FiscalPeriod period = periods.get(middle);
            if (date.isBefore(period.startDate())) {
                high = middle - 1;
            } else if (date.isAfter(period.endDate())) {
                low = middle + 1;
            } else {
                return period;
            }
        }
        for (int i = 0, count = periods.size(); i < count; i++) {
            if (periods.get(i).contains(date)) {
                return periods.get(i);
            }
        }
        throw new RuleViolationException(LedgerError.PERIOD_NOT_FOUND,
                "No fiscal period of " + name + " contains " + date + ".");
    }

    /**
     * Throws unless the date lies in an open period of this year, after the lock date.
     *
     * @param date the accounting date; refused with {@code ledger.period.before_lock_date}, {@code
     *     ledger.period.closed} or {@code ledger.period.locked}
     */
    public void requireOpen(LocalDate date) {
        if (lockDate != null && !date.isAfter(lockDate)) {
            throw new RuleViolationException(LedgerError.BEFORE_LOCK_DATE,
                    "Nothing can be posted on " + date + ": the books are locked through " + lockDate + ".");
        }
        FiscalPeriod period = periodOf(date);
        if (period.status() == PeriodStatus.CLOSED) {
            throw new RuleViolationException(LedgerError.PERIOD_CLOSED,
                    "The fiscal period " + name + "/" + period.number() + " containing " + date + " is closed.");
        }
        if (period.status() == PeriodStatus.LOCKED) {
            throw new RuleViolationException(LedgerError.PERIOD_LOCKED,
                    "The fiscal period " + name + "/" + period.number() + " containing " + date + " is locked.");
        }
    }

    /**
     * Closes an open period. Refused with {@code ledger.period.already_closed} or {@code ledger.period.locked}.
     *
     * @param number   the period number
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void close(int number, Instant now, Supplier<UUID> eventIds) {
        FiscalPeriod period = period(number);
        if (period.status() != PeriodStatus.OPEN) {
            throw new RuleViolationException(
                    period.status() == PeriodStatus.LOCKED ? LedgerError.PERIOD_LOCKED : LedgerError.PERIOD_ALREADY_CLOSED,
                    "Period " + name + "/" + number + " is already " + period.status().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        change(period, PeriodStatus.CLOSED, now, eventIds);
    }

    /**
     * Reopens a closed period. Refused with {@code ledger.period.locked} or {@code ledger.period.not_closed}.
     *
     * @param number   the period number
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void reopen(int number, Instant now, Supplier<UUID> eventIds) {
        FiscalPeriod period = period(number);
        if (period.status() == PeriodStatus.LOCKED) {
            throw new RuleViolationException(LedgerError.PERIOD_LOCKED,
                    "Period " + name + "/" + number + " is locked and can never be reopened.");
        }
        if (period.status() == PeriodStatus.OPEN) {
            throw new RuleViolationException(LedgerError.PERIOD_NOT_CLOSED, "Period " + name + "/" + number + " is open.");
        }
        change(period, PeriodStatus.OPEN, now, eventIds);
    }

    /**
     * Locks a closed period for good.
     * Refused with {@code ledger.period.not_closed} while it is open.
     *
     * @param number   the period number
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void lock(int number, Instant now, Supplier<UUID> eventIds) {
        FiscalPeriod period = period(number);
        if (period.status() == PeriodStatus.LOCKED) {
            throw new RuleViolationException(LedgerError.PERIOD_LOCKED, "Period " + name + "/" + number + " is already locked.");
        }
        if (period.status() == PeriodStatus.OPEN) {
            throw new RuleViolationException(LedgerError.PERIOD_NOT_CLOSED,
                    "Period " + name + "/" + number + " must be closed before it is locked.");
        }
        change(period, PeriodStatus.LOCKED, now, eventIds);
    }

    private void change(FiscalPeriod period, PeriodStatus status, Instant now, Supplier<UUID> eventIds) {
        List<FiscalPeriod> changed = new ArrayList<>(periods);
        changed.set(period.number() - 1, period.withStatus(status));
        periods = List.copyOf(changed);
        events.record(new FiscalPeriodChanged(eventIds.get(), tenant, now, id, period.number(), status));
    }

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the fiscal year} */
    public FiscalYearId id() {
        return id;
    }

    /** {@return the tenant the fiscal year belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the name of the fiscal year} */
    public String name() {
        return name;
    }

    /** {@return the start date of the fiscal year} */
    public LocalDate startDate() {
        return periods.get(0).startDate();
    }

    /** {@return the end date of the fiscal year} */
    public LocalDate endDate() {
        return periods.get(periods.size() - 1).endDate();
    }

    /** {@return the periods of the fiscal year} */
    public List<FiscalPeriod> periods() {
        return List.copyOf(periods);
    }

    /** {@return the stored version of the fiscal year, for optimistic locking} */
    public long version() {
        return version;
    }
}
