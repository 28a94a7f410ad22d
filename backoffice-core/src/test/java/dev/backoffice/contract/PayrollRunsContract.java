package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.PayComponent;
import dev.backoffice.personnel.domain.PayrollAccountSet;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.RunKind;
import dev.backoffice.personnel.domain.RunStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.personnel.spi.PayrollRuns} and {@link dev.backoffice.personnel.spi.PayrollAccounts}. */
public abstract class PayrollRunsContract extends PersonnelAdapterContract {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private PayrollRun draft(Employee e) {
        Payslip slip = Payslip.of(e.id(), e.number(), "CC-1", eur("3000.00"), eur("136.36"), new BigDecimal("1.5"),
                List.of(new PayComponent("income_tax", eur("572.73"))),
                List.of(new PayComponent("employer_social_security", eur("343.64"))));
        return PayrollRun.prepare(PayrollRunId.of(newId()), tenant, JUNE, List.of(slip), "clerk", NOW);
    }

    @Test
    void storesARunWithItsPayslipsExactly() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        PayrollRun run = draft(e);
        inTx(() -> personnel().payrollRuns().add(run));

        PayrollRun found = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        assertThat(found.period()).isEqualTo(JUNE);
        assertThat(found.kind()).isEqualTo(RunKind.REGULAR);
        assertThat(found.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(found.currency()).isEqualTo(EUR);
        assertThat(found.preparedBy()).isEqualTo("clerk");
        assertThat(found.payslips()).isEqualTo(run.payslips());
        assertThat(found.payslips().get(0).net()).isEqualTo(Money.of("2290.91", "EUR"));
        assertThat(inTx(() -> personnel().payrollRuns().find(otherTenant, run.id()))).isEmpty();
        assertThat(inTx(() -> personnel().payrollRuns().findByPeriod(otherTenant, JUNE))).isEmpty();
    }

    @Test
    void refusesASecondRegularRunForAPeriodUntilTheFirstIsReversed() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        PayrollRun first = draft(e);
        inTx(() -> personnel().payrollRuns().add(first));
        assertThatThrownBy(() -> inTx(() -> personnel().payrollRuns().add(draft(e)))).isInstanceOf(RuntimeException.class);

        PayrollRun stored = inTx(() -> personnel().payrollRuns().find(tenant, first.id())).orElseThrow();
        stored.approve("boss", NOW);
        stored.posted("boss", NOW, newId());
        PayrollRun reversal = stored.reverse(PayrollRunId.of(newId()), "boss", NOW, newId(), java.util.List.of());
        inTx(() -> {
            personnel().payrollRuns().update(stored);
            personnel().payrollRuns().add(reversal);
        });
        PayrollRun rerun = draft(e);
        inTx(() -> personnel().payrollRuns().add(rerun));

        assertThat(inTx(() -> personnel().payrollRuns().findByPeriod(tenant, JUNE))).extracting(PayrollRun::id)
                .containsExactlyInAnyOrder(first.id(), reversal.id(), rerun.id());
        PayrollRun reversed = inTx(() -> personnel().payrollRuns().find(tenant, first.id())).orElseThrow();
        assertThat(reversed.reversedBy()).contains(reversal.id());
        assertThat(reversed.journalEntryId()).isPresent();
        assertThat(inTx(() -> personnel().payrollRuns().find(tenant, reversal.id())).orElseThrow().reversalOf())
                .contains(first.id());
        assertThat(personnel().payrollRuns().findByPeriod(otherTenant, JUNE)).isEmpty();
        storedEmployee(otherTenant, "E-1", LocalDate.of(2025, 1, 1));
    }

    @Test
    void refusesAStaleVersionAndKeepsOnePayrollAccountSetPerTenant() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        PayrollRun run = draft(e);
        inTx(() -> personnel().payrollRuns().add(run));
        PayrollRun first = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        PayrollRun second = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        first.approve("boss", NOW);
        inTx(() -> personnel().payrollRuns().update(first));
        second.approve("other", NOW);
        assertThatThrownBy(() -> inTx(() -> personnel().payrollRuns().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow().approvedBy()).contains("boss");

        PayrollAccountSet set = new PayrollAccountSet(tenant, newId(), newId(), newId(), newId());
        PayrollAccountSet changed = new PayrollAccountSet(tenant, newId(), newId(), newId(), newId(), newId());
        inTx(() -> personnel().payrollAccounts().save(set));
        assertThat(inTx(() -> personnel().payrollAccounts().find(tenant))).contains(set);
        assertThat(set.bank()).isEmpty();
        inTx(() -> personnel().payrollAccounts().save(changed));
        assertThat(inTx(() -> personnel().payrollAccounts().find(tenant))).contains(changed);
        assertThat(inTx(() -> personnel().payrollAccounts().find(otherTenant))).isEmpty();
    }

    @Test
    void storesThePaymentOfARunAndOfItsReversal() {
        Employee e = storedEmployee(tenant, "E-1", LocalDate.of(2025, 1, 1));
        PayrollRun run = draft(e);
        inTx(() -> personnel().payrollRuns().add(run));
        PayrollRun posted = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        posted.approve("boss", NOW);
        posted.posted("boss", NOW, newId());
        inTx(() -> personnel().payrollRuns().update(posted));

        PayrollRun first = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        PayrollRun second = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        java.util.List<java.util.UUID> payment = java.util.List.of(newId(), newId());
        first.paid(LocalDate.of(2026, 6, 30), payment);
        inTx(() -> personnel().payrollRuns().update(first));
        second.paid(LocalDate.of(2026, 7, 1), java.util.List.of(newId()));
        assertThatThrownBy(() -> inTx(() -> personnel().payrollRuns().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        PayrollRun paid = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        assertThat(paid.status()).isEqualTo(RunStatus.PAID);
        assertThat(paid.paidOn()).contains(LocalDate.of(2026, 6, 30));
        assertThat(paid.paymentEntryIds()).isEqualTo(payment);

        java.util.List<java.util.UUID> reversingPayment = java.util.List.of(newId(), newId());
        PayrollRun reversal = paid.reverse(PayrollRunId.of(newId()), "boss", NOW, newId(), reversingPayment);
        inTx(() -> {
            personnel().payrollRuns().update(paid);
            personnel().payrollRuns().add(reversal);
        });
        assertThat(inTx(() -> personnel().payrollRuns().find(tenant, reversal.id())).orElseThrow().paymentEntryIds())
                .isEqualTo(reversingPayment);
        PayrollRun reversed = inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow();
        assertThat(reversed.paymentEntryIds()).isEqualTo(payment);
        assertThat(inTx(() -> personnel().payrollRuns().find(tenant, run.id())).orElseThrow().paymentEntryIds())
                .isEqualTo(payment);
        assertThat(reversed.reversedBy()).contains(reversal.id());
    }
}
