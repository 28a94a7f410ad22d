package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.Departments} and {@link dev.backoffice.personnel.spi.Positions}. */
public abstract class DepartmentsContract extends PersonnelAdapterContract {

    @Test
    void storesAndFindsADepartmentByIdAndCodeWithinTheTenant() {
        Department root = storedDepartment(tenant, "HQ", null);
        Department child = storedDepartment(tenant, "FIN", root.id());

        Department found = inTx(() -> personnel().departments().find(tenant, child.id())).orElseThrow();
        assertThat(found.code()).isEqualTo("FIN");
        assertThat(found.name()).isEqualTo("Department FIN");
        assertThat(found.parentId()).contains(root.id());
        assertThat(found.managerId()).isEmpty();
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> personnel().departments().findByCode(tenant, "FIN"))).map(Department::id).contains(child.id());
        assertThat(inTx(() -> personnel().departments().findByCode(otherTenant, "FIN"))).isEmpty();
        assertThat(inTx(() -> personnel().departments().find(otherTenant, child.id()))).isEmpty();
    }

    @Test
    void refusesASecondDepartmentWithTheSameCodeInATenant() {
        storedDepartment(tenant, "HQ", null);
        assertThatThrownBy(() -> storedDepartment(tenant, "HQ", null)).isInstanceOf(RuntimeException.class);
        storedDepartment(otherTenant, "HQ", null);
        assertThat(inTx(() -> personnel().departments().findAll(tenant))).hasSize(1);
    }

    @Test
    void listsDepartmentsByCodeAndTheChildrenOfAParent() {
        Department root = storedDepartment(tenant, "HQ", null);
        storedDepartment(tenant, "SALES", root.id());
        storedDepartment(tenant, "FIN", root.id());
        storedDepartment(otherTenant, "ALPHA", null);

        assertThat(inTx(() -> personnel().departments().findAll(tenant))).extracting(Department::code)
                .containsExactly("FIN", "HQ", "SALES");
        assertThat(inTx(() -> personnel().departments().findChildren(tenant, root.id()))).extracting(Department::code)
                .containsExactly("FIN", "SALES");
        assertThat(inTx(() -> personnel().departments().findChildren(otherTenant, root.id()))).isEmpty();
    }

    @Test
    void updatesManagerAndParentAndRefusesAStaleVersion() {
        Department root = storedDepartment(tenant, "HQ", null);
        Department other = storedDepartment(tenant, "OPS", null);
        Department child = storedDepartment(tenant, "FIN", root.id());
        Employee boss = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Department first = inTx(() -> personnel().departments().find(tenant, child.id())).orElseThrow();
        Department second = inTx(() -> personnel().departments().find(tenant, child.id())).orElseThrow();

        first.appointManager(boss.id());
        first.moveUnder(other.id());
        inTx(() -> personnel().departments().update(first));

        Department found = inTx(() -> personnel().departments().find(tenant, child.id())).orElseThrow();
        assertThat(found.managerId()).contains(boss.id());
        assertThat(found.parentId()).contains(other.id());
        second.moveUnder(null);
        assertThatThrownBy(() -> inTx(() -> personnel().departments().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void storesPositionsPerDepartmentOrderedByTitle() {
        Department fin = storedDepartment(tenant, "FIN", null);
        Department ops = storedDepartment(tenant, "OPS", null);
        Position clerk = Position.create(PositionId.of(newId()), tenant, fin.id(), "Clerk", NOW);
        Position accountant = Position.create(PositionId.of(newId()), tenant, fin.id(), "Accountant", NOW);
        Position driver = Position.create(PositionId.of(newId()), tenant, ops.id(), "Driver", NOW);
        inTx(() -> {
            personnel().positions().add(clerk);
            personnel().positions().add(accountant);
            personnel().positions().add(driver);
        });

        assertThat(inTx(() -> personnel().positions().findByDepartment(tenant, fin.id()))).extracting(Position::title)
                .containsExactly("Accountant", "Clerk");
        Position found = inTx(() -> personnel().positions().find(tenant, clerk.id())).orElseThrow();
        assertThat(found.departmentId()).isEqualTo(fin.id());
        assertThat(inTx(() -> personnel().positions().find(otherTenant, clerk.id()))).isEmpty();
        assertThat(inTx(() -> personnel().positions().findByDepartment(otherTenant, fin.id()))).isEmpty();

        found.retitle("Senior clerk");
        inTx(() -> personnel().positions().update(found));
        assertThat(inTx(() -> personnel().positions().find(tenant, clerk.id())).orElseThrow().title())
                .isEqualTo("Senior clerk");
        assertThatThrownBy(() -> inTx(() -> personnel().positions().update(clerk)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(DepartmentId.of(fin.id().value())).isEqualTo(fin.id());
    }
}
