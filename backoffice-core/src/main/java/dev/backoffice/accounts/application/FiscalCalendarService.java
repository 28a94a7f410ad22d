package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.FiscalCalendar;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

final class FiscalCalendarService implements FiscalCalendar {

    private static final String SUBJECT = "FiscalYear";

    private final UseCases useCases;
    private final FiscalYears years;

    FiscalCalendarService(UseCases useCases, FiscalYears years) {
        this.useCases = useCases;
        this.years = years;
    }

    record PeriodRef(@NotNull FiscalYearId year, @Min(1) @Max(12) int period) {
    }

    record YearRef(@NotNull FiscalYearId year) {
    }

    @Override
    public FiscalYearSnapshot openFiscalYear(Actor actor, OpenFiscalYear command) {
        return useCases.create(actor, LedgerPermissions.OPEN_FISCAL_YEAR, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    FiscalYear year = FiscalYear.open(FiscalYearId.of(useCases.newId()), actor.tenant(), command.name(),
                            command.startDate());
                    for (FiscalYear other : years.findAll(actor.tenant())) {
                        if (other.overlaps(year.startDate(), year.endDate())) {
                            throw new RuleViolationException(LedgerError.FISCAL_YEAR_OVERLAPS,
                                    "Fiscal year " + year.name() + " (" + year.startDate() + " to " + year.endDate()
                                            + ") overlaps fiscal year " + other.name() + ".");
                        }
                    }
                    year.applyLockDate(currentLockDate(actor).orElse(null));
                    years.add(year);
                    useCases.audit(actor, LedgerPermissions.OPEN_FISCAL_YEAR, SUBJECT, year.id().value(),
                            "opened " + year.name());
                    return FiscalYearSnapshot.of(year);
                },
                snapshot -> snapshot.id().value(),
                id -> FiscalYearSnapshot.of(load(actor, FiscalYearId.of(id))));
    }

    @Override
    public FiscalYearSnapshot closePeriod(Actor actor, FiscalYearId year, int period) {
        return change(actor, LedgerPermissions.CLOSE_PERIOD, year, period, y -> y.close(period, useCases.now(), useCases::newId));
    }

    @Override
    public FiscalYearSnapshot reopenPeriod(Actor actor, FiscalYearId year, int period) {
        return change(actor, LedgerPermissions.REOPEN_PERIOD, year, period, y -> y.reopen(period, useCases.now(), useCases::newId));
    }

    @Override
    public FiscalYearSnapshot lockPeriod(Actor actor, FiscalYearId year, int period) {
        return change(actor, LedgerPermissions.LOCK_PERIOD, year, period, y -> y.lock(period, useCases.now(), useCases::newId));
    }

    private FiscalYearSnapshot change(Actor actor, String permission, FiscalYearId yearId, int period,
                                      Consumer<FiscalYear> change) {
        return useCases.command(actor, permission, new PeriodRef(yearId, period), () -> {
            FiscalYear year = load(actor, yearId);
            change.accept(year);
            years.update(year);
            useCases.audit(actor, permission, SUBJECT, yearId.value(), "period " + period + " now "
                    + year.period(period).status().name().toLowerCase(java.util.Locale.ROOT));
            useCases.publish(year.pullEvents());
            return FiscalYearSnapshot.of(year);
        });
    }

    @Override
    public FiscalYearSnapshot fiscalYear(Actor actor, FiscalYearId year) {
        return useCases.query(actor, LedgerPermissions.READ, new YearRef(year),
                () -> FiscalYearSnapshot.of(load(actor, year)));
    }

    @Override
    public List<FiscalYearSnapshot> fiscalYears(Actor actor) {
        return useCases.query(actor, LedgerPermissions.READ,
                () -> years.findAll(actor.tenant()).stream().map(FiscalYearSnapshot::of).toList());
    }

    /** The lock date as an argument (null lifts the lock). */
    record LockDate(LocalDate lockDate) {
    }

    @Override
    public Optional<LocalDate> setLockDate(Actor actor, LocalDate lockDate) {
        return useCases.command(actor, LedgerPermissions.SET_LOCK_DATE, new LockDate(lockDate), () -> {
            List<FiscalYear> all = years.findAll(actor.tenant());
            if (all.isEmpty()) {
                throw new NotFoundException(LedgerError.FISCAL_YEAR_NOT_FOUND,
                        "Open a fiscal year before setting a lock date.");
            }
            for (FiscalYear year : all) {
                if (!year.lockDate().equals(Optional.ofNullable(lockDate))) {
                    year.applyLockDate(lockDate);
                    years.update(year);
                    useCases.audit(actor, LedgerPermissions.SET_LOCK_DATE, SUBJECT, year.id().value(),
                            lockDate == null ? "lock date lifted" : "books locked through " + lockDate);
                }
            }
            return Optional.ofNullable(lockDate);
        });
    }

    @Override
    public Optional<LocalDate> lockDate(Actor actor) {
        return useCases.query(actor, LedgerPermissions.READ, () -> currentLockDate(actor));
    }

    private Optional<LocalDate> currentLockDate(Actor actor) {
        return years.findAll(actor.tenant()).stream().findFirst().flatMap(FiscalYear::lockDate);
    }

    private FiscalYear load(Actor actor, FiscalYearId id) {
        return years.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(LedgerError.FISCAL_YEAR_NOT_FOUND, "Fiscal year " + id + " does not exist."));
    }
}
