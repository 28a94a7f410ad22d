package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.util.List;

/**
 * Leave of the actor's tenant: leave types with accrual plans, requests counted in working days
 * (weekends and the {@code HolidayCalendar}'s holidays left out), approval by the employee's
 * manager or an HR approver but never the requester, and balances per employee, type and year.
 */
public interface Leave {

    /**
     * Defines a leave type; {@code personnel.leave_type.code_taken} when the code is used.
     *
     * @param actor   who acts; needs {@code personnel.leave_type.manage}
     * @param command the code, name, category, pay and accrual plan
     * @return the new leave type
     */
    LeaveTypeSnapshot defineLeaveType(Actor actor, DefineLeaveType command);

    /**
     * Every leave type of the tenant, ordered by code.
     *
     * @param actor who acts; needs {@code personnel.leave.read}
     * @return the leave types
     */
    List<LeaveTypeSnapshot> leaveTypes(Actor actor);

    /**
     * Requests leave; it is pending until decided. Refused with
     * {@code personnel.leave.invalid_period} (dates out of order, across a new year, no working
     * day), {@code personnel.employee.not_employed} for days outside the employment,
     * {@code personnel.leave.overlaps} when it claims a half day another pending or approved
     * request of the employee claims, and {@code personnel.leave.insufficient_balance} beyond the
     * available balance of a type that does not allow a negative one.
     *
     * @param actor   who acts; needs {@code personnel.leave.request}
     * @param command the employee, type and days
     * @return the pending request
     */
    LeaveRequestSnapshot requestLeave(Actor actor, RequestLeave command);

    /**
     * Approves a pending request. Refused with {@code personnel.leave.self_approval} for its
     * requester or the employee, {@code personnel.leave.not_approver} unless the actor manages the
     * employee or holds {@code personnel.leave.approve_any}, {@code personnel.leave.invalid_state}
     * unless pending, and {@code personnel.leave.insufficient_balance} when the balance no longer
     * covers it.
     *
     * @param actor   who acts; needs {@code personnel.leave.decide}
     * @param request the pending request
     * @param note    an optional note kept with the decision
     * @return the approved request
     */
    LeaveRequestSnapshot approve(Actor actor, LeaveRequestId request, String note);

    /**
     * Rejects a pending request, with the same rules on who decides as {@link #approve}.
     *
     * @param actor   who acts; needs {@code personnel.leave.decide}
     * @param request the pending request
     * @param reason  why it is rejected, kept with the decision
     * @return the rejected request
     */
    LeaveRequestSnapshot reject(Actor actor, LeaveRequestId request, String reason);

    /**
     * Cancels a pending or approved request; an approved one gives its days back.
     *
     * @param actor   who acts; needs {@code personnel.leave.request}
     * @param request the request to cancel
     * @return the cancelled request
     */
    LeaveRequestSnapshot cancel(Actor actor, LeaveRequestId request);

    /**
     * The request; {@code personnel.leave.not_found} when the tenant has none with that id.
     *
     * @param actor   who acts; needs {@code personnel.leave.read}
     * @param request the request's id
     * @return the request
     */
    LeaveRequestSnapshot leaveRequest(Actor actor, LeaveRequestId request);

    /**
     * The employee's requests with a day in the calendar year, whatever their status, by first day.
     *
     * @param actor    who acts; needs {@code personnel.leave.read}
     * @param employee the employee
     * @param year     the calendar year
     * @return the requests
     */
    List<LeaveRequestSnapshot> leaveRequests(Actor actor, EmployeeId employee, int year);

    /**
     * The employee's balance of the leave type in the calendar year.
     *
     * @param actor     who acts; needs {@code personnel.leave.read}
     * @param employee  the employee
     * @param leaveType the leave type
     * @param year      the calendar year
     * @return the entitlement, carry-over, taken, pending, remaining and available days
     */
    LeaveBalanceSnapshot balance(Actor actor, EmployeeId employee, LeaveTypeId leaveType, int year);
}
