package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.EmployeeId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The employees of the actor's tenant: hire, keep their records, record terminations. */
public interface Employees {

    /**
     * Hires a person. Refused with {@code personnel.employee.number_taken} when the number is
     * used in the tenant, {@code personnel.department.not_found} / {@code personnel.position.not_found}
     * for unknown assignments and {@code personnel.position.department_mismatch} when the position
     * belongs to another department.
     *
     * @param actor   who acts; needs {@code personnel.employee.manage}
     * @param command the number, name, contact, hire date and assignment
     * @return the new employee
     */
    EmployeeSnapshot hire(Actor actor, HireEmployee command);

    /**
     * Replaces name and contact details ({@code personnel.employee.anonymized} once anonymized).
     *
     * @param actor   who acts; needs {@code personnel.employee.manage}
     * @param command the employee and the new name and contact details
     * @return the employee as changed
     */
    EmployeeSnapshot changeDetails(Actor actor, ChangeEmployeeDetails command);

    /**
     * Moves the employee to another department and position, with the same checks as {@link #hire}.
     *
     * @param actor   who acts; needs {@code personnel.employee.manage}
     * @param command the employee, department and position
     * @return the employee as assigned
     */
    EmployeeSnapshot assign(Actor actor, AssignEmployee command);

    /**
     * Records the termination. Refused with {@code personnel.employee.already_terminated} the
     * second time and {@code personnel.employee.invalid} for a last day before the hire date.
     *
     * @param actor   who acts; needs {@code personnel.employee.manage}
     * @param command the employee, last day and reason
     * @return the terminated employee
     */
    EmployeeSnapshot terminate(Actor actor, TerminateEmployee command);

    /**
     * The employee; {@code personnel.employee.not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code personnel.employee.read}; name and contact only with
     *              {@code personnel.personal_data.read}
     * @param id    the employee's id
     * @return the employee
     */
    EmployeeSnapshot employee(Actor actor, EmployeeId id);

    /**
     * Looks an employee up by personnel number.
     *
     * @param actor  who acts; needs {@code personnel.employee.read}; name and contact only with
     *               {@code personnel.personal_data.read}
     * @param number the personnel number
     * @return the employee, or empty when the tenant has none with that number
     */
    Optional<EmployeeSnapshot> employeeByNumber(Actor actor, String number);

    /**
     * Every employee of the tenant, terminated ones included, ordered by number.
     *
     * @param actor who acts; needs {@code personnel.employee.read}; name and contact only with
     *              {@code personnel.personal_data.read}
     * @return the employees
     */
    List<EmployeeSnapshot> employees(Actor actor);

    /**
     * Starts the employee's contract. Refused with {@code personnel.contract.already_exists} when
     * there is one (change it instead), {@code personnel.contract.invalid} for a start before the
     * hire date or invalid terms, and {@code personnel.employee.not_employed} after the last day.
     *
     * @param actor   who acts; needs {@code personnel.contract.manage}
     * @param command the employee, start, type, weekly hours, pay and cost centre
     * @return the contract with its first version
     */
    ContractSnapshot startContract(Actor actor, StartContract command);

    /**
     * Adds a version to the employee's contract from a date on; the previous version ends the day
     * before. Refused with {@code personnel.contract.not_found} without a contract,
     * {@code personnel.contract.change_not_after_latest} unless the date is after the start of
     * the latest version, {@code personnel.contract.invalid} when the pay changes currency, and
     * {@code personnel.employee.not_employed} after the last day.
     *
     * @param actor   who acts; needs {@code personnel.contract.manage}
     * @param command the employee, the first day of the new terms and the complete new terms
     * @return the contract with the new version
     */
    ContractSnapshot changeContract(Actor actor, ChangeContract command);

    /**
     * The contract with its whole history; {@code personnel.contract.not_found} without one.
     *
     * @param actor    who acts; needs {@code personnel.contract.read}
     * @param employee the employee
     * @return the contract
     */
    ContractSnapshot contract(Actor actor, EmployeeId employee);

    /**
     * The contract version valid on the day: empty before the contract starts or outside the employment.
     *
     * @param actor    who acts; needs {@code personnel.contract.read}
     * @param employee the employee
     * @param day      the day
     * @return the version in force, or empty
     */
    Optional<ContractVersionSnapshot> contractOn(Actor actor, EmployeeId employee, LocalDate day);

    /**
     * Erases the personal data of a terminated employee once the retention period after the last
     * day has passed: name replaced by a placeholder, contact details and the actor link dropped.
     * Number, dates, contracts, leave and payslips stay, so history (and the ledger) still adds
     * up. Refused with {@code personnel.employee.not_employed} for an employee not terminated and
     * {@code personnel.privacy.retention_not_over} before the end of the retention period. Doing it
     * again changes nothing.
     *
     * @param actor    who acts; needs {@code personnel.privacy.anonymize}
     * @param employee the terminated employee
     * @return the anonymized employee
     */
    EmployeeSnapshot anonymize(Actor actor, EmployeeId employee);
}
