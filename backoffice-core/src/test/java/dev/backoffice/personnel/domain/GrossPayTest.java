package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Proration with known results: the conventions of {@link GrossPay}. */
class GrossPayTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static ContractTerms monthly(String salary) {
        return new ContractTerms(ContractType.FULL_TIME, BigDecimal.valueOf(40), Pay.monthly(eur(salary)), "CC-1");
    }

    private static EmploymentContract contract(LocalDate from, ContractTerms terms) {
        return EmploymentContract.start(EmployeeId.of(UUID.randomUUID()), TenantId.of("acme"), from, terms, "hr", NOW);
    }

    private static GrossPay.Result pay(EmploymentContract contract, YearMonth month, DateRange employed) {
        return GrossPay.of(contract, month, employed, range -> BigDecimal.ZERO, range -> LeaveDays.ZERO, 22);
    }

    @Test
    void aJoinerOnThe15thOfA30DayMonthIsPaidSixteenThirtieths() {
        EmploymentContract c = contract(LocalDate.of(2026, 6, 15), monthly("3000.00"));
        GrossPay.Result june = pay(c, YearMonth.of(2026, 6), DateRange.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 30)));
        assertThat(june.basePay()).isEqualTo(eur("1600.00"));
        assertThat(june.unpaidLeave()).isEqualTo(eur("0.00"));
    }

    @Test
    void aRaiseOnThe10thSplitsTheMonthByCalendarDays() {
        EmploymentContract c = contract(LocalDate.of(2025, 1, 1), monthly("3000.00"));
        c.change(LocalDate.of(2026, 4, 10), monthly("3300.00"), "hr", NOW);
        // April: 9 days at 3,000.00 and 21 days at 3,300.00 of 30 -> 900.00 + 2,310.00
        assertThat(pay(c, YearMonth.of(2026, 4), DateRange.monthOf(LocalDate.of(2026, 4, 1))).basePay())
                .isEqualTo(eur("3210.00"));

        EmploymentContract march = contract(LocalDate.of(2025, 1, 1), monthly("3000.00"));
        march.change(LocalDate.of(2026, 3, 10), monthly("3300.00"), "hr", NOW);
        // March: 3,000.00 x 9 / 31 = 870.97 and 3,300.00 x 22 / 31 = 2,341.94
        assertThat(pay(march, YearMonth.of(2026, 3), DateRange.monthOf(LocalDate.of(2026, 3, 1))).basePay())
                .isEqualTo(eur("3212.91"));
        // a full month pays exactly the salary
        assertThat(pay(march, YearMonth.of(2026, 5), DateRange.monthOf(LocalDate.of(2026, 5, 1))).basePay())
                .isEqualTo(eur("3300.00"));
    }

    @Test
    void aLeaverIsPaidUpToTheLastDay() {
        EmploymentContract c = contract(LocalDate.of(2025, 1, 1), monthly("3100.00"));
        // leaves on 10 January (31 days): 3,100.00 x 10 / 31 = 1,000.00
        assertThat(pay(c, YearMonth.of(2026, 1), DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10)))
                .basePay()).isEqualTo(eur("1000.00"));
    }

    @Test
    void hourlyPayIsTheRateTimesApprovedHoursAndUnpaidLeaveIsDeductedPerWorkingDay() {
        EmploymentContract hourly = contract(LocalDate.of(2025, 1, 1), new ContractTerms(ContractType.PART_TIME,
                BigDecimal.valueOf(20), Pay.hourly(eur("20.00")), "CC-2"));
        GrossPay.Result worked = GrossPay.of(hourly, YearMonth.of(2026, 6), DateRange.monthOf(LocalDate.of(2026, 6, 1)),
                range -> new BigDecimal("38.5"), range -> LeaveDays.ofWhole(3), 22);
        assertThat(worked.basePay()).isEqualTo(eur("770.00"));
        assertThat(worked.hoursPaid()).isEqualByComparingTo("38.5");
        assertThat(worked.unpaidLeave()).isEqualTo(eur("0.00"));
        assertThat(worked.costCentre()).isEqualTo("CC-2");

        EmploymentContract salaried = contract(LocalDate.of(2025, 1, 1), monthly("3000.00"));
        // one unpaid day of 22 working days: 3,000.00 / 22 = 136.36
        GrossPay.Result unpaid = GrossPay.of(salaried, YearMonth.of(2026, 6), DateRange.monthOf(LocalDate.of(2026, 6, 1)),
                range -> BigDecimal.ZERO, range -> LeaveDays.ofWhole(1), 22);
        assertThat(unpaid.basePay()).isEqualTo(eur("3000.00"));
        assertThat(unpaid.unpaidLeave()).isEqualTo(eur("136.36"));
    }
}
