package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

/**
 * Computes an employee's pay before deductions for one calendar month, from the contract versions
 * in force and the days employed.
 *
 * <ul>
 *   <li><b>Monthly salary, prorated by calendar days.</b> Each contract version pays its salary
 *       times the calendar days it is in force within the employment in the month, divided by the
 *       days of the month. A joiner on 15 June (30 days) with 3,000.00 is paid 3,000.00 x 16 / 30 =
 *       1,600.00; a raise from 3,000.00 to 3,300.00 on 10 April is paid 3,000.00 x 9 / 30 +
 *       3,300.00 x 21 / 30 = 900.00 + 2,310.00. Each share is the first part of
 *       {@link Money#allocate(long...)} of the salary by (days in force, other days), so it is
 *       exact to the minor unit and a full month pays exactly the salary.</li>
 *   <li><b>Hourly rate.</b> The rate times the approved timesheet hours of the days the version is
 *       in force, rounded half even to the minor unit.</li>
 *   <li><b>Unpaid leave</b> (monthly salaries): the salary of the version in force divided by the
 *       working days of the month, per unpaid working day (half days count half), again as the
 *       first part of an allocation. Hourly pay has nothing to deduct: no hours, no pay.</li>
 * </ul>
 */
public final class GrossPay {

    private GrossPay() {
    }

    /** The base pay, the unpaid-leave deduction, the hours paid and the cost centre of the last version. */
    public record Result(Money basePay, Money unpaidLeave, BigDecimal hoursPaid, String costCentre) {
    }

    /**
     * @param employed          the days of the month the employee is employed
     * @param approvedHours     approved timesheet hours on the days of a range
     * @param unpaidLeave       approved unpaid leave, in working days, on the days of a range
     * @param workingDaysInMonth the working days of the whole month
     * @param contract the employee's contract
     * @param month    the pay month
     * @return the base pay, unpaid-leave deduction, hours paid and cost centre
     */
    public static Result of(EmploymentContract contract, YearMonth month, DateRange employed,
                            Function<DateRange, BigDecimal> approvedHours, Function<DateRange, LeaveDays> unpaidLeave,
                            long workingDaysInMonth) {
        long monthDays = month.lengthOfMonth();
        Money zero = Money.zero(contract.latest().terms().pay().amount().currency());
        Money base = zero;
        Money deduction = zero;
        BigDecimal hours = BigDecimal.ZERO;
        String costCentre = contract.latest().terms().costCentre();
        List<EmploymentContract.Span> spans = contract.spansDuring(employed);
        for (EmploymentContract.Span span : spans) {
            Pay pay = span.version().terms().pay();
            costCentre = span.version().terms().costCentre();
            if (pay.basis() == PayBasis.MONTHLY_SALARY) {
                long days = span.days().days();
                base = base.plus(share(pay.amount(), days, monthDays));
                LeaveDays unpaid = unpaidLeave.apply(span.days());
                if (!unpaid.isZero() && workingDaysInMonth > 0) {
                    long halves = Math.min(unpaid.halves(), 2 * workingDaysInMonth);
                    deduction = deduction.plus(share(pay.amount(), halves, 2 * workingDaysInMonth));
                }
            } else {
                BigDecimal worked = approvedHours.apply(span.days());
                hours = hours.add(worked);
                base = base.plus(pay.amount().times(worked));
            }
        }
        if (deduction.isGreaterThan(base)) {
            deduction = base;
        }
        return new Result(base, deduction, hours, costCentre);
    }

    /** {@code amount x part / whole}, exact to the minor unit: the first part of allocating by (part, whole - part). */
    static Money share(Money amount, long part, long whole) {
        if (part >= whole) {
            return amount;
        }
        return amount.allocate(part, whole - part).get(0);
    }
}
