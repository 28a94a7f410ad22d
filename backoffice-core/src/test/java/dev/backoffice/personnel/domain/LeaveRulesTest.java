package dev.backoffice.personnel.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class LeaveRulesTest {

    private static final TenantId TENANT = TenantId.of("acme");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final EmployeeId EMPLOYEE = EmployeeId.of(UUID.randomUUID());
    private static final LeaveTypeId VACATION = LeaveTypeId.of(UUID.randomUUID());
    private static final AccrualPlan PLAN = new AccrualPlan(LeaveDays.ofWhole(25), LeaveDays.ofWhole(5));

    private static LeaveRequest request(LocalDate from, LocalDate to, boolean startsAfternoon, boolean endsAtNoon,
                                        WorkingDays calendar) {
        return LeaveRequest.request(LeaveRequestId.of(UUID.randomUUID()), TENANT, EMPLOYEE, VACATION, from, to,
                startsAfternoon, endsAtNoon, calendar, "alice", NOW);
    }

    private static LeaveRequest week(LocalDate monday) {
        return request(monday, monday.plusDays(4), false, false, WorkingDays.mondayToFriday());
    }

    @Test
    void entitlementIsProratedByCalendarDaysAndRoundedToHalfDays() {
        assertThat(PLAN.entitlement(2026, LocalDate.of(2020, 5, 1), null)).isEqualTo(LeaveDays.ofWhole(25));
        // joined on 1 July 2026: 25 x 184 / 365 = 12.60 days -> 12.5
        assertThat(PLAN.entitlement(2026, LocalDate.of(2026, 7, 1), null)).isEqualTo(LeaveDays.of("12.5"));
        // left on 31 March 2026: 25 x 90 / 365 = 6.16 -> 6.0
        assertThat(PLAN.entitlement(2026, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 31)))
                .isEqualTo(LeaveDays.ofWhole(6));
        assertThat(PLAN.entitlement(2025, LocalDate.of(2026, 7, 1), null)).isEqualTo(LeaveDays.ZERO);
        assertThat(PLAN.entitlement(2027, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 3, 31))).isEqualTo(LeaveDays.ZERO);
    }

    @Test
    void countsWorkingDaysOnlyWithHalfDaysAndHolidays() {
        WorkingDays easter = new WorkingDays(Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6)));
        // Thu 2 April to Tue 7 April 2026: Good Friday and Easter Monday are holidays, the weekend is off
        assertThat(request(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7), false, false, easter).days())
                .isEqualTo(LeaveDays.ofWhole(2));
        // Mon afternoon to Fri noon: 4 days
        assertThat(request(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), true, true, easter).days())
                .isEqualTo(LeaveDays.ofWhole(4));
        assertThat(request(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), true, false, easter).days())
                .isEqualTo(LeaveDays.of("0.5"));
        assertRefused("personnel.leave.invalid_period",
                () -> request(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), false, false, easter));
        assertRefused("personnel.leave.invalid_period",
                () -> request(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), true, true, easter));
        assertRefused("personnel.leave.invalid_period",
                () -> request(LocalDate.of(2026, 12, 28), LocalDate.of(2028, 1, 4), false, false, easter));
        assertRefused("personnel.leave.invalid_period",
                () -> request(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2), false, false, easter));
    }

    @Test
    void aMorningAndAnAfternoonOfTheSameDayDoNotOverlap() {
        WorkingDays calendar = WorkingDays.mondayToFriday();
        LocalDate day = LocalDate.of(2026, 3, 4);
        LeaveRequest morning = request(day, day, false, true, calendar);
        LeaveRequest afternoon = request(day, day, true, false, calendar);
        LeaveRequest endsThatMorning = request(LocalDate.of(2026, 3, 2), day, false, true, calendar);

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(afternoon.overlaps(endsThatMorning)).isFalse();
        assertThat(morning.overlaps(endsThatMorning)).isTrue();
        assertThat(week(LocalDate.of(2026, 3, 2)).overlaps(week(LocalDate.of(2026, 3, 9)))).isFalse();
    }

    @Test
    void theBalanceCarriesOverCappedAndCountsOnlyActiveRequests() {
        LeaveRequest taken2026 = week(LocalDate.of(2026, 3, 2));
        taken2026.approve("manager", NOW, null);
        LeaveRequest cancelled = week(LocalDate.of(2026, 3, 9));
        cancelled.approve("manager", NOW, null);
        cancelled.cancel("alice", NOW);
        LeaveRequest pending2027 = week(LocalDate.of(2027, 3, 1));

        LeaveBalance y2026 = LeaveBalance.compute(PLAN, LocalDate.of(2025, 1, 1), null, 2026,
                List.of(taken2026, cancelled, pending2027));
        assertThat(y2026.taken()).isEqualTo(LeaveDays.ofWhole(5));
        assertThat(y2026.carriedOver()).isEqualTo(LeaveDays.ofWhole(5)); // 25 unused in 2025, capped at 5
        assertThat(y2026.remaining()).isEqualTo(LeaveDays.ofWhole(25));

        LeaveBalance y2027 = LeaveBalance.compute(PLAN, LocalDate.of(2025, 1, 1), null, 2027,
                List.of(taken2026, cancelled, pending2027));
        assertThat(y2027.carriedOver()).isEqualTo(LeaveDays.ofWhole(5));
        assertThat(y2027.pending()).isEqualTo(LeaveDays.ofWhole(5));
        assertThat(y2027.available()).isEqualTo(LeaveDays.ofWhole(25));
        assertThat(PLAN.carryOver(LeaveDays.ofWhole(-3))).isEqualTo(LeaveDays.ofWhole(-3));
    }

    @Test
    void theRequesterCannotDecideAndOnlyPendingRequestsAreDecided() {
        LeaveRequest r = week(LocalDate.of(2026, 3, 2));
        assertRefused("personnel.leave.self_approval", () -> r.approve("alice", NOW, null));
        assertRefused("personnel.leave.self_approval", () -> r.reject("alice", NOW, null));
        r.reject("manager", NOW, "busy week");
        assertRefused("personnel.leave.invalid_state", () -> r.approve("manager", NOW, null));
        assertRefused("personnel.leave.invalid_state", () -> r.cancel("alice", NOW));
        assertRefused("personnel.leave_type.invalid", () -> LeaveDays.of("0.3"));
    }

    @Test
    void aRequestAcrossTheNewYearCountsEachYearsDaysInThatYearsBalance() {
        WorkingDays newYear = new WorkingDays(Set.of(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY),
                Set.of(LocalDate.of(2027, 1, 1)));
        // Mon 28 Dec 2026 to Tue 5 Jan 2027 ending at noon; New Year's Day is a holiday: 4 days, then 1.5
        LeaveRequest winter = request(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5), false, true, newYear);
        assertThat(winter.days()).isEqualTo(LeaveDays.of("5.5"));
        assertThat(winter.years()).containsExactly(2026, 2027);
        assertThat(winter.daysIn(2026)).isEqualTo(LeaveDays.ofWhole(4));
        assertThat(winter.daysIn(2027)).isEqualTo(LeaveDays.of("1.5"));
        assertThat(winter.daysIn(2028)).isEqualTo(LeaveDays.ZERO);
        winter.approve("bob", NOW, null);

        LeaveBalance y2026 = LeaveBalance.compute(PLAN, LocalDate.of(2026, 1, 1), null, 2026, List.of(winter));
        LeaveBalance y2027 = LeaveBalance.compute(PLAN, LocalDate.of(2026, 1, 1), null, 2027, List.of(winter));
        assertThat(y2026.taken()).isEqualTo(LeaveDays.ofWhole(4));
        assertThat(y2027.carriedOver()).isEqualTo(LeaveDays.ofWhole(5));
        assertThat(y2027.taken()).isEqualTo(LeaveDays.of("1.5"));
        assertThat(y2027.remaining()).isEqualTo(LeaveDays.of("28.5"));

        // within one year all days are that year's; beyond one new year the request is refused
        LeaveRequest june = week(LocalDate.of(2026, 6, 1));
        assertThat(june.years()).containsExactly(2026);
        assertThat(june.daysIn(2026)).isEqualTo(june.days());
        assertRefused("personnel.leave.invalid_period",
                () -> request(LocalDate.of(2026, 12, 28), LocalDate.of(2028, 1, 4), false, false, newYear));
    }
}
