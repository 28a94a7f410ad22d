package dev.backoffice.personnel.domain;

import java.time.LocalDate;
import java.util.Collection;

/**
 * An employee's balance of one leave type in one calendar year, computed from the accrual plan,
 * the employment dates and the requests: {@code remaining = entitlement + carriedOver - taken},
 * and {@code available = remaining - pending}. Cancelled and rejected requests count nowhere, so
 * cancelling approved leave gives its days back.
 *
 * @param entitlement the days earned in the year (prorated in the years of joining and leaving)
 * @param carriedOver what came from the previous year (capped; a deficit carries in full)
 * @param taken       days of approved requests in the year (of a request across the new year, its
 *                    days in this year)
 * @param pending     days of pending requests in the year
 */
public record LeaveBalance(int year, LeaveDays entitlement, LeaveDays carriedOver, LeaveDays taken,
                           LeaveDays pending) {

    /**
     * Entitlement plus carried over less taken.
     *
     * @return entitlement plus carried over less taken
     */
    public LeaveDays remaining() {
        return entitlement.plus(carriedOver).minus(taken);
    }

    /**
     * Remaining less pending.
     *
     * @return remaining less pending
     */
    public LeaveDays available() {
        return remaining().minus(pending);
    }

    /**
     * The balance in {@code year} from the hire year on, with what each year carries into the next.
     *
     * @param requests the employee's requests of this leave type, of every year up to {@code year}
     * @param plan    the type's accrual plan
     * @param hired   the hire date
     * @param lastDay the last day employed, or null
     * @param year    the calendar year
     * @return the balance of that year
     */
    public static LeaveBalance compute(AccrualPlan plan, LocalDate hired, LocalDate lastDay, int year,
                                       Collection<LeaveRequest> requests) {
        LeaveDays carried = LeaveDays.ZERO;
        LeaveBalance balance = new LeaveBalance(year, LeaveDays.ZERO, LeaveDays.ZERO, LeaveDays.ZERO, LeaveDays.ZERO);
        for (int y = Math.min(hired.getYear(), year); y <= year; y++) {
            LeaveDays taken = LeaveDays.ZERO;
            LeaveDays pending = LeaveDays.ZERO;
            for (LeaveRequest r : requests) {
                // a request across the new year draws each year's days from that year
                if (r.status() == LeaveStatus.APPROVED) {
                    taken = taken.plus(r.daysIn(y));
                } else if (r.status() == LeaveStatus.PENDING) {
                    pending = pending.plus(r.daysIn(y));
                }
            }
            balance = new LeaveBalance(y, plan.entitlement(y, hired, lastDay), carried, taken, pending);
            carried = plan.carryOver(balance.remaining());
        }
        return balance;
    }
}
