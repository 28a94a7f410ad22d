package dev.backoffice.contract;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.personnel.api.AssignEmployee;
import dev.backoffice.personnel.api.ChangeEmployeeDetails;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.CreatePosition;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.Organisation;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.PositionSnapshot;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.EmployeeHired;
import dev.backoffice.personnel.domain.EmployeeTerminated;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.TerminationReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Employees and the organisation through the public api: rules, refusals, reporting lines, tenants. */
public abstract class OrganisationContract extends PersonnelApiContract {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

    private Employees employees;
    private Organisation organisation;
    private DepartmentSnapshot hq;
    private DepartmentSnapshot finance;
    private DepartmentSnapshot payables;

    @BeforeEach
    void tree() {
        employees = personnelContext.employees();
        organisation = personnelContext.organisation();
        hq = organisation.createDepartment(hr, CreateDepartment.root("HQ", "Headquarters"));
        finance = organisation.createDepartment(hr, CreateDepartment.under(hq.id(), "FIN", "Finance"));
        payables = organisation.createDepartment(hr, CreateDepartment.under(finance.id(), "FIN.AP", "Payables"));
        published.clear();
    }

    private EmployeeSnapshot hire(String number, DepartmentSnapshot department) {
        return employees.hire(hr, HireEmployee.of(number, "Given", "Person " + number, JAN_1)
                .in(department == null ? null : department.id(), null));
    }

    @Test
    void hiresAnEmployeeWithPersonalDataAuditedAndAnnouncedWithoutIt() {
        PositionSnapshot accountant = organisation.createPosition(hr, CreatePosition.of(finance.id(), "Accountant"));

        EmployeeSnapshot ada = employees.hire(hr, HireEmployee.of("E-001", "Ada", "Lovelace", JAN_1)
                .withContact("ada@example.org", "+44 20 1234", "12 St James's Square").in(finance.id(), accountant.id()));

        assertThat(ada.number()).isEqualTo("E-001");
        assertThat(ada.name()).isEqualTo(PersonName.of("Ada", "Lovelace"));
        assertThat(ada.contact()).isEqualTo(new ContactDetails("ada@example.org", "+44 20 1234", "12 St James's Square"));
        assertThat(ada.status()).isEqualTo(EmploymentStatus.ACTIVE);
        assertThat(ada.department()).isEqualTo(finance.id());
        assertThat(ada.position()).isEqualTo(accountant.id());
        assertThat(employees.employee(hr, ada.id())).isEqualTo(ada);
        assertThat(employees.employeeByNumber(hr, "E-001")).contains(ada);
        assertThat(auditOf(ada.id().value())).singleElement()
                .satisfies(r -> {
                    assertThat(r.action()).isEqualTo(PersonnelPermissions.MANAGE_EMPLOYEES);
                    assertThat(r.detail()).doesNotContain("Ada", "Lovelace");
                });
        assertThat(events(EmployeeHired.class)).singleElement().satisfies(e -> {
            assertThat(e.employeeId()).isEqualTo(ada.id());
            assertThat(e.toString()).doesNotContain("Ada", "Lovelace");
        });
    }

    @Test
    void refusesATakenNumberAndBadInputChangingNothing() {
        hire("E-001", null);

        assertRefused("personnel.employee.number_taken", () -> hire("E-001", finance));
        assertRefused("validation.failed", () -> employees.hire(hr, HireEmployee.of(" ", "A", "B", JAN_1)));
        assertRefused("validation.failed", () -> employees.hire(hr,
                HireEmployee.of("E-002", "A", "B", JAN_1).withContact("not an e-mail", null, null)));
        assertRefused("validation.failed", () -> employees.hire(hr, HireEmployee.of("E-002", "A", "B", null)));
        assertThat(employees.employees(hr)).hasSize(1);
        assertThat(events(EmployeeHired.class)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyHiresOnce() {
        HireEmployee command = HireEmployee.of("E-001", "Ada", "Lovelace", JAN_1).withIdempotencyKey("hire-1");
        EmployeeSnapshot first = employees.hire(hr, command);
        EmployeeSnapshot again = employees.hire(hr, command);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(employees.employees(hr)).hasSize(1);
        assertRefused("idempotency.key_reused", () -> employees.hire(hr,
                HireEmployee.of("E-002", "Grace", "Hopper", JAN_1).withIdempotencyKey("hire-1")));
    }

    @Test
    void aPositionMustBelongToTheDepartment() {
        PositionSnapshot clerk = organisation.createPosition(hr, CreatePosition.of(payables.id(), "Clerk"));

        assertRefused("personnel.position.department_mismatch", () -> employees.hire(hr,
                HireEmployee.of("E-001", "A", "B", JAN_1).in(finance.id(), clerk.id())));
        EmployeeSnapshot e = hire("E-001", finance);
        assertRefused("personnel.position.department_mismatch", () -> employees.assign(hr,
                new AssignEmployee(e.id(), null, clerk.id())));
        EmployeeSnapshot moved = employees.assign(hr, new AssignEmployee(e.id(), payables.id(), clerk.id()));
        assertThat(moved.department()).isEqualTo(payables.id());
        assertThat(organisation.positions(hr, payables.id())).containsExactly(clerk);
    }

    @Test
    void changesDetailsAndTerminatesOnce() {
        EmployeeSnapshot e = hire("E-001", finance);

        EmployeeSnapshot changed = employees.changeDetails(hr,
                new ChangeEmployeeDetails(e.id(), "Ada", "King", "ada@example.org", null, null));
        assertThat(changed.name()).isEqualTo(PersonName.of("Ada", "King"));

        assertRefused("personnel.employee.invalid", () -> employees.terminate(hr,
                new TerminateEmployee(e.id(), LocalDate.of(2025, 12, 31), TerminationReason.RESIGNATION)));
        EmployeeSnapshot gone = employees.terminate(hr,
                new TerminateEmployee(e.id(), LocalDate.of(2026, 6, 30), TerminationReason.RESIGNATION));
        assertThat(gone.status()).isEqualTo(EmploymentStatus.TERMINATED);
        assertThat(gone.terminationDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(gone.terminationReason()).isEqualTo(TerminationReason.RESIGNATION);
        assertRefused("personnel.employee.already_terminated", () -> employees.terminate(hr,
                new TerminateEmployee(e.id(), LocalDate.of(2026, 7, 31), TerminationReason.OTHER)));
        assertThat(events(EmployeeTerminated.class)).singleElement()
                .satisfies(ev -> assertThat(ev.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30)));
    }

    @Test
    void reportingLinesFollowTheDepartmentTree() {
        EmployeeSnapshot ceo = hire("E-001", hq);
        EmployeeSnapshot cfo = hire("E-002", finance);
        EmployeeSnapshot analyst = hire("E-003", finance);
        EmployeeSnapshot apLead = hire("E-004", payables);
        EmployeeSnapshot apClerk = hire("E-005", payables);
        organisation.appointManager(hr, hq.id(), ceo.id());
        organisation.appointManager(hr, finance.id(), cfo.id());
        organisation.appointManager(hr, payables.id(), apLead.id());

        assertThat(organisation.managerOf(hr, ceo.id())).isEmpty();
        assertThat(organisation.managerOf(hr, cfo.id())).contains(ceo.id());
        assertThat(organisation.managerOf(hr, analyst.id())).contains(cfo.id());
        assertThat(organisation.managerOf(hr, apLead.id())).contains(cfo.id());
        assertThat(organisation.managerOf(hr, apClerk.id())).contains(apLead.id());
        LocalDate today = LocalDate.of(2026, 3, 1);
        assertThat(organisation.directReports(hr, cfo.id(), today)).extracting(EmployeeSnapshot::number)
                .containsExactly("E-003", "E-004");
        assertThat(organisation.allReports(hr, cfo.id(), today)).extracting(EmployeeSnapshot::number)
                .containsExactly("E-003", "E-004", "E-005");
        assertThat(organisation.allReports(hr, ceo.id(), today)).extracting(EmployeeSnapshot::number)
                .containsExactly("E-002", "E-003", "E-004", "E-005");

        // without a manager in Payables, its people report to the next manager up
        organisation.appointManager(hr, payables.id(), null);
        assertThat(organisation.managerOf(hr, apClerk.id())).contains(cfo.id());
        // a terminated employee no longer counts after the last day
        employees.terminate(hr, new TerminateEmployee(analyst.id(), LocalDate.of(2026, 2, 28), TerminationReason.RESIGNATION));
        assertThat(organisation.directReports(hr, cfo.id(), today)).extracting(EmployeeSnapshot::number)
                .containsExactly("E-004", "E-005");
        assertRefused("personnel.employee.not_employed",
                () -> organisation.appointManager(hr, finance.id(), analyst.id()));
    }

    @Test
    void refusesADepartmentCycleAndATakenCode() {
        assertRefused("personnel.department.cycle", () -> organisation.moveDepartment(hr, hq.id(), payables.id()));
        assertRefused("personnel.department.cycle", () -> organisation.moveDepartment(hr, finance.id(), finance.id()));
        assertRefused("personnel.department.code_taken",
                () -> organisation.createDepartment(hr, CreateDepartment.root("FIN", "Again")));

        DepartmentSnapshot moved = organisation.moveDepartment(hr, payables.id(), hq.id());
        assertThat(moved.parent()).isEqualTo(hq.id());
        assertThat(organisation.moveDepartment(hr, finance.id(), null).parent()).isNull();
        assertThat(organisation.departments(hr)).extracting(DepartmentSnapshot::code)
                .containsExactly("FIN", "FIN.AP", "HQ");
    }

    @Test
    void anotherTenantSeesAndChangesNothing() {
        EmployeeSnapshot e = hire("E-001", finance);

        assertRefused("personnel.employee.not_found", () -> employees.employee(intruder, e.id()));
        assertRefused("personnel.employee.not_found", () -> employees.terminate(intruder,
                new TerminateEmployee(e.id(), LocalDate.of(2026, 6, 30), TerminationReason.DISMISSAL)));
        assertRefused("personnel.department.not_found", () -> organisation.department(intruder, finance.id()));
        assertRefused("personnel.department.not_found", () -> employees.hire(intruder,
                HireEmployee.of("X-1", "A", "B", JAN_1).in(finance.id(), null)));
        assertThat(employees.employees(intruder)).isEmpty();
        assertThat(employees.employeeByNumber(intruder, "E-001")).isEmpty();
        assertThat(employees.employee(hr, e.id()).status()).isEqualTo(EmploymentStatus.ACTIVE);
    }

    @Test
    void everyCallAsksTheAccessPolicy() {
        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.MANAGE_EMPLOYEES);

        assertThatThrownBy(() -> hire("E-001", finance)).isInstanceOf(AccessDeniedException.class)
                .extracting(t -> ((AccessDeniedException) t).permission())
                .isEqualTo(PersonnelPermissions.MANAGE_EMPLOYEES);
        assertThat(employees.employees(hr)).isEmpty();
        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.READ_EMPLOYEES);
        assertRefused("access.denied", () -> employees.employees(hr));
        assertRefused("access.denied", () -> organisation.departments(hr));
    }
}
