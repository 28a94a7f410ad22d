package dev.backoffice.accounts.domain;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FiscalYearPropertiesTest {

    @Property(tries = 200)
    @Label("twelve monthly periods cover the year from any first of a month without gap or overlap")
    void periods_tile_the_year(@ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate anyDay) {
        LocalDate start = anyDay.withDayOfMonth(1);
        FiscalYear year = FiscalYear.open(FiscalYearId.of(UUID.randomUUID()), LedgerFixtures.ACME, "FY", start);

        List<FiscalPeriod> periods = year.periods();

        assertThat(periods).hasSize(12);
        assertThat(year.startDate()).isEqualTo(start);
        assertThat(year.endDate()).isEqualTo(start.plusYears(1).minusDays(1));
        for (int i = 0; i < periods.size(); i++) {
            assertThat(periods.get(i).number()).isEqualTo(i + 1);
            assertThat(periods.get(i).startDate().getDayOfMonth()).isEqualTo(1);
            assertThat(periods.get(i).endDate()).isEqualTo(periods.get(i).startDate().plusMonths(1).minusDays(1));
            if (i > 0) {
                assertThat(periods.get(i).startDate()).isEqualTo(periods.get(i - 1).endDate().plusDays(1));
            }
        }
        assertThat(year.periodOf(start).number()).isEqualTo(1);
        assertThat(year.periodOf(year.endDate()).number()).isEqualTo(12);
    }

    @Property(tries = 200)
    @Label("every day of the year lies in its month's period, whatever the order the periods were stored in")
    void each_day_lies_in_its_months_period(@ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate anyDay,
                                            @ForAll @IntRange(min = 0, max = 364) int dayOfYear, @ForAll long seed) {
        FiscalYear year = FiscalYear.open(FiscalYearId.of(UUID.randomUUID()), LedgerFixtures.ACME, "FY", anyDay.withDayOfMonth(1));
        List<FiscalPeriod> shuffled = new ArrayList<>(year.periods());
        Collections.shuffle(shuffled, new Random(seed));
        FiscalYear stored = FiscalYear.restore(year.id(), year.tenant(), year.name(), shuffled, null, 0);
        LocalDate day = year.startDate().plusDays(dayOfYear);
        int month = (int) ChronoUnit.MONTHS.between(year.startDate(), day.withDayOfMonth(1));

        for (FiscalYear asked : List.of(year, stored)) {
            assertThat(asked.periodOf(day).number()).isEqualTo(month + 1);
            assertThat(asked.periodOf(day).contains(day)).isTrue();
            for (LocalDate outside : List.of(year.startDate().minusDays(1), year.endDate().plusDays(1))) {
                assertThatThrownBy(() -> asked.periodOf(outside))
                        .isInstanceOfSatisfying(dev.backoffice.common.BackOfficeException.class,
                                e -> assertThat(e.code()).isEqualTo("ledger.period.not_found"));
            }
        }
    }

    @Property(tries = 50)
    @Label("a fiscal year cannot start on another day than the first of a month")
    void refuses_a_start_inside_a_month(@ForAll @DateRange(min = "2000-01-01", max = "2100-12-31") LocalDate anyDay) {
        LocalDate start = anyDay.getDayOfMonth() == 1 ? anyDay.plusDays(1) : anyDay;
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        FiscalYear.open(FiscalYearId.of(UUID.randomUUID()), LedgerFixtures.ACME, "FY", start))
                .isInstanceOfSatisfying(dev.backoffice.common.BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.fiscal_year.invalid_start"));
    }
}
