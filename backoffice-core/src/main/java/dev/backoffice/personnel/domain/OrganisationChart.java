package dev.backoffice.personnel.domain;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reporting lines of a tenant, derived from its department tree.
 *
 * <p>An employee reports to the manager of their department; the manager of a department reports
 * to the nearest manager above it (the parent's manager, or the grandparent's when the parent has
 * none or is headed by the same person). An employee without department, or with no manager above,
 * reports to nobody. Only employees employed on the date asked for count.
 */
public final class OrganisationChart {

    private final Map<DepartmentId, Department> departments = new HashMap<>();
    private final Map<EmployeeId, Employee> employees = new HashMap<>();

    /**
     * The chart of a tenant's departments and employees.
     *
     * @param departments every department of the tenant
     * @param employees   every employee of the tenant
     */
    public OrganisationChart(Collection<Department> departments, Collection<Employee> employees) {
        departments.forEach(d -> this.departments.put(d.id(), d));
        employees.forEach(e -> this.employees.put(e.id(), e));
    }

    /**
     * Whether putting {@code department} under {@code newParent} would make it its own ancestor.
     *
     * @param department the department to move
     * @param newParent  its new parent, or null
     * @return true when the move would make a cycle
     */
    public boolean wouldMakeCycle(DepartmentId department, DepartmentId newParent) {
        Set<DepartmentId> seen = new HashSet<>();
        for (DepartmentId at = newParent; at != null; at = parentOf(at)) {
            if (at.equals(department) || !seen.add(at)) {
                return true;
            }
        }
        return false;
    }

    private DepartmentId parentOf(DepartmentId id) {
        Department d = departments.get(id);
        return d == null ? null : d.parentId().orElse(null);
    }

    /**
     * The person the employee reports to, if any.
     *
     * @param employeeId the employee
     * @return the manager of the employee's department, or the nearest manager above; empty at the top
     */
    public Optional<EmployeeId> managerOf(EmployeeId employeeId) {
        Employee employee = employees.get(employeeId);
        if (employee == null) {
            return Optional.empty();
        }
        Set<DepartmentId> seen = new HashSet<>();
        for (DepartmentId at = employee.departmentId().orElse(null); at != null && seen.add(at); at = parentOf(at)) {
            Department department = departments.get(at);
            if (department == null) {
                break;
            }
            Optional<EmployeeId> manager = department.managerId();
            if (manager.isPresent() && !manager.get().equals(employeeId)) {
                return manager;
            }
        }
        return Optional.empty();
    }

    /**
     * The employees employed on the day who report to the manager directly, ordered by number.
     *
     * @param manager the manager
     * @param on      the day
     * @return the direct reports
     */
    public List<Employee> directReports(EmployeeId manager, LocalDate on) {
        List<Employee> reports = new ArrayList<>();
        for (Employee e : employees.values()) {
            if (e.isEmployedOn(on) && managerOf(e.id()).filter(manager::equals).isPresent()) {
                reports.add(e);
            }
        }
        reports.sort(Comparator.comparing(Employee::number));
        return reports;
    }

    /**
     * The employees employed on the day who report to the manager directly or through others, ordered by
     * number.
     *
     * @param manager the manager
     * @param on      the day
     * @return all reports
     */
    public List<Employee> allReports(EmployeeId manager, LocalDate on) {
        Set<EmployeeId> found = new LinkedHashSet<>();
        Deque<EmployeeId> todo = new ArrayDeque<>();
        todo.add(manager);
        while (!todo.isEmpty()) {
            EmployeeId next = todo.poll();
            for (Employee report : directReports(next, on)) {
                if (!report.id().equals(manager) && found.add(report.id())) {
                    todo.add(report.id());
                }
            }
        }
        List<Employee> reports = new ArrayList<>();
        found.forEach(id -> reports.add(employees.get(id)));
        reports.sort(Comparator.comparing(Employee::number));
        return reports;
    }

    /**
     * Whether {@code manager} is above {@code employee} in the reporting line (directly or not).
     *
     * @param manager  the possible manager
     * @param employee the employee
     * @return true when the employee reports to the manager, directly or through others
     */
    public boolean isAbove(EmployeeId manager, EmployeeId employee) {
        Set<EmployeeId> seen = new HashSet<>();
        for (Optional<EmployeeId> m = managerOf(employee); m.isPresent() && seen.add(m.get()); m = managerOf(m.get())) {
            if (m.get().equals(manager)) {
                return true;
            }
        }
        return false;
    }
}
