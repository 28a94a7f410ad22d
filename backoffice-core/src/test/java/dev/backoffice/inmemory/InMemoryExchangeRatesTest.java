package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.TenantId;
import dev.backoffice.contract.ExchangeRatesContract;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryExchangeRatesTest extends ExchangeRatesContract {

    @Override
    protected ExchangeRates ratesWith(List<ExchangeRate> published) {
        InMemoryExchangeRates rates = new InMemoryExchangeRates();
        published.forEach(rates::put);
        return rates;
    }

    @Test
    void answersTheInverseWhenOnlyTheOppositeDirectionIsKnown() {
        Currency eur = Currency.getInstance("EUR");
        Currency usd = Currency.getInstance("USD");
        InMemoryExchangeRates rates = new InMemoryExchangeRates()
                .put(new ExchangeRate(eur, usd, new BigDecimal("1.25"), LocalDate.of(2026, 1, 2), "ECB"));

        ExchangeRate inverse = rates.rate(TenantId.of("t"), usd, eur, LocalDate.of(2026, 1, 3)).orElseThrow();
        assertThat(inverse.rate()).isEqualByComparingTo("0.8");
        assertThat(inverse.from()).isEqualTo(usd);
        assertThat(inverse.date()).isEqualTo(LocalDate.of(2026, 1, 2));
    }
}
