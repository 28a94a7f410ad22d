package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.CreatePosition;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.Organisation;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.PositionSnapshot;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentCreated;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.DepartmentManagerAppointed;
import dev.backoffice.personnel.domain.DepartmentMoved;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionCreated;
import dev.backoffice.personnel.domain.PositionId;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class OrganisationService implements Organisation {

    private static final String DEPARTMENT = "Department";
    private static final String POSITION = "Position";

    private final UseCases useCases;
    private final Records records;

    OrganisationService(UseCases useCases, Records records) {
        this.useCases = useCases;
        this.records = records;
    }

    record DepartmentRef(@NotNull DepartmentId department) {
    }

    record Move(@NotNull DepartmentId department, DepartmentId newParent) {
    }

    record Appoint(@NotNull DepartmentId department, EmployeeId manager) {
    }

    record EmployeeRef(@NotNull EmployeeId employee) {
    }

    record Reports(@NotNull EmployeeId manager, @NotNull LocalDate on) {
    }

    @Override
    public DepartmentSnapshot createDepartment(Actor actor, CreateDepartment command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_ORGANISATION, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    String code = command.code().strip();
                    if (records.departments().findByCode(actor.tenant(), code).isPresent()) {
                        throw new RuleViolationException(PersonnelError.DEPARTMENT_CODE_TAKEN,
                                "The department code " + code + " is already used.");
                    }
                    if (command.parent() != null) {
                        records.department(actor, command.parent());
                    }
                    Department department = Department.create(DepartmentId.of(useCases.newId()), actor.tenant(), code,
                            command.name(), command.parent(), useCases.now());
                    records.departments().add(department);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_ORGANISATION, DEPARTMENT,
                            department.id().value(), "created " + code);
                    useCases.publish(List.of(new DepartmentCreated(useCases.newId(), actor.tenant(), useCases.now(),
                            department.id(), code, command.parent())));
                    return DepartmentSnapshot.of(department);
                },
                snapshot -> snapshot.id().value(),
                id -> DepartmentSnapshot.of(records.department(actor, DepartmentId.of(id))));
    }

    @Override
    public DepartmentSnapshot moveDepartment(Actor actor, DepartmentId departmentId, DepartmentId newParent) {
        return useCases.command(actor, PersonnelPermissions.MANAGE_ORGANISATION, new Move(departmentId, newParent),
                () -> {
                    Department department = records.department(actor, departmentId);
                    if (newParent != null) {
                        records.department(actor, newParent);
                        if (records.chart(actor).wouldMakeCycle(departmentId, newParent)) {
                            throw new RuleViolationException(PersonnelError.DEPARTMENT_CYCLE,
                                    "Department " + department.code() + " cannot move under one of its own sub-departments.");
                        }
                    }
                    department.moveUnder(newParent);
                    records.departments().update(department);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_ORGANISATION, DEPARTMENT, departmentId.value(),
                            "moved");
                    useCases.publish(List.of(new DepartmentMoved(useCases.newId(), actor.tenant(), useCases.now(),
                            departmentId, newParent)));
                    return DepartmentSnapshot.of(department);
                });
    }

    @Override
    public DepartmentSnapshot appointManager(Actor actor, DepartmentId departmentId, EmployeeId manager) {
        return useCases.command(actor, PersonnelPermissions.MANAGE_ORGANISATION, new Appoint(departmentId, manager),
                () -> {
                    Department department = records.department(actor, departmentId);
                    if (manager != null) {
                        Employee employee = records.employee(actor, manager);
                        if (employee.status() != EmploymentStatus.ACTIVE) {
                            throw new RuleViolationException(PersonnelError.EMPLOYEE_NOT_EMPLOYED,
                                    "Employee " + employee.number() + " is terminated and cannot manage a department.");
                        }
                    }
                    department.appointManager(manager);
                    records.departments().update(department);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_ORGANISATION, DEPARTMENT, departmentId.value(),
                            manager == null ? "manager removed" : "manager appointed");
                    useCases.publish(List.of(new DepartmentManagerAppointed(useCases.newId(), actor.tenant(),
                            useCases.now(), departmentId, manager)));
                    return DepartmentSnapshot.of(department);
                });
    }

    @Override
    public PositionSnapshot createPosition(Actor actor, CreatePosition command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_ORGANISATION, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    records.department(actor, command.department());
                    Position position = Position.create(PositionId.of(useCases.newId()), actor.tenant(),
                            command.department(), command.title(), useCases.now());
                    records.positions().add(position);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_ORGANISATION, POSITION, position.id().value(),
                            "created");
                    useCases.publish(List.of(new PositionCreated(useCases.newId(), actor.tenant(), useCases.now(),
                            position.id(), command.department())));
                    return PositionSnapshot.of(position);
                },
                snapshot -> snapshot.id().value(),
                id -> PositionSnapshot.of(records.position(actor, PositionId.of(id))));
    }

    @Override
    public DepartmentSnapshot department(Actor actor, DepartmentId id) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new DepartmentRef(id),
                () -> DepartmentSnapshot.of(records.department(actor, id)));
    }

    @Override
    public List<DepartmentSnapshot> departments(Actor actor) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES,
                () -> records.departments().findAll(actor.tenant()).stream().map(DepartmentSnapshot::of).toList());
    }

    @Override
    public List<PositionSnapshot> positions(Actor actor, DepartmentId department) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new DepartmentRef(department), () -> {
            records.department(actor, department);
            return records.positions().findByDepartment(actor.tenant(), department).stream()
                    .map(PositionSnapshot::of).toList();
        });
    }

    @Override
    public Optional<EmployeeId> managerOf(Actor actor, EmployeeId employee) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new EmployeeRef(employee), () -> {
            records.employee(actor, employee);
            return records.chart(actor).managerOf(employee);
        });
    }

    @Override
    public List<EmployeeSnapshot> directReports(Actor actor, EmployeeId manager, LocalDate on) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new Reports(manager, on), () -> {
            records.employee(actor, manager);
            return records.chart(actor).directReports(manager, on).stream().map(e -> records.view(actor, e)).toList();
        });
    }

    @Override
    public List<EmployeeSnapshot> allReports(Actor actor, EmployeeId manager, LocalDate on) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new Reports(manager, on), () -> {
            records.employee(actor, manager);
            return records.chart(actor).allReports(manager, on).stream().map(e -> records.view(actor, e)).toList();
        });
    }
}
