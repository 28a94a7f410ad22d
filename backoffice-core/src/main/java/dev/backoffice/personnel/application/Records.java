package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.OrganisationChart;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.spi.Departments;
import dev.backoffice.personnel.spi.EmployeeRecords;
import dev.backoffice.personnel.spi.EmploymentContracts;
import dev.backoffice.personnel.spi.Positions;

/** Loads the personnel records of the actor's tenant, refusing unknown ids with their codes. */
final class Records {

    private final EmployeeRecords employees;
    private final Departments departments;
    private final Positions positions;
    private final EmploymentContracts contracts;

    Records(EmployeeRecords employees, Departments departments, Positions positions, EmploymentContracts contracts,
            java.util.function.Predicate<Actor> personalDataReaders) {
        this.personalDataReaders = personalDataReaders;
        this.employees = employees;
        this.departments = departments;
        this.positions = positions;
        this.contracts = contracts;
    }

    /** Who may see personal data: asked of the access policy through the use cases. */
    private final java.util.function.Predicate<Actor> personalDataReaders;

    /** The employee as the actor may see it: without name and contact unless the policy allows personal data. */
    dev.backoffice.personnel.api.EmployeeSnapshot view(Actor actor, Employee employee) {
        dev.backoffice.personnel.api.EmployeeSnapshot snapshot = dev.backoffice.personnel.api.EmployeeSnapshot.of(employee);
        return personalDataReaders.test(actor) ? snapshot : snapshot.withoutPersonalData();
    }

    Employee employee(Actor actor, EmployeeId id) {
        return employees.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(PersonnelError.EMPLOYEE_NOT_FOUND, "Employee " + id + " does not exist."));
    }

    Department department(Actor actor, DepartmentId id) {
        return departments.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(PersonnelError.DEPARTMENT_NOT_FOUND, "Department " + id + " does not exist."));
    }

    Position position(Actor actor, PositionId id) {
        return positions.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(PersonnelError.POSITION_NOT_FOUND, "Position " + id + " does not exist."));
    }

    /** Checks that the department and position exist and belong together (a position needs its department). */
    void checkAssignment(Actor actor, DepartmentId department, PositionId position) {
        if (department != null) {
            department(actor, department);
        }
        if (position != null) {
            Position found = position(actor, position);
            if (!found.departmentId().equals(department)) {
                throw new RuleViolationException(PersonnelError.POSITION_DEPARTMENT_MISMATCH,
                        "Position '" + found.title() + "' belongs to another department.");
            }
        }
    }

    /** The organisation chart of the actor's tenant. */
    OrganisationChart chart(Actor actor) {
        return new OrganisationChart(departments.findAll(actor.tenant()), employees.findAll(actor.tenant()));
    }

    EmployeeRecords employees() {
        return employees;
    }

    Departments departments() {
        return departments;
    }

    Positions positions() {
        return positions;
    }

    EmploymentContracts contracts() {
        return contracts;
    }
}
