package dev.backoffice.personnel.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class EmployeeTest {

    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate HIRED = LocalDate.of(2026, 1, 15);

    static Employee hire(String number, DepartmentId department) {
        return Employee.hire(EmployeeId.of(UUID.randomUUID()), TENANT, number, PersonName.of("Given", "Family"),
                ContactDetails.email("x@example.org"), HIRED, department, null, NOW);
    }

    @Test
    void isEmployedFromTheHireDateToTheLastDayInclusive() {
        Employee e = hire("E-1", null);
        assertThat(e.isEmployedOn(HIRED.minusDays(1))).isFalse();
        assertThat(e.isEmployedOn(HIRED)).isTrue();
        assertThat(e.isEmployedOn(LocalDate.of(2099, 1, 1))).isTrue();

        e.terminate(LocalDate.of(2026, 6, 30), TerminationReason.RESIGNATION);
        assertThat(e.isEmployedOn(LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(e.isEmployedOn(LocalDate.of(2026, 7, 1))).isFalse();
        assertThat(e.isEmployedDuring(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30))).isTrue();
        assertThat(e.isEmployedDuring(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isFalse();
        assertThat(e.isEmployedDuring(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 14))).isFalse();
    }

    @Test
    void refusesATerminationBeforeHireOrTwice() {
        Employee e = hire("E-1", null);
        assertRefused("personnel.employee.invalid", () -> e.terminate(HIRED.minusDays(1), TerminationReason.OTHER));
        e.terminate(HIRED, TerminationReason.OTHER);
        assertRefused("personnel.employee.already_terminated", () -> e.terminate(HIRED, TerminationReason.OTHER));
    }

    @Test
    void anonymizingErasesPersonalDataOfATerminatedEmployeeOnly() {
        Employee e = hire("E-7", null);
        assertRefused("personnel.employee.not_employed", e::anonymize);
        e.terminate(LocalDate.of(2026, 6, 30), TerminationReason.RETIREMENT);
        e.anonymize();

        assertThat(e.status()).isEqualTo(EmploymentStatus.ANONYMIZED);
        assertThat(e.name()).isEqualTo(PersonName.of("Anonymized", "E-7"));
        assertThat(e.contact()).isEqualTo(ContactDetails.NONE);
        assertThat(e.number()).isEqualTo("E-7");
        assertThat(e.terminationDate()).contains(LocalDate.of(2026, 6, 30));
        assertRefused("personnel.employee.anonymized", () -> e.rename(PersonName.of("A", "B")));
    }

    @Test
    void refusesBlankNamesAndNumbers() {
        assertRefused("personnel.employee.invalid", () -> PersonName.of(" ", "X"));
        assertRefused("personnel.employee.invalid", () -> Employee.hire(EmployeeId.of(UUID.randomUUID()), TENANT, " ",
                PersonName.of("A", "B"), null, HIRED, null, null, NOW));
    }

    @Test
    void theChartFindsManagersUpTheTreeAndRefusesCycles() {
        Department root = Department.create(DepartmentId.of(UUID.randomUUID()), TENANT, "HQ", "HQ", null, NOW);
        Department mid = Department.create(DepartmentId.of(UUID.randomUUID()), TENANT, "MID", "Mid", root.id(), NOW);
        Department leaf = Department.create(DepartmentId.of(UUID.randomUUID()), TENANT, "LEAF", "Leaf", mid.id(), NOW);
        Employee boss = hire("E-1", root.id());
        Employee worker = hire("E-2", leaf.id());
        Employee loner = hire("E-3", null);
        root.appointManager(boss.id());
        // mid and leaf have no manager: the worker reports to the root's manager
        OrganisationChart chart = new OrganisationChart(List.of(root, mid, leaf), List.of(boss, worker, loner));

        assertThat(chart.managerOf(worker.id())).contains(boss.id());
        assertThat(chart.managerOf(boss.id())).isEmpty();
        assertThat(chart.managerOf(loner.id())).isEmpty();
        assertThat(chart.isAbove(boss.id(), worker.id())).isTrue();
        assertThat(chart.isAbove(worker.id(), boss.id())).isFalse();
        assertThat(chart.wouldMakeCycle(root.id(), leaf.id())).isTrue();
        assertThat(chart.wouldMakeCycle(leaf.id(), root.id())).isFalse();
        assertRefused("personnel.department.cycle", () -> root.moveUnder(root.id()));
    }
}
