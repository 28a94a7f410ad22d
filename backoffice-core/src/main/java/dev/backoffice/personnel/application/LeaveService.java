package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.Leave;
import dev.backoffice.personnel.api.LeaveBalanceSnapshot;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.domain.AccrualPlan;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveApproved;
import dev.backoffice.personnel.domain.LeaveBalance;
import dev.backoffice.personnel.domain.LeaveCancelled;
import dev.backoffice.personnel.domain.LeaveDays;
import dev.backoffice.personnel.domain.LeaveRejected;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveRequested;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeDefined;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.WorkingDays;
import dev.backoffice.personnel.spi.HolidayCalendar;
import dev.backoffice.personnel.spi.LeaveRequests;
import dev.backoffice.personnel.spi.LeaveTypes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class LeaveService implements Leave {

    private static final String REQUEST = "LeaveRequest";
    private static final String TYPE = "LeaveType";

    private final UseCases useCases;
    private final Records records;
    private final LeaveTypes types;
    private final LeaveRequests requests;
    private final HolidayCalendar holidays;

    LeaveService(UseCases useCases, Records records, LeaveTypes types, LeaveRequests requests,
                 HolidayCalendar holidays) {
        this.useCases = useCases;
        this.records = records;
        this.types = types;
        this.requests = requests;
        this.holidays = holidays;
    }

    record RequestRef(@NotNull LeaveRequestId request) {
    }

    record Decision(@NotNull LeaveRequestId request, @Size(max = 500) String note) {
    }

    record BalanceQuery(@NotNull EmployeeId employee, @NotNull LeaveTypeId leaveType,
                        @Min(1900) @Max(9999) int year) {
    }

    record YearQuery(@NotNull EmployeeId employee, @Min(1900) @Max(9999) int year) {
    }

    @Override
    public LeaveTypeSnapshot defineLeaveType(Actor actor, DefineLeaveType command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_LEAVE_TYPES, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    String code = command.code().strip();
                    if (types.findByCode(actor.tenant(), code).isPresent()) {
                        throw new RuleViolationException(PersonnelError.LEAVE_TYPE_CODE_TAKEN,
                                "The leave type code " + code + " is already used.");
                    }
                    AccrualPlan plan = command.daysPerYear() == null ? null : new AccrualPlan(
                            LeaveDays.of(command.daysPerYear()),
                            command.carryOverCap() == null ? LeaveDays.ZERO : LeaveDays.of(command.carryOverCap()));
                    LeaveType type = LeaveType.define(LeaveTypeId.of(useCases.newId()), actor.tenant(), code,
                            command.name(), command.category(), command.paid(), plan, command.negativeBalanceAllowed(),
                            useCases.now());
                    types.add(type);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_LEAVE_TYPES, TYPE, type.id().value(),
                            "defined " + code);
                    useCases.publish(List.of(new LeaveTypeDefined(useCases.newId(), actor.tenant(), useCases.now(),
                            type.id(), code, type.category())));
                    return LeaveTypeSnapshot.of(type);
                },
                snapshot -> snapshot.id().value(),
                id -> LeaveTypeSnapshot.of(type(actor.tenant(), LeaveTypeId.of(id))));
    }

    @Override
    public List<LeaveTypeSnapshot> leaveTypes(Actor actor) {
        return useCases.query(actor, PersonnelPermissions.READ_LEAVE,
                () -> types.findAll(actor.tenant()).stream().map(LeaveTypeSnapshot::of).toList());
    }

    @Override
    public LeaveRequestSnapshot requestLeave(Actor actor, RequestLeave command) {
        return useCases.create(actor, PersonnelPermissions.REQUEST_LEAVE, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Employee employee = records.employee(actor, command.employee());
                    LeaveType type = type(actor.tenant(), command.leaveType());
                    requests.lockEmployee(actor.tenant(), employee.id());
                    LeaveRequest request = LeaveRequest.request(LeaveRequestId.of(useCases.newId()), actor.tenant(),
                            employee.id(), type.id(), command.from(), command.to(), command.startsAfternoon(),
                            command.endsAtNoon(), workingDays(actor.tenant(), command.from(), command.to()),
                            actor.id(), useCases.now());
                    if (!employee.isEmployedOn(command.from()) || !employee.isEmployedOn(command.to())) {
                        throw new RuleViolationException(PersonnelError.EMPLOYEE_NOT_EMPLOYED,
                                "Employee " + employee.number() + " is not employed on every day of the leave.");
                    }
                    for (LeaveRequest other : requests.findByEmployee(actor.tenant(), employee.id(), command.from(),
                            command.to())) {
                        if (other.status().isActive() && other.overlaps(request)) {
                            throw new RuleViolationException(PersonnelError.LEAVE_OVERLAPS,
                                    "The leave overlaps another request from " + other.from() + " to " + other.to() + ".");
                        }
                    }
                    requests.add(request);
                    requireBalance(actor.tenant(), employee, type, request);
                    useCases.audit(actor, PersonnelPermissions.REQUEST_LEAVE, REQUEST, request.id().value(),
                            "requested " + request.days());
                    useCases.publish(List.of(new LeaveRequested(useCases.newId(), actor.tenant(), useCases.now(),
                            request.id(), employee.id(), type.id(), request.from(), request.to(), request.days())));
                    return LeaveRequestSnapshot.of(request);
                },
                snapshot -> snapshot.id().value(),
                id -> LeaveRequestSnapshot.of(request(actor.tenant(), LeaveRequestId.of(id))));
    }

    @Override
    public LeaveRequestSnapshot approve(Actor actor, LeaveRequestId requestId, String note) {
        Decision decision = new Decision(requestId, note);
        return useCases.command(actor, PersonnelPermissions.DECIDE_LEAVE, decision, () -> {
            LeaveRequest request = request(actor.tenant(), requestId);
            Employee employee = records.employee(actor, request.employeeId());
            requests.lockEmployee(actor.tenant(), employee.id());
            requireDecider(actor, request, employee, decision);
            request.approve(actor.id(), useCases.now(), note);
            requests.update(request);
            requireBalance(actor.tenant(), employee, type(actor.tenant(), request.leaveTypeId()), request);
            useCases.audit(actor, PersonnelPermissions.DECIDE_LEAVE, REQUEST, requestId.value(), "approved");
            useCases.publish(List.of(new LeaveApproved(useCases.newId(), actor.tenant(), useCases.now(), requestId,
                    employee.id(), actor.id())));
            return LeaveRequestSnapshot.of(request);
        });
    }

    @Override
    public LeaveRequestSnapshot reject(Actor actor, LeaveRequestId requestId, String reason) {
        Decision decision = new Decision(requestId, reason);
        return useCases.command(actor, PersonnelPermissions.DECIDE_LEAVE, decision, () -> {
            LeaveRequest request = request(actor.tenant(), requestId);
            Employee employee = records.employee(actor, request.employeeId());
            requireDecider(actor, request, employee, decision);
            request.reject(actor.id(), useCases.now(), reason);
            requests.update(request);
            useCases.audit(actor, PersonnelPermissions.DECIDE_LEAVE, REQUEST, requestId.value(), "rejected");
            useCases.publish(List.of(new LeaveRejected(useCases.newId(), actor.tenant(), useCases.now(), requestId,
                    employee.id(), actor.id())));
            return LeaveRequestSnapshot.of(request);
        });
    }

    @Override
    public LeaveRequestSnapshot cancel(Actor actor, LeaveRequestId requestId) {
        return useCases.command(actor, PersonnelPermissions.REQUEST_LEAVE, new RequestRef(requestId), () -> {
            LeaveRequest request = request(actor.tenant(), requestId);
            LeaveStatus before = request.status();
            request.cancel(actor.id(), useCases.now());
            requests.update(request);
            useCases.audit(actor, PersonnelPermissions.REQUEST_LEAVE, REQUEST, requestId.value(), "cancelled");
            useCases.publish(List.of(new LeaveCancelled(useCases.newId(), actor.tenant(), useCases.now(), requestId,
                    request.employeeId(), before)));
            return LeaveRequestSnapshot.of(request);
        });
    }

    @Override
    public LeaveRequestSnapshot leaveRequest(Actor actor, LeaveRequestId requestId) {
        return useCases.query(actor, PersonnelPermissions.READ_LEAVE, new RequestRef(requestId),
                () -> LeaveRequestSnapshot.of(request(actor.tenant(), requestId)));
    }

    @Override
    public List<LeaveRequestSnapshot> leaveRequests(Actor actor, EmployeeId employee, int year) {
        return useCases.query(actor, PersonnelPermissions.READ_LEAVE, new YearQuery(employee, year), () -> {
            records.employee(actor, employee);
            return requests.findByEmployee(actor.tenant(), employee, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31)).stream().map(LeaveRequestSnapshot::of).toList();
        });
    }

    @Override
    public LeaveBalanceSnapshot balance(Actor actor, EmployeeId employeeId, LeaveTypeId leaveType, int year) {
        return useCases.query(actor, PersonnelPermissions.READ_LEAVE, new BalanceQuery(employeeId, leaveType, year),
                () -> {
                    Employee employee = records.employee(actor, employeeId);
                    LeaveType type = type(actor.tenant(), leaveType);
                    return LeaveBalanceSnapshot.of(employeeId, leaveType, type.accrualPlan().isPresent(),
                            balanceOf(actor.tenant(), employee, type, year));
                });
    }

    /** The balance; for a type without plan, only the days taken and pending in the year. */
    private LeaveBalance balanceOf(TenantId tenant, Employee employee, LeaveType type, int year) {
        Optional<AccrualPlan> plan = type.accrualPlan();
        LocalDate from = plan.isPresent() ? LocalDate.of(Math.min(employee.hireDate().getYear(), year), 1, 1)
                : LocalDate.of(year, 1, 1);
        List<LeaveRequest> ofType = requests.findByEmployee(tenant, employee.id(), from, LocalDate.of(year, 12, 31))
                .stream().filter(r -> r.leaveTypeId().equals(type.id())).toList();
        if (plan.isPresent()) {
            return LeaveBalance.compute(plan.get(), employee.hireDate(), employee.terminationDate().orElse(null), year,
                    ofType);
        }
        return LeaveBalance.compute(new AccrualPlan(LeaveDays.ZERO, LeaveDays.ZERO), LocalDate.of(year, 1, 1), null,
                year, ofType);
    }

    /**
     * With the request already stored, the balance of every year it draws on must stay available
     * (unless the type allows less): across the new year, each year's days from that year's balance.
     */
    private void requireBalance(TenantId tenant, Employee employee, LeaveType type, LeaveRequest request) {
        if (type.accrualPlan().isEmpty() || type.isNegativeBalanceAllowed()) {
            return;
        }
        for (int year : request.years()) {
            LeaveBalance balance = balanceOf(tenant, employee, type, year);
            if (balance.available().isNegative()) {
                throw new RuleViolationException(PersonnelError.LEAVE_INSUFFICIENT_BALANCE,
                        "The " + type.name() + " balance of employee " + employee.number() + " in " + year
                                + " does not cover the request (" + LeaveDays.ZERO.minus(balance.available())
                                + " short).");
            }
        }
    }

    private void requireDecider(Actor actor, LeaveRequest request, Employee employee, Decision decision) {
        if (actor.id().equals(request.requestedBy()) || employee.actorId().filter(actor.id()::equals).isPresent()) {
            throw new RuleViolationException(PersonnelError.LEAVE_SELF_APPROVAL,
                    "Nobody decides on a leave they requested or that is their own.");
        }
        Optional<Employee> decider = records.employees().findByActor(actor.tenant(), actor.id());
        boolean manages = decider.isPresent() && records.chart(actor).isAbove(decider.get().id(), employee.id());
        if (!manages && !mayDecideAnyLeave(actor)) {
            throw new RuleViolationException(PersonnelError.LEAVE_NOT_APPROVER,
                    "Only a manager of employee " + employee.number() + " or an HR approver decides on this leave.");
        }
    }

    private boolean mayDecideAnyLeave(Actor actor) {
        return useCases.permits(actor, PersonnelPermissions.APPROVE_ANY_LEAVE);
    }

    WorkingDays workingDays(TenantId tenant, LocalDate from, LocalDate to) {
        return new WorkingDays(holidays.weekend(tenant), holidays.holidays(tenant, from, to));
    }

    private LeaveType type(TenantId tenant, LeaveTypeId id) {
        return types.find(tenant, id).orElseThrow(() ->
                new NotFoundException(PersonnelError.LEAVE_TYPE_NOT_FOUND, "Leave type " + id + " does not exist."));
    }

    private LeaveRequest request(TenantId tenant, LeaveRequestId id) {
        return requests.find(tenant, id).orElseThrow(() ->
                new NotFoundException(PersonnelError.LEAVE_NOT_FOUND, "Leave request " + id + " does not exist."));
    }
}
