package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class EmploymentContractTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private static ContractTerms monthly(String salary) {
        return new ContractTerms(ContractType.FULL_TIME, BigDecimal.valueOf(40), Pay.monthly(Money.of(salary, "EUR")), "CC");
    }

    private final EmploymentContract contract = EmploymentContract.start(EmployeeId.of(UUID.randomUUID()),
            TenantId.of("acme"), LocalDate.of(2026, 1, 15), monthly("3000.00"), "hr", NOW);

    @Test
    void splitsAMonthIntoTheSpansOfItsVersions() {
        contract.change(LocalDate.of(2026, 3, 10), monthly("3300.00"), "hr", NOW);

        assertThat(contract.spansDuring(DateRange.monthOf(LocalDate.of(2026, 1, 1))))
                .extracting(EmploymentContract.Span::days)
                .containsExactly(DateRange.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 31)));
        assertThat(contract.spansDuring(DateRange.monthOf(LocalDate.of(2026, 3, 1))))
                .extracting(s -> s.days().days(), s -> s.version().terms().pay().amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(9L, "EUR 3000.00"),
                        org.assertj.core.groups.Tuple.tuple(22L, "EUR 3300.00"));
        assertThat(contract.spansDuring(DateRange.monthOf(LocalDate.of(2025, 12, 1)))).isEmpty();
    }

    @Test
    void aChangeMustComeAfterTheLatestVersionInTheSameCurrency() {
        assertRefused("personnel.contract.change_not_after_latest",
                () -> contract.change(LocalDate.of(2026, 1, 15), monthly("1.00"), "hr", NOW));
        assertRefused("personnel.contract.invalid", () -> contract.change(LocalDate.of(2026, 2, 1),
                new ContractTerms(ContractType.FULL_TIME, BigDecimal.TEN, Pay.monthly(Money.of("1.00", "USD")), "CC"),
                "hr", NOW));
        assertThat(contract.versions()).hasSize(1);
        assertThat(contract.versionOn(LocalDate.of(2026, 1, 14))).isEmpty();
        assertThat(contract.versionOn(LocalDate.of(2026, 12, 31))).contains(contract.latest());
    }

    @Test
    void termsRefuseImpossibleHoursAndPay() {
        assertRefused("personnel.contract.invalid", () -> new ContractTerms(ContractType.PART_TIME, BigDecimal.ZERO,
                Pay.monthly(Money.of("1.00", "EUR")), "CC"));
        assertRefused("personnel.contract.invalid", () -> new ContractTerms(ContractType.PART_TIME,
                new BigDecimal("168.01"), Pay.monthly(Money.of("1.00", "EUR")), "CC"));
        assertRefused("personnel.contract.invalid", () -> Pay.hourly(Money.of("-1.00", "EUR")));
        assertRefused("personnel.contract.invalid", () -> new ContractTerms(ContractType.PART_TIME, BigDecimal.ONE,
                Pay.monthly(Money.of("1.00", "EUR")), " "));
        assertRefused("personnel.invalid_date_range",
                () -> DateRange.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31)));
    }
}
