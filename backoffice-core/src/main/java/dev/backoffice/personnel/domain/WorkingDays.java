package dev.backoffice.personnel.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** Which days are worked: every day but the weekend days and the holidays given. */
public final class WorkingDays {

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;

    /**
     * A calendar of working days.
     *
     * @param weekend  the days of the week nobody works
     * @param holidays the public holidays
     */
    public WorkingDays(Set<DayOfWeek> weekend, Set<LocalDate> holidays) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        this.holidays = new HashSet<>(holidays);
    }

    /**
     * Saturday and Sunday off, no holidays.
     *
     * @return the calendar
     */
    public static WorkingDays mondayToFriday() {
        return new WorkingDays(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Set.of());
    }

    /**
     * Whether people work on the day.
     *
     * @param day the day
     * @return true unless it is a weekend day or a holiday
     */
    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /**
     * The working days of the range, both ends counted.
     *
     * @param range the days
     * @return the number of working days
     */
    public long count(DateRange range) {
        long count = 0;
        for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
