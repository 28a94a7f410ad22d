package dev.backoffice.examples;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of a story told in a few seconds: it stands on a business day the story sets (from
 * 09:00 UTC) and runs from there in real time, so everything the back office stamps with "now"
 * (issue dates, approvals, stock moves, shipment history) falls on the day the story tells.
 * A host gives the back office its clock the same way ({@code BackOffice.builder(..).clock(..)}).
 */
final class ScenarioClock extends Clock {

    private static final LocalTime START_OF_BUSINESS = LocalTime.of(9, 0);

    /** When the current day started, on the story's time line and on the machine's. */
    private record Start(Instant day, long nanos) {
    }

    private volatile Start start;

    ScenarioClock(LocalDate day) {
        on(day);
    }

    /** Moves the story to a day (the day it is on already changes nothing); days only go forward, like time. */
    synchronized void on(LocalDate day) {
        Instant dayStart = day.atTime(START_OF_BUSINESS).toInstant(ZoneOffset.UTC);
        if (start != null && !dayStart.isAfter(start.day())) {
            if (dayStart.isBefore(start.day())) {
                throw new IllegalArgumentException("The story cannot go back from " + today() + " to " + day);
            }
            return;
        }
        start = new Start(dayStart, System.nanoTime());
    }

    /** The day the story is on. */
    LocalDate today() {
        return LocalDate.ofInstant(start.day(), ZoneOffset.UTC);
    }

    @Override
    public Instant instant() {
        Start current = start;
        return current.day().plusNanos(System.nanoTime() - current.nanos());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the story's clock is in UTC");
    }
}
