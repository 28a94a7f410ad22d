package dev.backoffice.contract;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.spi.PersonnelAdapters;

import java.time.LocalDate;

/**
 * The base of the personnel port contracts. A subclass names the adapters under test: the shared
 * ones of {@link #adapters()} (unit of work, audit, idempotency) and the personnel ports of
 * {@link #personnel()}, which must share their unit of work.
 */
public abstract class PersonnelAdapterContract extends AdapterContract {

    /** The personnel ports under test, over the unit of work of {@link #adapters()}: by default the ones they provide. */
    protected PersonnelAdapters personnel() {
        return adapters().personnel().orElseThrow(() -> new AssertionError("the adapters under test provide no personnel ports"));
    }

    protected Employee employee(TenantId owner, String number, LocalDate hired) {
        return Employee.hire(EmployeeId.of(newId()), owner, number, PersonName.of("Given" + number, "Family" + number),
                ContactDetails.email(number + "@example.org"), hired, null, null, NOW);
    }

    protected Employee storedEmployee(TenantId owner, String number, LocalDate hired) {
        Employee employee = employee(owner, number, hired);
        inTx(() -> personnel().employeeRecords().add(employee));
        return employee;
    }

    protected Department storedDepartment(TenantId owner, String code, DepartmentId parent) {
        Department department = Department.create(DepartmentId.of(newId()), owner, code, "Department " + code, parent, NOW);
        inTx(() -> personnel().departments().add(department));
        return department;
    }
}
