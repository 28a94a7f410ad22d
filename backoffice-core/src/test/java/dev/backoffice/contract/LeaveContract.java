package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.Leave;
import dev.backoffice.personnel.api.LeaveBalanceSnapshot;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.domain.LeaveApproved;
import dev.backoffice.personnel.domain.LeaveCancelled;
import dev.backoffice.personnel.domain.LeaveRequested;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.spi.FixedHolidays;
import dev.backoffice.personnel.spi.HolidayCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Leave through the public api: working days, balances, overlaps, who approves, cancellation, tenants. */
public abstract class LeaveContract extends PersonnelApiContract {

    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2); // a Monday
    private static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
    private static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);

    private Leave leave;
    private Actor ada;
    private Actor mary;
    private Actor bob;
    private EmployeeSnapshot adaRecord;
    private EmployeeSnapshot bobRecord;
    private LeaveTypeSnapshot vacation;
    private LeaveTypeSnapshot sick;

    @Override
    protected HolidayCalendar holidayCalendar() {
        return FixedHolidays.of(GOOD_FRIDAY, EASTER_MONDAY);
    }

    @BeforeEach
    void team() {
        leave = personnelContext.leave();
        ada = Actor.of(tenant, "ada");
        mary = Actor.of(tenant, "mary");
        bob = Actor.of(tenant, "bob");
        DepartmentSnapshot finance = personnelContext.organisation().createDepartment(hr, CreateDepartment.root("FIN", "Finance"));
        EmployeeSnapshot maryRecord = personnelContext.employees().hire(hr,
                HireEmployee.of("E-001", "Mary", "Manager", LocalDate.of(2024, 1, 1)).in(finance.id(), null).actingAs("mary"));
        adaRecord = personnelContext.employees().hire(hr,
                HireEmployee.of("E-002", "Ada", "Lovelace", LocalDate.of(2025, 1, 1)).in(finance.id(), null).actingAs("ada"));
        bobRecord = personnelContext.employees().hire(hr,
                HireEmployee.of("E-003", "Bob", "Colleague", LocalDate.of(2025, 1, 1)).in(finance.id(), null).actingAs("bob"));
        personnelContext.organisation().appointManager(hr, finance.id(), maryRecord.id());
        vacation = leave.defineLeaveType(hr, DefineLeaveType.paidVacation("VAC", "25", "5"));
        sick = leave.defineLeaveType(hr, DefineLeaveType.sick("SICK"));
        // HR approves anybody's leave; a plain colleague does not
        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.APPROVE_ANY_LEAVE) || actor.id().equals("hr");
        published.clear();
    }

    private LeaveRequestSnapshot request(Actor who, LocalDate from, LocalDate to) {
        return leave.requestLeave(who, RequestLeave.of(adaRecord.id(), vacation.id(), from, to));
    }

    private BigDecimal available() {
        return leave.balance(hr, adaRecord.id(), vacation.id(), 2026).available();
    }

    @Test
    void theManagerApprovesAndTheBalanceCountsWorkingDaysOnly() {
        // 2025 unused: 25 days, 5 of them carried into 2026
        LeaveBalanceSnapshot before = leave.balance(hr, adaRecord.id(), vacation.id(), 2026);
        assertThat(before.entitlement()).isEqualByComparingTo("25");
        assertThat(before.carriedOver()).isEqualByComparingTo("5");
        assertThat(before.available()).isEqualByComparingTo("30");

        // Thu 2 April to Tue 7 April: Good Friday, the weekend and Easter Monday do not count
        LeaveRequestSnapshot easter = request(ada, LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 7));
        assertThat(easter.days()).isEqualByComparingTo("2");
        assertThat(easter.status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(leave.balance(hr, adaRecord.id(), vacation.id(), 2026).pending()).isEqualByComparingTo("2");
        assertThat(available()).isEqualByComparingTo("28");

        LeaveRequestSnapshot approved = leave.approve(mary, easter.id(), "enjoy");
        assertThat(approved.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("mary");
        LeaveBalanceSnapshot after = leave.balance(hr, adaRecord.id(), vacation.id(), 2026);
        assertThat(after.taken()).isEqualByComparingTo("2");
        assertThat(after.pending()).isEqualByComparingTo("0");
        assertThat(after.remaining()).isEqualByComparingTo("28");
        assertThat(events(LeaveRequested.class)).singleElement().satisfies(e -> assertThat(e.days().days()).isEqualByComparingTo("2"));
        assertThat(events(LeaveApproved.class)).singleElement().satisfies(e -> assertThat(e.approvedBy()).isEqualTo("mary"));
        assertThat(auditOf(easter.id().value())).extracting(r -> r.action())
                .containsExactly(PersonnelPermissions.REQUEST_LEAVE, PersonnelPermissions.DECIDE_LEAVE);
    }

    @Test
    void nobodyApprovesTheirOwnLeave() {
        LeaveRequestSnapshot own = request(ada, MAR_2, MAR_2.plusDays(4));
        assertRefused("personnel.leave.self_approval", () -> leave.approve(ada, own.id(), null));
        assertRefused("personnel.leave.self_approval", () -> leave.reject(ada, own.id(), null));

        // HR asked on Ada's behalf: Ada still cannot approve her own leave, nor HR the request it made
        LeaveRequestSnapshot onBehalf = request(hr, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4));
        assertRefused("personnel.leave.self_approval", () -> leave.approve(ada, onBehalf.id(), null));
        assertRefused("personnel.leave.self_approval", () -> leave.approve(hr, onBehalf.id(), null));
        assertThat(leave.leaveRequest(hr, own.id()).status()).isEqualTo(LeaveStatus.PENDING);
        assertThat(events(LeaveApproved.class)).isEmpty();
    }

    @Test
    void onlyAManagerOrAnApproverThePolicyAllowsDecides() {
        LeaveRequestSnapshot r = request(ada, MAR_2, MAR_2.plusDays(4));
        assertRefused("personnel.leave.not_approver", () -> leave.approve(bob, r.id(), null));
        assertRefused("personnel.leave.not_approver", () -> leave.reject(Actor.of(tenant, "stranger"), r.id(), null));

        // Bob's leave is decided by HR, which holds personnel.leave.approve_any
        LeaveRequestSnapshot bobs = leave.requestLeave(bob, RequestLeave.of(bobRecord.id(), vacation.id(), MAR_2, MAR_2));
        assertThat(leave.reject(Actor.of(tenant, "hr"), bobs.id(), "month end").status()).isEqualTo(LeaveStatus.REJECTED);
        assertThat(leave.approve(mary, r.id(), null).status()).isEqualTo(LeaveStatus.APPROVED);
        assertRefused("personnel.leave.invalid_state", () -> leave.approve(hr, r.id(), null));
    }

    @Test
    void refusesOverlapsAndRequestsBeyondTheBalance() {
        request(ada, MAR_2, MAR_2.plusDays(4));
        assertRefused("personnel.leave.overlaps", () -> request(ada, MAR_2.plusDays(4), MAR_2.plusDays(7)));
        assertRefused("personnel.leave.overlaps", () -> leave.requestLeave(ada,
                RequestLeave.of(adaRecord.id(), sick.id(), MAR_2.plusDays(2), MAR_2.plusDays(2))));
        // a half day next to another half day is fine
        leave.requestLeave(ada, RequestLeave.halfDay(adaRecord.id(), vacation.id(), LocalDate.of(2026, 3, 11), false));
        leave.requestLeave(ada, RequestLeave.halfDay(adaRecord.id(), sick.id(), LocalDate.of(2026, 3, 11), true));
        assertThat(available()).isEqualByComparingTo("24.5");

        // 24.5 days left: five working weeks are too many
        assertRefused("personnel.leave.insufficient_balance",
                () -> request(ada, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 3)));
        assertThat(available()).isEqualByComparingTo("24.5");
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2026)).hasSize(3);

        // a type that allows a negative balance takes it
        LeaveTypeSnapshot advance = leave.defineLeaveType(hr, new DefineLeaveType("ADV", "Advance vacation",
                dev.backoffice.personnel.domain.LeaveCategory.VACATION, true, BigDecimal.ONE, BigDecimal.ZERO, true, null));
        LeaveRequestSnapshot big = leave.requestLeave(ada,
                RequestLeave.of(adaRecord.id(), advance.id(), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 5)));
        assertThat(leave.balance(hr, adaRecord.id(), advance.id(), 2026).available()).isEqualByComparingTo("-4");
        assertThat(big.days()).isEqualByComparingTo("5");
    }

    @Test
    void cancellingApprovedLeaveGivesTheDaysBack() {
        LeaveRequestSnapshot r = request(ada, MAR_2, MAR_2.plusDays(4));
        leave.approve(mary, r.id(), null);
        assertThat(available()).isEqualByComparingTo("25");

        LeaveRequestSnapshot cancelled = leave.cancel(ada, r.id());
        assertThat(cancelled.status()).isEqualTo(LeaveStatus.CANCELLED);
        assertThat(available()).isEqualByComparingTo("30");
        assertThat(events(LeaveCancelled.class)).singleElement()
                .satisfies(e -> assertThat(e.previousStatus()).isEqualTo(LeaveStatus.APPROVED));
        assertRefused("personnel.leave.invalid_state", () -> leave.cancel(ada, r.id()));
        // the days are free again for a new request
        assertThat(request(ada, MAR_2, MAR_2.plusDays(4)).status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void refusesDaysOutsideTheEmploymentAndBadInput() {
        assertRefused("personnel.employee.not_employed",
                () -> request(ada, LocalDate.of(2024, 12, 30), LocalDate.of(2024, 12, 31)));
        assertRefused("personnel.leave.invalid_period",
                () -> request(ada, LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)));
        assertRefused("validation.failed", () -> leave.requestLeave(ada,
                new RequestLeave(adaRecord.id(), vacation.id(), null, MAR_2, false, false, null)));
        assertRefused("personnel.leave_type.code_taken", () -> leave.defineLeaveType(hr, DefineLeaveType.sick("VAC")));
        assertRefused("validation.failed", () -> leave.defineLeaveType(hr, DefineLeaveType.paidVacation("V2", "25.25", "0")));
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2026)).isEmpty();
        assertThat(leave.leaveTypes(hr)).extracting(LeaveTypeSnapshot::code).containsExactly("SICK", "VAC");
    }

    @Test
    void theSameIdempotencyKeyRequestsOnce() {
        RequestLeave command = RequestLeave.of(adaRecord.id(), vacation.id(), MAR_2, MAR_2).withIdempotencyKey("leave-1");
        LeaveRequestSnapshot first = leave.requestLeave(ada, command);
        assertThat(leave.requestLeave(ada, command).id()).isEqualTo(first.id());
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2026)).hasSize(1);
    }

    @Test
    void anotherTenantSeesAndDecidesNothing() {
        LeaveRequestSnapshot r = request(ada, MAR_2, MAR_2);
        assertRefused("personnel.leave.not_found", () -> leave.leaveRequest(intruder, r.id()));
        assertRefused("personnel.leave.not_found", () -> leave.approve(intruder, r.id(), null));
        assertRefused("personnel.employee.not_found", () -> leave.requestLeave(intruder,
                RequestLeave.of(adaRecord.id(), vacation.id(), MAR_2.plusDays(1), MAR_2.plusDays(1))));
        assertThat(leave.leaveTypes(intruder)).isEmpty();
        assertThat(leave.leaveRequest(hr, r.id()).status()).isEqualTo(LeaveStatus.PENDING);
    }

    @Test
    void aLeaveAcrossTheNewYearDrawsEachYearsDaysFromThatYear() {
        // Mon 28 Dec 2026 to Tue 5 Jan 2027: four working days in 2026, three in 2027 (1 January is no holiday here)
        LeaveRequestSnapshot winter = request(ada, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5));
        assertThat(winter.days()).isEqualByComparingTo("7");
        assertThat(winter.daysByYear()).containsOnlyKeys(2026, 2027);
        assertThat(winter.daysByYear().get(2026)).isEqualByComparingTo("4");
        assertThat(winter.daysByYear().get(2027)).isEqualByComparingTo("3");
        assertThat(leave.balance(hr, adaRecord.id(), vacation.id(), 2026).pending()).isEqualByComparingTo("4");
        assertThat(leave.balance(hr, adaRecord.id(), vacation.id(), 2027).pending()).isEqualByComparingTo("3");

        leave.approve(mary, winter.id(), null);
        LeaveBalanceSnapshot y2026 = leave.balance(hr, adaRecord.id(), vacation.id(), 2026);
        LeaveBalanceSnapshot y2027 = leave.balance(hr, adaRecord.id(), vacation.id(), 2027);
        assertThat(y2026.taken()).isEqualByComparingTo("4");
        assertThat(y2026.remaining()).isEqualByComparingTo("26");
        // 2026 leaves 26 days, of which the cap carries 5 into 2027
        assertThat(y2027.carriedOver()).isEqualByComparingTo("5");
        assertThat(y2027.taken()).isEqualByComparingTo("3");
        assertThat(y2027.available()).isEqualByComparingTo("27");
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2026)).extracting(LeaveRequestSnapshot::id).contains(winter.id());
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2027)).extracting(LeaveRequestSnapshot::id).contains(winter.id());

        // a request overlapping its January part is refused; cancelling gives both years' days back
        assertRefused("personnel.leave.overlaps", () -> request(ada, LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4)));
        leave.cancel(ada, winter.id());
        assertThat(leave.balance(hr, adaRecord.id(), vacation.id(), 2026).available()).isEqualByComparingTo("30");
        assertThat(leave.balance(hr, adaRecord.id(), vacation.id(), 2027).available()).isEqualByComparingTo("30");
    }

    @Test
    void aLeaveAcrossTheNewYearNeedsTheBalanceOfBothYears() {
        LeaveTypeSnapshot shortLeave = leave.defineLeaveType(hr, DefineLeaveType.paidVacation("SHORT", "5", "0"));
        LeaveRequestSnapshot january = leave.requestLeave(ada, RequestLeave.of(adaRecord.id(), shortLeave.id(),
                LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 8)));
        leave.approve(mary, january.id(), null);

        // 4 of 5 days in 2026 would pass, but 2027 holds only 2 of the 3 asked
        assertRefused("personnel.leave.insufficient_balance", () -> leave.requestLeave(ada, RequestLeave.of(
                adaRecord.id(), shortLeave.id(), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5))));
        assertThat(leave.balance(hr, adaRecord.id(), shortLeave.id(), 2026).available()).isEqualByComparingTo("5");
        assertThat(leave.balance(hr, adaRecord.id(), shortLeave.id(), 2027).available()).isEqualByComparingTo("2");
        assertThat(leave.leaveRequests(hr, adaRecord.id(), 2026)).isEmpty();

        // Mon 28 Dec 2026 to Mon 4 Jan 2027: four days in 2026, Friday 1 and Monday 4 January in 2027
        LeaveRequestSnapshot fits = leave.requestLeave(ada, RequestLeave.of(adaRecord.id(), shortLeave.id(),
                LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 4)));
        assertThat(fits.daysByYear().get(2027)).isEqualByComparingTo("2");
        assertThat(leave.balance(hr, adaRecord.id(), shortLeave.id(), 2027).available()).isEqualByComparingTo("0");

        // more than one new year is refused
        assertRefused("personnel.leave.invalid_period", () -> request(ada, LocalDate.of(2026, 12, 28),
                LocalDate.of(2028, 1, 3)));
    }
}
