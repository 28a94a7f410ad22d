package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.TerminationReason;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.EmployeeRecords}. */
public abstract class EmployeeRecordsContract extends PersonnelAdapterContract {

    private static final LocalDate HIRED = LocalDate.of(2025, 4, 1);

    @Test
    void storesAndFindsAnEmployeeWithAllItsFields() {
        Department department = storedDepartment(tenant, "FIN", null);
        Employee employee = employee(tenant, "E-001", HIRED);
        employee.assign(department.id(), null);
        employee.changeContact(new ContactDetails("ada@example.org", "+44 1", "1 Main St"));
        inTx(() -> personnel().employeeRecords().add(employee));

        Employee found = inTx(() -> personnel().employeeRecords().find(tenant, employee.id())).orElseThrow();
        assertThat(found.id()).isEqualTo(employee.id());
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.number()).isEqualTo("E-001");
        assertThat(found.name()).isEqualTo(employee.name());
        assertThat(found.contact()).isEqualTo(new ContactDetails("ada@example.org", "+44 1", "1 Main St"));
        assertThat(found.hireDate()).isEqualTo(HIRED);
        assertThat(found.terminationDate()).isEmpty();
        assertThat(found.departmentId()).contains(department.id());
        assertThat(found.positionId()).isEmpty();
        assertThat(found.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void findsByNumberWithinTheTenantOnly() {
        Employee employee = storedEmployee(tenant, "E-001", HIRED);

        assertThat(inTx(() -> personnel().employeeRecords().findByNumber(tenant, "E-001"))).map(Employee::id)
                .contains(employee.id());
        assertThat(inTx(() -> personnel().employeeRecords().findByNumber(otherTenant, "E-001"))).isEmpty();
        assertThat(inTx(() -> personnel().employeeRecords().find(otherTenant, employee.id()))).isEmpty();
    }

    @Test
    void findsTheEmployeeLinkedToAnActorWithinTheTenantOnly() {
        Employee linked = employee(tenant, "E-001", HIRED);
        linked.linkActor("u-42");
        inTx(() -> personnel().employeeRecords().add(linked));
        storedEmployee(tenant, "E-002", HIRED);

        assertThat(inTx(() -> personnel().employeeRecords().findByActor(tenant, "u-42"))).map(Employee::id)
                .contains(linked.id());
        assertThat(inTx(() -> personnel().employeeRecords().find(tenant, linked.id())).orElseThrow().actorId())
                .contains("u-42");
        assertThat(inTx(() -> personnel().employeeRecords().findByActor(otherTenant, "u-42"))).isEmpty();
        assertThat(inTx(() -> personnel().employeeRecords().findByActor(tenant, "u-7"))).isEmpty();
    }

    @Test
    void refusesASecondEmployeeWithTheSameNumberInATenantButNotInAnother() {
        storedEmployee(tenant, "E-001", HIRED);

        assertThatThrownBy(() -> storedEmployee(tenant, "E-001", HIRED)).isInstanceOf(RuntimeException.class);
        storedEmployee(otherTenant, "E-001", HIRED);

        assertThat(inTx(() -> personnel().employeeRecords().findAll(tenant))).hasSize(1);
        assertThat(inTx(() -> personnel().employeeRecords().findAll(otherTenant))).hasSize(1);
    }

    @Test
    void listsEmployeesByNumberAndByDepartment() {
        Department sales = storedDepartment(tenant, "SALES", null);
        storedEmployee(tenant, "E-003", HIRED);
        Employee second = employee(tenant, "E-002", HIRED);
        second.assign(sales.id(), null);
        inTx(() -> personnel().employeeRecords().add(second));
        storedEmployee(tenant, "E-001", HIRED);
        storedEmployee(otherTenant, "E-000", HIRED);

        assertThat(inTx(() -> personnel().employeeRecords().findAll(tenant))).extracting(Employee::number)
                .containsExactly("E-001", "E-002", "E-003");
        assertThat(inTx(() -> personnel().employeeRecords().findByDepartment(tenant, sales.id())))
                .extracting(Employee::number).containsExactly("E-002");
        assertThat(inTx(() -> personnel().employeeRecords().findByDepartment(otherTenant, sales.id()))).isEmpty();
    }

    @Test
    void updatesStateAndRefusesAStaleVersion() {
        Employee stored = storedEmployee(tenant, "E-001", HIRED);
        Employee first = inTx(() -> personnel().employeeRecords().find(tenant, stored.id())).orElseThrow();
        Employee second = inTx(() -> personnel().employeeRecords().find(tenant, stored.id())).orElseThrow();

        first.rename(PersonName.of("Grace", "Hopper"));
        first.terminate(LocalDate.of(2026, 6, 30), TerminationReason.RETIREMENT);
        inTx(() -> personnel().employeeRecords().update(first));

        Employee found = inTx(() -> personnel().employeeRecords().find(tenant, stored.id())).orElseThrow();
        assertThat(found.name()).isEqualTo(PersonName.of("Grace", "Hopper"));
        assertThat(found.terminationDate()).contains(LocalDate.of(2026, 6, 30));
        assertThat(found.terminationReason()).contains(TerminationReason.RETIREMENT);
        assertThat(found.status()).isEqualTo(EmploymentStatus.TERMINATED);
        assertThat(found.version()).isGreaterThan(first.version());

        second.rename(PersonName.of("Lost", "Update"));
        assertThatThrownBy(() -> inTx(() -> personnel().employeeRecords().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> personnel().employeeRecords().find(tenant, stored.id())).orElseThrow().name())
                .isEqualTo(PersonName.of("Grace", "Hopper"));
    }

    @Test
    void aFailedUnitOfWorkLeavesNoEmployeeBehind() {
        Employee employee = employee(tenant, "E-009", HIRED);
        assertThatThrownBy(() -> inTx(() -> {
            personnel().employeeRecords().add(employee);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTx(() -> personnel().employeeRecords().find(tenant, employee.id()))).isEmpty();
        assertThat(inTx(() -> personnel().employeeRecords().findByNumber(tenant, "E-009"))).isEmpty();
        storedEmployee(tenant, "E-009", HIRED); // the number is free again
    }
}
