package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.common.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Fiscal years and their periods. A period is open, closed or locked: closing needs
 * {@code ledger.period.close}, reopening a closed period needs its own
 * {@code ledger.period.reopen}, and locking (final) needs {@code ledger.period.lock}.
 */
public interface FiscalCalendar {

    /**
     * Opens a fiscal year of twelve monthly periods. Refused with {@code ledger.fiscal_year.invalid_start}
     * when it does not start on the first day of a month and {@code ledger.fiscal_year.overlaps}.
     *
     * @param actor   who acts; needs {@code ledger.fiscal_year.open}
     * @param command the name and start date
     * @return the new year, every period open
     */
    FiscalYearSnapshot openFiscalYear(Actor actor, OpenFiscalYear command);

    /**
     * Closes a period: nothing more is posted in it until it is reopened. Refused with
     * {@code ledger.fiscal_year.not_found}, {@code ledger.period.already_closed} and {@code
     * ledger.period.locked}.
     *
     * @param actor        who acts; needs {@code ledger.period.close}
     * @param year         the fiscal year
     * @param periodNumber the period, 1 to 12
     * @return the year
     */
    FiscalYearSnapshot closePeriod(Actor actor, FiscalYearId year, int periodNumber);

    /**
     * Reopens a closed period. Refused with {@code ledger.period.not_closed} and {@code ledger.period.locked}.
     *
     * @param actor        who acts; needs {@code ledger.period.reopen}
     * @param year         the fiscal year
     * @param periodNumber the period, 1 to 12
     * @return the year
     */
    FiscalYearSnapshot reopenPeriod(Actor actor, FiscalYearId year, int periodNumber);

    /**
     * Locks a closed period for good. Refused with {@code ledger.period.not_closed} while it is open.
     *
     * @param actor        who acts; needs {@code ledger.period.lock}
     * @param year         the fiscal year
     * @param periodNumber the period, 1 to 12
     * @return the year
     */
    FiscalYearSnapshot lockPeriod(Actor actor, FiscalYearId year, int periodNumber);

    /**
     * The year; {@code ledger.fiscal_year.not_found} when the tenant has none with that id.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param year  the year's id
     * @return the year and its periods
     */
    FiscalYearSnapshot fiscalYear(Actor actor, FiscalYearId year);

    /**
     * Locks the books through a date (null lifts the lock): nothing dated on or before it can be
     * posted or reversed, whatever the state of its period ({@code ledger.period.before_lock_date}).
     * Needs {@code ledger.lock_date.set}; the tenant needs a fiscal year first.
     *
     * @param actor    who acts
     * @param lockDate the last locked day, or null to lift the lock
     * @return the lock date now in force
     */
    Optional<LocalDate> setLockDate(Actor actor, LocalDate lockDate);

    /**
     * The tenant's lock date, if any.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the lock date, or empty
     */
    Optional<LocalDate> lockDate(Actor actor);

    /**
     * All fiscal years of the tenant, oldest first.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @return the years
     */
    List<FiscalYearSnapshot> fiscalYears(Actor actor);
}
