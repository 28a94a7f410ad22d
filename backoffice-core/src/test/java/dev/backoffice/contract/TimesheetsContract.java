package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.RecordHours;
import dev.backoffice.personnel.api.TimesheetSnapshot;
import dev.backoffice.personnel.api.Timesheets;
import dev.backoffice.personnel.domain.TimesheetApproved;
import dev.backoffice.personnel.domain.TimesheetStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Timesheets through the public api. */
public abstract class TimesheetsContract extends PersonnelApiContract {

    private static final LocalDate WEEK = LocalDate.of(2026, 6, 8);

    private Timesheets timesheets;
    private EmployeeSnapshot cy;
    private Actor cyself;
    private Actor boss;

    @BeforeEach
    void worker() {
        timesheets = personnelContext.timesheets();
        cy = personnelContext.employees().hire(hr, HireEmployee.of("E-003", "Cy", "Hourly", LocalDate.of(2026, 6, 9))
                .actingAs("cy"));
        cyself = Actor.of(tenant, "cy");
        boss = Actor.of(tenant, "boss");
        published.clear();
    }

    @Test
    void hoursAreRecordedSubmittedAndApprovedBySomeoneElse() {
        TimesheetSnapshot open = timesheets.recordHours(cyself, RecordHours.of(cy.id(), WEEK,
                Map.of(WEEK.plusDays(1), new BigDecimal("8"), WEEK.plusDays(2), new BigDecimal("6.5"))));
        TimesheetSnapshot corrected = timesheets.recordHours(cyself, RecordHours.of(cy.id(), WEEK,
                Map.of(WEEK.plusDays(2), new BigDecimal("7.5"))));
        assertThat(corrected.id()).isEqualTo(open.id());
        assertThat(corrected.totalHours()).isEqualByComparingTo("15.5");

        timesheets.submit(cyself, open.id());
        assertRefused("personnel.timesheet.invalid_state", () -> timesheets.recordHours(cyself,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK.plusDays(3), BigDecimal.ONE))));
        assertRefused("personnel.timesheet.self_approval", () -> timesheets.approve(cyself, open.id()));
        assertThat(timesheets.reject(boss, open.id()).status()).isEqualTo(TimesheetStatus.OPEN);
        timesheets.submit(hr, open.id());
        assertRefused("personnel.timesheet.self_approval", () -> timesheets.approve(hr, open.id()));
        assertRefused("personnel.timesheet.self_approval", () -> timesheets.approve(cyself, open.id()));
        TimesheetSnapshot approved = timesheets.approve(boss, open.id());
        assertThat(approved.status()).isEqualTo(TimesheetStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo("boss");
        assertThat(events(TimesheetApproved.class)).hasSize(1);
    }

    @Test
    void refusesImpossibleHoursDaysOutsideTheWeekOrTheEmploymentAndOtherTenants() {
        assertRefused("validation.failed", () -> timesheets.recordHours(hr,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK.plusDays(1), new BigDecimal("25")))));
        assertRefused("personnel.timesheet.invalid_hours", () -> timesheets.recordHours(hr,
                RecordHours.of(cy.id(), WEEK.plusDays(1), Map.of(WEEK.plusDays(1), BigDecimal.ONE))));
        assertRefused("personnel.timesheet.invalid_hours", () -> timesheets.recordHours(hr,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK.plusDays(7), BigDecimal.ONE))));
        assertRefused("personnel.employee.not_employed", () -> timesheets.recordHours(hr,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK, BigDecimal.ONE))));
        TimesheetSnapshot sheet = timesheets.recordHours(hr,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK.plusDays(1), BigDecimal.ONE)));
        assertRefused("personnel.timesheet.not_found", () -> timesheets.timesheet(intruder, sheet.id()));
        assertRefused("personnel.employee.not_found", () -> timesheets.recordHours(intruder,
                RecordHours.of(cy.id(), WEEK, Map.of(WEEK.plusDays(1), BigDecimal.ONE))));
        assertThat(timesheets.timesheet(hr, sheet.id()).totalHours()).isEqualByComparingTo("1");
    }
}
