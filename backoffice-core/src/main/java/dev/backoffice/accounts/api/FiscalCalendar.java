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

    FiscalYearSnapshot openFiscalYear(Actor actor, OpenFiscalYear command);

    FiscalYearSnapshot closePeriod(Actor actor, FiscalYearId year, int periodNumber);

    FiscalYearSnapshot reopenPeriod(Actor actor, FiscalYearId year, int periodNumber);

    FiscalYearSnapshot lockPeriod(Actor actor, FiscalYearId year, int periodNumber);

    FiscalYearSnapshot fiscalYear(Actor actor, FiscalYearId year);

    /**
     * Locks the books through a date (null lifts the lock): nothing dated on or before it can be
     * posted or reversed, whatever the state of its period ({@code ledger.period.before_lock_date}).
     * Needs {@code ledger.lock_date.set}; the tenant needs a fiscal year first.
     */
    Optional<LocalDate> setLockDate(Actor actor, LocalDate lockDate);

    /** The tenant's lock date, if any. */
    Optional<LocalDate> lockDate(Actor actor);

    /** All fiscal years of the tenant, oldest first. */
    List<FiscalYearSnapshot> fiscalYears(Actor actor);
}
