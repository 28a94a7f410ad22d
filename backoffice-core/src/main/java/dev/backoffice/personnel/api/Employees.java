package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.EmployeeId;

import java.util.List;
import java.util.Optional;

/** The employees of the actor's tenant: hire, keep their records, record terminations. */
public interface Employees {

    /**
     * Hires a person. Refused with {@code personnel.employee.number_taken} when the number is
     * used in the tenant, {@code personnel.department.not_found} / {@code personnel.position.not_found}
     * for unknown assignments and {@code personnel.position.department_mismatch} when the position
     * belongs to another department.
     */
    EmployeeSnapshot hire(Actor actor, HireEmployee command);

    /** Replaces name and contact details ({@code personnel.employee.anonymized} once anonymized). */
    EmployeeSnapshot changeDetails(Actor actor, ChangeEmployeeDetails command);

    /** Moves the employee to another department and position, with the same checks as {@link #hire}. */
    EmployeeSnapshot assign(Actor actor, AssignEmployee command);

    /**
     * Records the termination. Refused with {@code personnel.employee.already_terminated} the
     * second time and {@code personnel.employee.invalid} for a last day before the hire date.
     */
    EmployeeSnapshot terminate(Actor actor, TerminateEmployee command);

    /** The employee; {@code personnel.employee.not_found} when the tenant has none with that id. */
    EmployeeSnapshot employee(Actor actor, EmployeeId id);

    Optional<EmployeeSnapshot> employeeByNumber(Actor actor, String number);

    /** Every employee of the tenant, terminated ones included, ordered by number. */
    List<EmployeeSnapshot> employees(Actor actor);
}
