package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.common.Actor;

import java.util.List;

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

    /** All fiscal years of the tenant, oldest first. */
    List<FiscalYearSnapshot> fiscalYears(Actor actor);
}
