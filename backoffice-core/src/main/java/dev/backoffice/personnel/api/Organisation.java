package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organisation of the actor's tenant: the department tree, its managers and positions, and
 * the reporting lines they make. An employee reports to the manager of their department; a
 * department's manager reports to the nearest manager above.
 */
public interface Organisation {

    /**
     * Adds a department. Refused with {@code personnel.department.code_taken} when the code is
     * used and {@code personnel.department.not_found} for an unknown parent.
     */
    DepartmentSnapshot createDepartment(Actor actor, CreateDepartment command);

    /** Moves a department under another parent (null: root); {@code personnel.department.cycle} if it would be its own ancestor. */
    DepartmentSnapshot moveDepartment(Actor actor, DepartmentId department, DepartmentId newParent);

    /**
     * Makes an active employee the department's manager (null: no manager). Refused with
     * {@code personnel.employee.not_employed} for a terminated employee.
     */
    DepartmentSnapshot appointManager(Actor actor, DepartmentId department, EmployeeId manager);

    /** Adds a position to a department. */
    PositionSnapshot createPosition(Actor actor, CreatePosition command);

    DepartmentSnapshot department(Actor actor, DepartmentId id);

    /** Every department of the tenant, ordered by code. */
    List<DepartmentSnapshot> departments(Actor actor);

    /** The positions of a department, ordered by title. */
    List<PositionSnapshot> positions(Actor actor, DepartmentId department);

    /** The person the employee reports to, if any. */
    Optional<EmployeeId> managerOf(Actor actor, EmployeeId employee);

    /** The employees employed on the day who report to the manager directly, ordered by number. */
    List<EmployeeSnapshot> directReports(Actor actor, EmployeeId manager, LocalDate on);

    /** The employees employed on the day who report to the manager directly or through others, ordered by number. */
    List<EmployeeSnapshot> allReports(Actor actor, EmployeeId manager, LocalDate on);
}
