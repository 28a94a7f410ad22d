package dev.backoffice.personnel.application;

import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.Organisation;
import dev.backoffice.personnel.spi.PersonnelAdapters;

import java.util.Objects;

/** Wires the personnel context: its api services over its spi adapters. */
public final class PersonnelContext {

    private final Employees employees;
    private final Organisation organisation;

    public PersonnelContext(UseCases useCases, PersonnelAdapters ports) {
        Objects.requireNonNull(useCases, "useCases");
        Objects.requireNonNull(ports, "ports");
        Records records = new Records(ports.employeeRecords(), ports.departments(), ports.positions(),
                ports.employmentContracts());
        this.employees = new EmployeesService(useCases, records);
        this.organisation = new OrganisationService(useCases, records);
    }

    /** Employees: hire, keep records, terminate. */
    public Employees employees() {
        return employees;
    }

    /** Departments, managers, positions and reporting lines. */
    public Organisation organisation() {
        return organisation;
    }
}
