package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.personnel.domain.ContractTerms;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.ContractVersion;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.Pay;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.EmploymentContracts}. */
public abstract class EmploymentContractsContract extends PersonnelAdapterContract {

    private static final LocalDate HIRED = LocalDate.of(2026, 1, 1);

    private static ContractTerms terms(String salary, String hours) {
        return new ContractTerms(ContractType.FULL_TIME, new BigDecimal(hours), Pay.monthly(eur(salary)), "CC-100");
    }

    @Test
    void storesAContractWithItsVersionsInOrderAndFindsItInTheTenantOnly() {
        Employee e = storedEmployee(tenant, "E-1", HIRED);
        EmploymentContract contract = EmploymentContract.start(e.id(), tenant, HIRED, terms("3000.00", "40"), "hr", NOW);
        contract.change(LocalDate.of(2026, 4, 1), new ContractTerms(ContractType.PART_TIME, new BigDecimal("20.5"),
                Pay.hourly(eur("25.50")), "CC-200"), "hr", NOW);
        inTx(() -> personnel().employmentContracts().add(contract));

        EmploymentContract found = inTx(() -> personnel().employmentContracts().find(tenant, e.id())).orElseThrow();
        assertThat(found.employeeId()).isEqualTo(e.id());
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.versions()).extracting(ContractVersion::validFrom)
                .containsExactly(HIRED, LocalDate.of(2026, 4, 1));
        ContractVersion second = found.versions().get(1);
        assertThat(second.terms().type()).isEqualTo(ContractType.PART_TIME);
        assertThat(second.terms().weeklyHours()).isEqualByComparingTo("20.5");
        assertThat(second.terms().pay()).isEqualTo(Pay.hourly(eur("25.50")));
        assertThat(second.terms().costCentre()).isEqualTo("CC-200");
        assertThat(second.recordedBy()).isEqualTo("hr");
        assertThat(second.recordedAt()).isEqualTo(NOW);
        assertThat(inTx(() -> personnel().employmentContracts().find(otherTenant, e.id()))).isEmpty();
        assertThat(inTx(() -> personnel().employmentContracts().findAll(tenant))).hasSize(1);
        assertThat(inTx(() -> personnel().employmentContracts().findAll(otherTenant))).isEmpty();
    }

    @Test
    void refusesASecondContractForTheSameEmployee() {
        Employee e = storedEmployee(tenant, "E-1", HIRED);
        inTx(() -> personnel().employmentContracts().add(
                EmploymentContract.start(e.id(), tenant, HIRED, terms("3000.00", "40"), "hr", NOW)));

        assertThatThrownBy(() -> inTx(() -> personnel().employmentContracts().add(
                EmploymentContract.start(e.id(), tenant, HIRED, terms("1.00", "1"), "hr", NOW))))
                .isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> personnel().employmentContracts().find(tenant, e.id())).orElseThrow().latest().terms())
                .isEqualTo(terms("3000.00", "40"));
    }

    @Test
    void appendsVersionsAndRefusesAStaleVersion() {
        Employee e = storedEmployee(tenant, "E-1", HIRED);
        inTx(() -> personnel().employmentContracts().add(
                EmploymentContract.start(e.id(), tenant, HIRED, terms("3000.00", "40"), "hr", NOW)));
        EmploymentContract first = inTx(() -> personnel().employmentContracts().find(tenant, e.id())).orElseThrow();
        EmploymentContract second = inTx(() -> personnel().employmentContracts().find(tenant, e.id())).orElseThrow();

        first.change(LocalDate.of(2026, 3, 10), terms("3300.00", "40"), "hr", NOW);
        inTx(() -> personnel().employmentContracts().update(first));
        second.change(LocalDate.of(2026, 5, 1), terms("9999.00", "40"), "hr", NOW);
        assertThatThrownBy(() -> inTx(() -> personnel().employmentContracts().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        EmploymentContract found = inTx(() -> personnel().employmentContracts().find(tenant, e.id())).orElseThrow();
        assertThat(found.versions()).extracting(ContractVersion::validFrom)
                .containsExactly(HIRED, LocalDate.of(2026, 3, 10));
        assertThat(found.version()).isGreaterThan(first.version());
    }
}
