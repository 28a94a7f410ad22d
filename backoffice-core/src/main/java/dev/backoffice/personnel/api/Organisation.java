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
     *
     * @param actor   who acts; needs {@code personnel.organisation.manage}
     * @param command the code, name and optional parent
     * @return the new department
     */
    DepartmentSnapshot createDepartment(Actor actor, CreateDepartment command);

    /**
     * Moves a department under another parent (null: root); {@code personnel.department.cycle} if it would be
     * its own ancestor.
     *
     * @param actor      who acts; needs {@code personnel.organisation.manage}
     * @param department the department to move
     * @param newParent  the new parent, or null to make it a root
     * @return the department as moved
     */
    DepartmentSnapshot moveDepartment(Actor actor, DepartmentId department, DepartmentId newParent);

    /**
     * Makes an active employee the department's manager (null: no manager). Refused with
     * {@code personnel.employee.not_employed} for a terminated employee.
     *
     * @param actor      who acts; needs {@code personnel.organisation.manage}
     * @param department the department
     * @param manager    the new manager, or null for none
     * @return the department with its manager
     */
    DepartmentSnapshot appointManager(Actor actor, DepartmentId department, EmployeeId manager);

    /**
     * Adds a position to a department.
     *
     * @param actor   who acts; needs {@code personnel.organisation.manage}
     * @param command the department and title
     * @return the new position
     */
    PositionSnapshot createPosition(Actor actor, CreatePosition command);

    /**
     * The department; {@code personnel.department.not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code personnel.employee.read}
     * @param id    the department's id
     * @return the department
     */
    DepartmentSnapshot department(Actor actor, DepartmentId id);

    /**
     * Every department of the tenant, ordered by code.
     *
     * @param actor who acts; needs {@code personnel.employee.read}
     * @return the departments
     */
    List<DepartmentSnapshot> departments(Actor actor);

    /**
     * The positions of a department, ordered by title.
     *
     * @param actor      who acts; needs {@code personnel.employee.read}
     * @param department the department
     * @return its positions
     */
    List<PositionSnapshot> positions(Actor actor, DepartmentId department);

    /**
     * The person the employee reports to, if any.
     *
     * @param actor    who acts; needs {@code personnel.employee.read}
     * @param employee the employee
     * @return the manager, or empty at the top of the tree
     */
    Optional<EmployeeId> managerOf(Actor actor, EmployeeId employee);

    /**
     * The employees employed on the day who report to the manager directly, ordered by number.
     *
     * @param actor   who acts; needs {@code personnel.employee.read}
     * @param manager the manager
     * @param on      the day
     * @return the direct reports
     */
    List<EmployeeSnapshot> directReports(Actor actor, EmployeeId manager, LocalDate on);

    /**
     * The employees employed on the day who report to the manager directly or through others, ordered by
     * number.
     *
     * @param actor   who acts; needs {@code personnel.employee.read}
     * @param manager the manager
     * @param on      the day
     * @return all reports, direct and indirect
     */
    List<EmployeeSnapshot> allReports(Actor actor, EmployeeId manager, LocalDate on);
}
