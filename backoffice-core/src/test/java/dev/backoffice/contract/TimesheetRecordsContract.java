package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.domain.TimesheetStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.TimesheetRecords}. */
public abstract class TimesheetRecordsContract extends PersonnelAdapterContract {

    private static final LocalDate WEEK = LocalDate.of(2026, 6, 8);

    private Timesheet sheet(Employee e, LocalDate week) {
        return Timesheet.open(TimesheetId.of(newId()), e.tenant(), e.id(), week,
                Map.of(week, new BigDecimal("7.25"), week.plusDays(1), new BigDecimal("8")));
    }

    @Test
    void storesOneTimesheetPerEmployeeAndWeekWithItsHours() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Timesheet t = sheet(e, WEEK);
        inTx(() -> personnel().timesheetRecords().add(t));

        Timesheet found = inTx(() -> personnel().timesheetRecords().findByWeek(tenant, e.id(), WEEK)).orElseThrow();
        assertThat(found.id()).isEqualTo(t.id());
        assertThat(found.hours()).containsEntry(WEEK, new BigDecimal("7.25")).hasSize(2);
        assertThat(found.status()).isEqualTo(TimesheetStatus.OPEN);
        assertThatThrownBy(() -> inTx(() -> personnel().timesheetRecords().add(sheet(e, WEEK))))
                .isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> personnel().timesheetRecords().find(otherTenant, t.id()))).isEmpty();
        assertThat(inTx(() -> personnel().timesheetRecords().findByWeek(otherTenant, e.id(), WEEK))).isEmpty();
    }

    @Test
    void findsTheWeeksTouchingARange() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        inTx(() -> {
            personnel().timesheetRecords().add(sheet(e, WEEK.plusWeeks(1)));
            personnel().timesheetRecords().add(sheet(e, WEEK));
            personnel().timesheetRecords().add(sheet(e, WEEK.plusWeeks(4)));
        });

        assertThat(inTx(() -> personnel().timesheetRecords().findByEmployee(tenant, e.id(), WEEK.plusDays(6),
                WEEK.plusDays(7)))).extracting(Timesheet::weekStart).containsExactly(WEEK, WEEK.plusWeeks(1));
        assertThat(inTx(() -> personnel().timesheetRecords().findByEmployee(otherTenant, e.id(), WEEK,
                WEEK.plusWeeks(5)))).isEmpty();
    }

    @Test
    void findsTheWeeksOfEveryEmployeeOfAPeriodInOneCall() {
        Employee first = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Employee second = storedEmployee(tenant, "E-2", LocalDate.of(2025, 1, 1));
        Employee foreign = storedEmployee(otherTenant, "E-1", LocalDate.of(2025, 1, 1));
        inTx(() -> {
            personnel().timesheetRecords().add(sheet(first, WEEK.plusWeeks(1)));
            personnel().timesheetRecords().add(sheet(first, WEEK));
            personnel().timesheetRecords().add(sheet(second, WEEK.plusWeeks(1)));
            personnel().timesheetRecords().add(sheet(second, WEEK.plusWeeks(4)));
            personnel().timesheetRecords().add(sheet(foreign, WEEK));
        });

        java.util.List<Timesheet> found = inTx(() -> personnel().timesheetRecords().findByPeriod(tenant,
                WEEK.plusDays(6), WEEK.plusDays(7)));
        assertThat(found).extracting(Timesheet::employeeId, Timesheet::weekStart).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(first.id(), WEEK),
                org.assertj.core.groups.Tuple.tuple(first.id(), WEEK.plusWeeks(1)),
                org.assertj.core.groups.Tuple.tuple(second.id(), WEEK.plusWeeks(1)));
        // each employee's weeks in order, and the hours come along
        assertThat(found).filteredOn(t -> t.employeeId().equals(first.id())).extracting(Timesheet::weekStart)
                .containsExactly(WEEK, WEEK.plusWeeks(1));
        assertThat(found).allSatisfy(t -> assertThat(t.hours()).hasSize(2));
        assertThat(inTx(() -> personnel().timesheetRecords().findByPeriod(tenant, WEEK.plusWeeks(8),
                WEEK.plusWeeks(9)))).isEmpty();
    }

    @Test
    void updatesStatusAndRefusesAStaleVersion() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Timesheet t = sheet(e, WEEK);
        inTx(() -> personnel().timesheetRecords().add(t));
        Timesheet first = inTx(() -> personnel().timesheetRecords().find(tenant, t.id())).orElseThrow();
        Timesheet second = inTx(() -> personnel().timesheetRecords().find(tenant, t.id())).orElseThrow();

        first.submit("clerk");
        first.approve("boss", NOW);
        inTx(() -> personnel().timesheetRecords().update(first));
        second.record(Map.of(WEEK, BigDecimal.ZERO));
        assertThatThrownBy(() -> inTx(() -> personnel().timesheetRecords().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        Timesheet found = inTx(() -> personnel().timesheetRecords().find(tenant, t.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(TimesheetStatus.APPROVED);
        assertThat(found.submittedBy()).contains("clerk");
        assertThat(found.approvedBy()).contains("boss");
        assertThat(found.approvedAt()).contains(NOW);
        assertThat(found.hours()).hasSize(2);
    }
}
