/**
 * The domain model of the personnel context: employees and their personal data, departments and
 * positions with the organisation chart, employment contracts as dated versions of their terms,
 * leave types with accrual plans, leave requests and balances in half days, weekly timesheets,
 * and payroll runs with their payslips and gross pay computation.
 *
 * <p>Aggregates check their own invariants and refuse with a
 * {@link dev.backoffice.personnel.domain.PersonnelError} code; adapters rebuild stored state through
 * their {@code restore(..)} factories. Aggregates record past-tense events ({@code EmployeeHired},
 * {@code LeaveApproved}, {@code PayrollRunPosted}, ...) that the application publishes after its
 * unit of work commits.
 */
package dev.backoffice.personnel.domain;
