package dev.backoffice.jpa;

import dev.backoffice.personnel.spi.Departments;
import dev.backoffice.personnel.spi.EmployeeRecords;
import dev.backoffice.personnel.spi.EmploymentContracts;
import dev.backoffice.personnel.spi.LeaveRequests;
import dev.backoffice.personnel.spi.LeaveTypes;
import dev.backoffice.personnel.spi.PayrollAccounts;
import dev.backoffice.personnel.spi.PayrollRuns;
import dev.backoffice.personnel.spi.PersonnelAdapters;
import dev.backoffice.personnel.spi.Positions;
import dev.backoffice.personnel.spi.TimesheetRecords;

import java.util.Objects;

/**
 * The personnel ports on Jakarta Persistence, over the unit of work of the other JPA adapters, so
 * that a payroll posting and its journal entry commit in one transaction. Tables from the
 * migration {@code V11__personnel.sql}.
 */
public final class JpaPersonnelAdapters implements PersonnelAdapters {

    private final JpaEmployeeRecords employeeRecords;
    private final JpaDepartments departments;
    private final JpaPositions positions;
    private final JpaEmploymentContracts employmentContracts;
    private final JpaLeaveTypes leaveTypes;
    private final JpaLeaveRequests leaveRequests;
    private final JpaTimesheetRecords timesheetRecords;
    private final JpaPayrollRuns payrollRuns;
    private final JpaPayrollAccounts payrollAccounts;

    JpaPersonnelAdapters(JpaUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.employeeRecords = new JpaEmployeeRecords(unitOfWork);
        this.departments = new JpaDepartments(unitOfWork);
        this.positions = new JpaPositions(unitOfWork);
        this.employmentContracts = new JpaEmploymentContracts(unitOfWork);
        this.leaveTypes = new JpaLeaveTypes(unitOfWork);
        this.leaveRequests = new JpaLeaveRequests(unitOfWork);
        this.timesheetRecords = new JpaTimesheetRecords(unitOfWork);
        this.payrollRuns = new JpaPayrollRuns(unitOfWork);
        this.payrollAccounts = new JpaPayrollAccounts(unitOfWork);
    }

    @Override
    public EmployeeRecords employeeRecords() {
        return employeeRecords;
    }

    @Override
    public Departments departments() {
        return departments;
    }

    @Override
    public Positions positions() {
        return positions;
    }

    @Override
    public EmploymentContracts employmentContracts() {
        return employmentContracts;
    }

    @Override
    public LeaveTypes leaveTypes() {
        return leaveTypes;
    }

    @Override
    public LeaveRequests leaveRequests() {
        return leaveRequests;
    }

    @Override
    public TimesheetRecords timesheetRecords() {
        return timesheetRecords;
    }

    @Override
    public PayrollRuns payrollRuns() {
        return payrollRuns;
    }

    @Override
    public PayrollAccounts payrollAccounts() {
        return payrollAccounts;
    }
}
