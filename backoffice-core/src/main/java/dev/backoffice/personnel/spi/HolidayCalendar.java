package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which days nobody works: the weekend days and the public holidays of a tenant. Leave counts
 * working days only; payroll deducts unpaid leave per working day. The default,
 * {@link #weekendsOnly()}, knows Saturday and Sunday and no holiday; {@link FixedHolidays} adds a
 * list of dates; a host brings its own (per country, per region) by implementing this interface.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * The tenant's holidays from {@code from} to {@code to}, both inclusive.
     *
     * @param tenant the tenant the call is scoped to
     * @param from   the first day, inclusive
     * @param to     the last day, inclusive
     * @return the holidays between them
     */
    Set<LocalDate> holidays(TenantId tenant, LocalDate from, LocalDate to);

    /**
     * The days of the week nobody works; Saturday and Sunday unless overridden.
     *
     * @param tenant the tenant the call is scoped to
     * @return the weekend days
     */
    default Set<DayOfWeek> weekend(TenantId tenant) {
        return EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    /**
     * Saturday and Sunday off, no holidays: the calendar used when the host gives none.
     *
     * @return the default calendar
     */
    static HolidayCalendar weekendsOnly() {
        return (tenant, from, to) -> Set.of();
    }
}
