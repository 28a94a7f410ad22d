/**
 * Inbound ports of the personnel context: the use-case interfaces a host calls, reached from
 * {@code BackOffice}, with their command, query and result records.
 *
 * <p>{@link dev.backoffice.personnel.api.Employees} hires, keeps records of and terminates
 * employees, keeps their employment contracts as dated versions, and anonymizes personal data
 * after the retention period; {@link dev.backoffice.personnel.api.Organisation} keeps the
 * department tree, managers, positions and reporting lines; {@link dev.backoffice.personnel.api.Leave}
 * defines leave types, counts requests in working days (weekends and holidays left out, half days
 * allowed) and lets a manager or HR approver, never the requester, decide them;
 * {@link dev.backoffice.personnel.api.Timesheets} records weekly hours of hourly employees;
 * {@link dev.backoffice.personnel.api.Payroll} computes a month's payslips (salary prorated by
 * calendar days, unpaid leave deducted per working day), has them approved by someone other than
 * the preparer, posts them to the ledger as one balanced entry and pays them out.
 *
 * <p>Amounts are {@link dev.backoffice.common.Money}, exact, in the contract's currency; leave is
 * counted in days in half-day steps; dates are calendar dates of the tenant. Every method takes the
 * {@link dev.backoffice.common.Actor} who acts; its tenant scopes the call, and the access policy is
 * asked for the permission the method names ({@link dev.backoffice.personnel.api.PersonnelPermissions});
 * names and contact details are returned only to actors with {@code personnel.personal_data.read}.
 * Commands are validated with Bean Validation ({@code validation.failed}); every refusal is a
 * {@link dev.backoffice.common.BackOfficeException} with a stable {@code personnel.*} code, and a
 * refused call changed nothing. Results are immutable snapshots, never the domain aggregates.
 */
package dev.backoffice.personnel.api;
