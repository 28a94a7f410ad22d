package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** A holiday calendar with the same fixed dates for every tenant, and Saturday and Sunday off. */
public record FixedHolidays(Set<LocalDate> dates) implements HolidayCalendar {

    public FixedHolidays {
        dates = Set.copyOf(dates);
    }

    public static FixedHolidays of(LocalDate... dates) {
        return new FixedHolidays(Set.of(dates));
    }

    @Override
    public Set<LocalDate> holidays(TenantId tenant, LocalDate from, LocalDate to) {
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).collect(Collectors.toUnmodifiableSet());
    }
}
