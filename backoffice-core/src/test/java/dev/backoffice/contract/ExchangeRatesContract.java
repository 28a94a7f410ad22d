package dev.backoffice.contract;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of {@link ExchangeRates}, for a host that brings its own rate source: the rate in
 * force on a date is the latest published on or before it, with its own date and source; nothing
 * before the first; pairs do not mix.
 *
 * <p>A subclass returns its adapter holding exactly the given published rates.
 */
public abstract class ExchangeRatesContract {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency CHF = Currency.getInstance("CHF");
    private static final TenantId TENANT = TenantId.of("rates");

    /** The adapter under test, holding these published rates (for every tenant). */
    protected abstract ExchangeRates ratesWith(List<ExchangeRate> published);

    private final List<ExchangeRate> published = List.of(
            new ExchangeRate(USD, EUR, new BigDecimal("0.91"), LocalDate.of(2026, 1, 2), "ECB"),
            new ExchangeRate(USD, EUR, new BigDecimal("0.93"), LocalDate.of(2026, 1, 5), "ECB"),
            new ExchangeRate(CHF, EUR, new BigDecimal("1.07"), LocalDate.of(2026, 1, 3), "SNB"));

    @Test
    void answersTheLatestRatePublishedOnOrBeforeTheDate() {
        ExchangeRates rates = ratesWith(published);

        ExchangeRate onTheDay = rates.rate(TENANT, USD, EUR, LocalDate.of(2026, 1, 5)).orElseThrow();
        assertThat(onTheDay.rate()).isEqualByComparingTo("0.93");
        assertThat(onTheDay.date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(onTheDay.source()).isEqualTo("ECB");

        ExchangeRate between = rates.rate(TENANT, USD, EUR, LocalDate.of(2026, 1, 4)).orElseThrow();
        assertThat(between.rate()).isEqualByComparingTo("0.91");
        assertThat(between.date()).isEqualTo(LocalDate.of(2026, 1, 2));

        assertThat(rates.rate(TENANT, USD, EUR, LocalDate.of(2026, 3, 1)).orElseThrow().rate()).isEqualByComparingTo("0.93");
    }

    @Test
    void hasNothingBeforeTheFirstRateAndKeepsPairsApart() {
        ExchangeRates rates = ratesWith(published);

        assertThat(rates.rate(TENANT, USD, EUR, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(rates.rate(TENANT, CHF, EUR, LocalDate.of(2026, 1, 2))).isEmpty();
        ExchangeRate francs = rates.rate(TENANT, CHF, EUR, LocalDate.of(2026, 1, 9)).orElseThrow();
        assertThat(francs.from()).isEqualTo(CHF);
        assertThat(francs.to()).isEqualTo(EUR);
        assertThat(francs.source()).isEqualTo("SNB");
        assertThat(rates.rate(TENANT, USD, CHF, LocalDate.of(2026, 1, 9))).isEmpty();
    }
}
