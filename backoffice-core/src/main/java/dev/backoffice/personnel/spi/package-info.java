/**
 * Outbound ports of the personnel context: one repository per aggregate (employees, departments,
 * positions, contracts, leave types and requests, timesheets, payroll runs), the tenant's payroll
 * accounts, and the outside rules a host plugs in: the {@link dev.backoffice.personnel.spi.HolidayCalendar}
 * of its country and the {@link dev.backoffice.personnel.spi.PayrollRules} that compute deductions
 * and employer contributions.
 *
 * <p>A host that brings its own storage implements {@link dev.backoffice.personnel.spi.PersonnelAdapters}
 * and runs the contract tests of the core's test kit against it. Every method is scoped to one
 * tenant; an update with a stale version fails with
 * {@link dev.backoffice.common.ConcurrentUpdateException}.
 */
package dev.backoffice.personnel.spi;
