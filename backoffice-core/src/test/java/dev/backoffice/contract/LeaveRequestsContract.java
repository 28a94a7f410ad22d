package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.personnel.domain.AccrualPlan;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.LeaveCategory;
import dev.backoffice.personnel.domain.LeaveDays;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.WorkingDays;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.LeaveTypes} and {@link dev.backoffice.personnel.spi.LeaveRequests}. */
public abstract class LeaveRequestsContract extends PersonnelAdapterContract {

    private LeaveType storedType(String code) {
        LeaveType type = LeaveType.define(LeaveTypeId.of(newId()), tenant, code, "Vacation", LeaveCategory.VACATION,
                true, new AccrualPlan(LeaveDays.ofWhole(25), LeaveDays.of("5.5")), true, NOW);
        inTx(() -> personnel().leaveTypes().add(type));
        return type;
    }

    private LeaveRequest request(Employee e, LeaveType type, LocalDate from, LocalDate to) {
        return LeaveRequest.request(LeaveRequestId.of(newId()), e.tenant(), e.id(), type.id(), from, to, true, false,
                WorkingDays.mondayToFriday(), "alice", NOW);
    }

    @Test
    void storesLeaveTypesWithUniqueCodesPerTenant() {
        LeaveType type = storedType("VAC");
        LeaveType found = inTx(() -> personnel().leaveTypes().findByCode(tenant, "VAC")).orElseThrow();
        assertThat(found.id()).isEqualTo(type.id());
        assertThat(found.category()).isEqualTo(LeaveCategory.VACATION);
        assertThat(found.isPaid()).isTrue();
        assertThat(found.accrualPlan()).contains(new AccrualPlan(LeaveDays.ofWhole(25), LeaveDays.of("5.5")));
        assertThat(found.isNegativeBalanceAllowed()).isTrue();
        assertThatThrownBy(() -> storedType("VAC")).isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> personnel().leaveTypes().find(otherTenant, type.id()))).isEmpty();
        assertThat(inTx(() -> personnel().leaveTypes().findAll(tenant))).hasSize(1);
        assertThat(inTx(() -> personnel().leaveTypes().findAll(otherTenant))).isEmpty();
    }

    @Test
    void findsAnEmployeesRequestsTouchingARange() {
        LeaveType type = storedType("VAC");
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Employee other = storedEmployee(tenant, "E-2", LocalDate.of(2025, 1, 1));
        LeaveRequest march = request(e, type, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
        LeaveRequest may = request(e, type, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 8));
        LeaveRequest others = request(other, type, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
        inTx(() -> {
            personnel().leaveRequests().lockEmployee(tenant, e.id());
            personnel().leaveRequests().add(may);
            personnel().leaveRequests().add(march);
            personnel().leaveRequests().add(others);
        });

        assertThat(inTx(() -> personnel().leaveRequests().findByEmployee(tenant, e.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).extracting(LeaveRequest::id).containsExactly(march.id(), may.id());
        assertThat(inTx(() -> personnel().leaveRequests().findByEmployee(tenant, e.id(), LocalDate.of(2026, 3, 6),
                LocalDate.of(2026, 5, 4)))).hasSize(2);
        assertThat(inTx(() -> personnel().leaveRequests().findByEmployee(tenant, e.id(), LocalDate.of(2026, 3, 7),
                LocalDate.of(2026, 5, 3)))).isEmpty();
        assertThat(inTx(() -> personnel().leaveRequests().findByEmployee(otherTenant, e.id(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).isEmpty();
        LeaveRequest found = inTx(() -> personnel().leaveRequests().find(tenant, march.id())).orElseThrow();
        assertThat(found.startsAfternoon()).isTrue();
        assertThat(found.endsAtNoon()).isFalse();
        assertThat(found.days()).isEqualTo(LeaveDays.of("4.5"));
        assertThat(found.requestedBy()).isEqualTo("alice");
        assertThat(inTx(() -> personnel().leaveRequests().find(otherTenant, march.id()))).isEmpty();
    }

    @Test
    void findsTheRequestsOfEveryEmployeeOfAPeriodInOneCall() {
        LeaveType type = storedType("VAC");
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        Employee other = storedEmployee(tenant, "E-2", LocalDate.of(2025, 1, 1));
        LeaveRequest june = request(e, type, LocalDate.of(2026, 6, 22), LocalDate.of(2026, 6, 26));
        LeaveRequest endOfMay = request(e, type, LocalDate.of(2026, 5, 27), LocalDate.of(2026, 6, 2));
        LeaveRequest others = request(other, type, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 3));
        LeaveRequest july = request(other, type, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 10));
        inTx(() -> {
            personnel().leaveRequests().add(june);
            personnel().leaveRequests().add(endOfMay);
            personnel().leaveRequests().add(others);
            personnel().leaveRequests().add(july);
        });
        LeaveRequest cancelled = inTx(() -> personnel().leaveRequests().find(tenant, others.id())).orElseThrow();
        cancelled.cancel("alice", NOW);
        inTx(() -> personnel().leaveRequests().update(cancelled));

        java.util.List<LeaveRequest> found = inTx(() -> personnel().leaveRequests().findByPeriod(tenant,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        // whatever their status, each employee's by first day
        assertThat(found).extracting(LeaveRequest::id).containsExactlyInAnyOrder(endOfMay.id(), june.id(), others.id());
        assertThat(found).filteredOn(r -> r.employeeId().equals(e.id())).extracting(LeaveRequest::id)
                .containsExactly(endOfMay.id(), june.id());
        assertThat(found).filteredOn(r -> r.id().equals(others.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(LeaveStatus.CANCELLED));
        assertThat(inTx(() -> personnel().leaveRequests().findByPeriod(otherTenant, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)))).isEmpty();
    }

    @Test
    void updatesTheDecisionAndRefusesAStaleVersion() {
        LeaveType type = storedType("VAC");
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        LeaveRequest r = request(e, type, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
        inTx(() -> personnel().leaveRequests().add(r));
        LeaveRequest first = inTx(() -> personnel().leaveRequests().find(tenant, r.id())).orElseThrow();
        LeaveRequest second = inTx(() -> personnel().leaveRequests().find(tenant, r.id())).orElseThrow();

        first.approve("bob", NOW, "enjoy");
        inTx(() -> personnel().leaveRequests().update(first));
        second.reject("carol", NOW, "no");
        assertThatThrownBy(() -> inTx(() -> personnel().leaveRequests().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        LeaveRequest found = inTx(() -> personnel().leaveRequests().find(tenant, r.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(LeaveStatus.APPROVED);
        assertThat(found.decidedBy()).contains("bob");
        assertThat(found.decidedAt()).contains(NOW);
        assertThat(found.note()).contains("enjoy");
    }

    @Test
    void keepsTheDaysOfEachYearOfARequestAcrossTheNewYear() {
        LeaveType type = storedType("VAC");
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        // Mon 28 Dec 2026 (afternoon only) to Tue 5 Jan 2027: 3.5 working days in 2026, 3 in 2027
        LeaveRequest winter = request(e, type, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5));
        inTx(() -> personnel().leaveRequests().add(winter));

        LeaveRequest found = inTx(() -> personnel().leaveRequests().find(tenant, winter.id())).orElseThrow();
        assertThat(found.days()).isEqualTo(LeaveDays.of("6.5"));
        assertThat(found.firstYearDays()).isEqualTo(LeaveDays.of("3.5"));
        assertThat(found.daysIn(2026)).isEqualTo(LeaveDays.of("3.5"));
        assertThat(found.daysIn(2027)).isEqualTo(LeaveDays.ofWhole(3));
        assertThat(inTx(() -> personnel().leaveRequests().findByEmployee(tenant, e.id(), LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31)))).extracting(LeaveRequest::id).containsExactly(winter.id());
        assertThat(inTx(() -> personnel().leaveRequests().findByPeriod(tenant, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31)))).extracting(LeaveRequest::id).containsExactly(winter.id());
    }
}
