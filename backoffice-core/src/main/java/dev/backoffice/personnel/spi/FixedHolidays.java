package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** A holiday calendar with the same fixed dates for every tenant, and Saturday and Sunday off. */
public record FixedHolidays(Set<LocalDate> dates) implements HolidayCalendar {

    /**
     * Copies the dates.
     *
     * @param dates the public holidays, the same for every tenant
     */
    public FixedHolidays {
        dates = Set.copyOf(dates);
    }

    /**
     * The calendar, Saturday and Sunday off plus those dates.
     *
     * @param dates the public holidays
     * @return the calendar, Saturday and Sunday off plus those dates
     */
    public static FixedHolidays of(LocalDate... dates) {
        return new FixedHolidays(Set.of(dates));
    }

    @Override
    public Set<LocalDate> holidays(TenantId tenant, LocalDate from, LocalDate to) {
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).collect(Collectors.toUnmodifiableSet());
    }
}
