package dev.backoffice.contract;

import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.common.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.FiscalYears}. */
public abstract class FiscalYearsContract extends AdapterContract {

    @Test
    void storesAYearWithItsPeriods() {
        FiscalYear year = fiscalYear(tenant, 2026);
        inTx(() -> adapters().fiscalYears().add(year));

        FiscalYear found = inTx(() -> adapters().fiscalYears().find(tenant, year.id())).orElseThrow();
        assertThat(found.name()).isEqualTo("2026");
        assertThat(found.periods()).containsExactlyElementsOf(year.periods());
        assertThat(found.startDate()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(found.endDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(inTx(() -> adapters().fiscalYears().find(otherTenant, year.id()))).isEmpty();
    }

    @Test
    void findsTheYearContainingADateForPosting() {
        FiscalYear y2025 = fiscalYear(tenant, 2025);
        FiscalYear y2026 = fiscalYear(tenant, 2026);
        inTx(() -> {
            adapters().fiscalYears().add(y2026);
            adapters().fiscalYears().add(y2025);
        });

        assertThat(inTx(() -> adapters().fiscalYears().findForPosting(tenant, LocalDate.of(2026, 12, 31))))
                .map(FiscalYear::id).contains(y2026.id());
        assertThat(inTx(() -> adapters().fiscalYears().findForPosting(tenant, LocalDate.of(2025, 1, 1))))
                .map(FiscalYear::id).contains(y2025.id());
        assertThat(inTx(() -> adapters().fiscalYears().findForPosting(tenant, LocalDate.of(2027, 1, 1)))).isEmpty();
        assertThat(inTx(() -> adapters().fiscalYears().findForPosting(otherTenant, LocalDate.of(2026, 6, 1)))).isEmpty();
        assertThat(inTx(() -> adapters().fiscalYears().findAll(tenant))).extracting(FiscalYear::name)
                .containsExactly("2025", "2026");
    }

    @Test
    void locksEveryYearOfTheTenantOnly() {
        inTx(() -> {
            adapters().fiscalYears().add(fiscalYear(tenant, 2025));
            adapters().fiscalYears().add(fiscalYear(tenant, 2026));
            adapters().fiscalYears().add(fiscalYear(otherTenant, 2026));
        });

        assertThat(inTx(() -> adapters().fiscalYears().lockAll(tenant))).isEqualTo(2);
        assertThat(inTx(() -> adapters().fiscalYears().lockAll(newTenant()))).isZero();
    }

    @Test
    void storesPeriodChangesAndRefusesAStaleVersion() {
        FiscalYear year = fiscalYear(tenant, 2026);
        inTx(() -> adapters().fiscalYears().add(year));
        FiscalYear first = inTx(() -> adapters().fiscalYears().find(tenant, year.id())).orElseThrow();
        FiscalYear second = inTx(() -> adapters().fiscalYears().find(tenant, year.id())).orElseThrow();

        first.close(1, NOW, AdapterContract::newId);
        first.lock(1, NOW, AdapterContract::newId);
        first.close(2, NOW, AdapterContract::newId);
        inTx(() -> adapters().fiscalYears().update(first));

        FiscalYear stored = inTx(() -> adapters().fiscalYears().find(tenant, year.id())).orElseThrow();
        assertThat(stored.period(1).status()).isEqualTo(PeriodStatus.LOCKED);
        assertThat(stored.period(2).status()).isEqualTo(PeriodStatus.CLOSED);
        assertThat(stored.period(3).status()).isEqualTo(PeriodStatus.OPEN);

        second.close(3, NOW, AdapterContract::newId);
        assertThatThrownBy(() -> inTx(() -> adapters().fiscalYears().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
    }
}
