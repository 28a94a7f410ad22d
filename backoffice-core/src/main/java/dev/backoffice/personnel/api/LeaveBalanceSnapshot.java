package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveBalance;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.math.BigDecimal;

/**
 * An employee's balance of a leave type in a calendar year, in days:
 * {@code remaining = entitlement + carriedOver - taken}, {@code available = remaining - pending}.
 * All zero for a type without accrual plan ({@code tracked} false) except taken and pending.
 */
public record LeaveBalanceSnapshot(EmployeeId employee, LeaveTypeId leaveType, int year, boolean tracked,
                                   BigDecimal entitlement, BigDecimal carriedOver, BigDecimal taken,
                                   BigDecimal pending, BigDecimal remaining, BigDecimal available) {

    /**
     * The snapshot of a balance.
     *
     * @param employee the employee
     * @param type     the leave type
     * @param tracked  whether the type has an accrual plan
     * @param b        the balance, in days
     * @return its immutable snapshot
     */
    public static LeaveBalanceSnapshot of(EmployeeId employee, LeaveTypeId type, boolean tracked, LeaveBalance b) {
        return new LeaveBalanceSnapshot(employee, type, b.year(), tracked, b.entitlement().days(),
                b.carriedOver().days(), b.taken().days(), b.pending().days(), b.remaining().days(),
                b.available().days());
    }
}
