package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.NOW;
import static dev.backoffice.accounts.domain.LedgerFixtures.eventIds;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiscalYearTest {

    private static final LocalDate APRIL_FIRST = LocalDate.of(2026, 4, 1);

    private final FiscalYearId id = FiscalYearId.of(UUID.randomUUID());
    private final FiscalYear year = FiscalYear.open(id, ACME, " FY2026 ", APRIL_FIRST);

    @Nested
    class Periods {

        @Test
        void a_year_from_april_has_twelve_monthly_periods_ending_in_march() {
            List<FiscalPeriod> periods = year.periods();

            assertThat(periods).hasSize(12);
            assertThat(periods).extracting(FiscalPeriod::number)
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
            assertThat(periods).extracting(FiscalPeriod::status).containsOnly(PeriodStatus.OPEN);
            assertThat(periods.get(0).startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(periods.get(0).endDate()).isEqualTo(LocalDate.of(2026, 4, 30));
            assertThat(periods.get(10).startDate()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(periods.get(10).endDate()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(periods.get(11).startDate()).isEqualTo(LocalDate.of(2027, 3, 1));
            assertThat(periods.get(11).endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(year.startDate()).isEqualTo(APRIL_FIRST);
            assertThat(year.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(year.name()).isEqualTo("FY2026");
            assertThat(year.id()).isEqualTo(id);
            assertThat(year.tenant()).isEqualTo(ACME);
        }

        @ParameterizedTest(name = "a year from {0}")
        @ValueSource(strings = {"2026-01-01", "2026-04-01", "2026-07-01", "2027-10-01", "2028-03-01", "2028-02-01"})
        void periods_cover_the_year_without_gap_or_overlap(String start) {
            LocalDate startDate = LocalDate.parse(start);
            FiscalYear fy = FiscalYear.open(FiscalYearId.of(UUID.randomUUID()), ACME, "FY", startDate);

            List<FiscalPeriod> periods = fy.periods();

            assertThat(periods.get(0).startDate()).isEqualTo(startDate);
            assertThat(periods.get(11).endDate()).isEqualTo(startDate.plusYears(1).minusDays(1));
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).startDate()).isEqualTo(periods.get(i - 1).endDate().plusDays(1));
                assertThat(periods.get(i).startDate().getDayOfMonth()).isEqualTo(1);
            }
            for (LocalDate day = startDate; !day.isAfter(fy.endDate()); day = day.plusDays(1)) {
                LocalDate date = day;
                assertThat(periods.stream().filter(p -> p.contains(date))).as("periods containing %s", date).hasSize(1);
            }
        }

        @ParameterizedTest(name = "{0} is in period {1}")
        @CsvSource({"2026-04-01, 1", "2026-04-30, 1", "2026-05-01, 2", "2026-12-31, 9", "2027-01-01, 10",
                "2027-02-28, 11", "2027-03-31, 12"})
        void finds_the_period_of_a_date(LocalDate date, int number) {
            assertThat(year.periodOf(date).number()).isEqualTo(number);
            assertThat(year.contains(date)).isTrue();
        }

        @ParameterizedTest(name = "{0} is outside the year")
        @ValueSource(strings = {"2026-03-31", "2027-04-01", "1999-01-01"})
        void a_date_outside_the_year_has_no_period(LocalDate date) {
            assertThat(year.contains(date)).isFalse();
            assertRefused("ledger.period.not_found", () -> year.periodOf(date));
            assertRefused("ledger.period.not_found", () -> year.requireOpen(date));
        }

        @Test
        void finds_a_period_by_number() {
            assertThat(year.period(1).startDate()).isEqualTo(APRIL_FIRST);
            assertThat(year.period(12).endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertRefused("ledger.period.not_found", () -> year.period(0));
            assertRefused("ledger.period.not_found", () -> year.period(13));
            assertRefused("ledger.period.not_found", () -> year.close(13, NOW, eventIds()));
        }

        @Test
        void overlaps_a_range_that_touches_it() {
            assertThat(year.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1))).isTrue();
            assertThat(year.overlaps(LocalDate.of(2027, 3, 31), LocalDate.of(2027, 12, 31))).isTrue();
            assertThat(year.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1))).isTrue();
            assertThat(year.overlaps(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isFalse();
            assertThat(year.overlaps(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31))).isFalse();
        }

        @Test
        void changing_the_periods_returned_does_not_change_the_year() {
            List<FiscalPeriod> periods = year.periods();

            try {
                periods.set(0, periods.get(0).withStatus(PeriodStatus.LOCKED));
            } catch (UnsupportedOperationException unmodifiable) {
                // an unmodifiable copy protects the year as well
            }

            assertThat(year.period(1).status()).isEqualTo(PeriodStatus.OPEN);
        }

        @Test
        void a_period_cannot_end_before_it_starts() {
            assertThatIllegalArgumentException().isThrownBy(() ->
                    new FiscalPeriod(1, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), PeriodStatus.OPEN));
        }
    }

    @Nested
    class PostingRule {

        private final LocalDate inMay = LocalDate.of(2026, 5, 15);

        @Test
        void an_open_period_takes_postings() {
            assertThatCode(() -> year.requireOpen(inMay)).doesNotThrowAnyException();
        }

        @Test
        void a_closed_period_refuses_postings() {
            year.close(2, NOW, eventIds());

            assertRefused("ledger.period.closed", () -> year.requireOpen(inMay));
            assertThatCode(() -> year.requireOpen(LocalDate.of(2026, 6, 1))).doesNotThrowAnyException();
            assertThatCode(() -> year.requireOpen(LocalDate.of(2026, 4, 30))).doesNotThrowAnyException();
        }

        @Test
        void a_locked_period_refuses_postings() {
            year.close(2, NOW, eventIds());
            year.lock(2, NOW, eventIds());

            assertRefused("ledger.period.locked", () -> year.requireOpen(inMay));
        }

        @Test
        void a_reopened_period_takes_postings_again() {
            year.close(2, NOW, eventIds());
            year.reopen(2, NOW, eventIds());

            assertThatCode(() -> year.requireOpen(inMay)).doesNotThrowAnyException();
        }
    }

    @Nested
    class Transitions {

        @Test
        void closing_an_open_period_records_an_event() {
            UUID eventId = UUID.randomUUID();

            year.close(3, NOW, () -> eventId);

            assertThat(year.period(3).status()).isEqualTo(PeriodStatus.CLOSED);
            assertThat(year.pullEvents()).singleElement().isEqualTo(
                    new FiscalPeriodChanged(eventId, ACME, NOW, id, 3, PeriodStatus.CLOSED));
            assertThat(year.pullEvents()).isEmpty();
        }

        @Test
        void close_reopen_close_lock_is_the_lawful_path() {
            year.close(1, NOW, eventIds());
            year.reopen(1, NOW, eventIds());
            year.close(1, NOW, eventIds());
            year.lock(1, NOW, eventIds());

            assertThat(year.period(1).status()).isEqualTo(PeriodStatus.LOCKED);
            assertThat(year.pullEvents()).extracting(e -> ((FiscalPeriodChanged) e).status())
                    .containsExactly(PeriodStatus.CLOSED, PeriodStatus.OPEN, PeriodStatus.CLOSED, PeriodStatus.LOCKED);
            assertThat(year.periods()).filteredOn(p -> p.number() != 1)
                    .extracting(FiscalPeriod::status).containsOnly(PeriodStatus.OPEN);
        }

        @Test
        void closing_twice_is_refused() {
            year.close(1, NOW, eventIds());
            year.pullEvents();

            assertRefused("ledger.period.already_closed", () -> year.close(1, NOW, eventIds()));
            assertThat(year.pullEvents()).isEmpty();
        }

        @Test
        void closing_a_locked_period_is_refused() {
            year.close(1, NOW, eventIds());
            year.lock(1, NOW, eventIds());

            assertRefused("ledger.period.locked", () -> year.close(1, NOW, eventIds()));
        }

        @Test
        void reopening_an_open_period_is_refused() {
            assertRefused("ledger.period.not_closed", () -> year.reopen(1, NOW, eventIds()));
            assertThat(year.pullEvents()).isEmpty();
        }

        @Test
        void reopening_a_locked_period_is_refused() {
            year.close(1, NOW, eventIds());
            year.lock(1, NOW, eventIds());
            year.pullEvents();

            assertRefused("ledger.period.locked", () -> year.reopen(1, NOW, eventIds()));
            assertThat(year.period(1).status()).isEqualTo(PeriodStatus.LOCKED);
            assertThat(year.pullEvents()).isEmpty();
        }

        @Test
        void locking_an_open_period_is_refused() {
            assertRefused("ledger.period.not_closed", () -> year.lock(1, NOW, eventIds()));
            assertThat(year.period(1).status()).isEqualTo(PeriodStatus.OPEN);
        }

        @Test
        void locking_twice_is_refused() {
            year.close(1, NOW, eventIds());
            year.lock(1, NOW, eventIds());

            assertRefused("ledger.period.locked", () -> year.lock(1, NOW, eventIds()));
        }

        @Test
        void events_carry_the_period_and_its_new_status() {
            year.close(12, NOW, eventIds());

            List<DomainEvent> events = year.pullEvents();

            assertThat(events).singleElement().isInstanceOfSatisfying(FiscalPeriodChanged.class, e -> {
                assertThat(e.fiscalYearId()).isEqualTo(id);
                assertThat(e.periodNumber()).isEqualTo(12);
                assertThat(e.status()).isEqualTo(PeriodStatus.CLOSED);
                assertThat(e.eventType()).isEqualTo("FiscalPeriodChanged");
            });
        }
    }

    @Test
    void restores_stored_periods_as_given() {
        List<FiscalPeriod> stored = year.periods().stream()
                .map(p -> p.number() == 1 ? p.withStatus(PeriodStatus.LOCKED) : p)
                .toList();

        FiscalYear restored = FiscalYear.restore(id, ACME, "FY2026", stored, null, 5);

        assertThat(restored.period(1).status()).isEqualTo(PeriodStatus.LOCKED);
        assertThat(restored.version()).isEqualTo(5);
        assertRefused("ledger.period.locked", () -> restored.requireOpen(APRIL_FIRST));
    }
}
