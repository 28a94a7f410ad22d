package dev.backoffice.inmemory;

import dev.backoffice.personnel.spi.Departments;
import dev.backoffice.personnel.spi.EmployeeRecords;
import dev.backoffice.personnel.spi.EmploymentContracts;
import dev.backoffice.personnel.spi.LeaveRequests;
import dev.backoffice.personnel.spi.LeaveTypes;
import dev.backoffice.personnel.spi.PayrollAccounts;
import dev.backoffice.personnel.spi.PayrollRuns;
import dev.backoffice.personnel.spi.TimesheetRecords;
import dev.backoffice.personnel.spi.PersonnelAdapters;
import dev.backoffice.personnel.spi.Positions;

import java.util.Objects;

/**
 * The personnel ports in memory, over the given unit of work (the one the other in-memory
 * adapters share, so a payroll posting and its journal entry commit together).
 */
public final class InMemoryPersonnelAdapters implements PersonnelAdapters {

    private final InMemoryEmployeeRecords employeeRecords;
    private final InMemoryDepartments departments;
    private final InMemoryPositions positions;
    private final InMemoryEmploymentContracts employmentContracts;
    private final InMemoryLeaveTypes leaveTypes;
    private final InMemoryLeaveRequests leaveRequests;
    private final InMemoryTimesheetRecords timesheetRecords;
    private final InMemoryPayrollRuns payrollRuns;
    private final InMemoryPayrollAccounts payrollAccounts;

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPersonnelAdapters(InMemoryUnitOfWork unitOfWork) {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.employeeRecords = new InMemoryEmployeeRecords(unitOfWork);
        this.departments = new InMemoryDepartments(unitOfWork);
        this.positions = new InMemoryPositions(unitOfWork);
        this.employmentContracts = new InMemoryEmploymentContracts(unitOfWork);
        this.leaveTypes = new InMemoryLeaveTypes(unitOfWork);
        this.leaveRequests = new InMemoryLeaveRequests(unitOfWork);
        this.timesheetRecords = new InMemoryTimesheetRecords(unitOfWork);
        this.payrollRuns = new InMemoryPayrollRuns(unitOfWork);
        this.payrollAccounts = new InMemoryPayrollAccounts(unitOfWork);
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
