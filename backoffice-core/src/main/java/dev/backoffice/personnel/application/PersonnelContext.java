package dev.backoffice.personnel.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.Leave;
import dev.backoffice.personnel.api.Organisation;
import dev.backoffice.personnel.spi.HolidayCalendar;
import dev.backoffice.personnel.spi.PersonnelAdapters;

import java.util.Objects;

/** Wires the personnel context: its api services over its spi adapters. */
public final class PersonnelContext {

    private final Employees employees;
    private final Organisation organisation;
    private final Leave leave;

    public PersonnelContext(UseCases useCases, PersonnelAdapters ports, HolidayCalendar holidayCalendar) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(holidayCalendar, "holidayCalendar");
        Records records = new Records(ports.employeeRecords(), ports.departments(), ports.positions(),
                ports.employmentContracts());
        this.employees = new EmployeesService(useCases, records);
        this.organisation = new OrganisationService(useCases, records);
        this.leave = new LeaveService(useCases, records, ports.leaveTypes(), ports.leaveRequests(), holidayCalendar);
    }

    /** Employees: hire, keep records, terminate. */
    public Employees employees() {
        return employees;
    }

    /** Departments, managers, positions and reporting lines. */
    public Organisation organisation() {
        return organisation;
    }

    /** Leave types, requests, approvals and balances. */
    public Leave leave() {
        return leave;
    }
}
