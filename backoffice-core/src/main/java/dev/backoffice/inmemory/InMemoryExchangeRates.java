package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Exchange rates a host (or a test) puts in by hand, the same for every tenant: the answer for a
 * date is the latest rate published on or before it. When only the opposite direction is known,
 * its inverse is answered.
 *
 * <pre>{@code
 * InMemoryExchangeRates rates = new InMemoryExchangeRates()
 *         .put(new ExchangeRate(USD, EUR, new BigDecimal("0.92"), LocalDate.of(2026, 1, 1), "ECB"));
 * BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).exchangeRates(rates).build();
 * }</pre>
 */
public final class InMemoryExchangeRates implements ExchangeRates {

    private record Pair(Currency from, Currency to) {
    }

    private final Map<Pair, NavigableMap<LocalDate, ExchangeRate>> rates = new ConcurrentHashMap<>();

    /**
     * Adds a rate (replacing one of the same pair and date).
     *
     * @param rate the rate of one currency pair on one date
     * @return these rates, for chaining
     */
    public InMemoryExchangeRates put(ExchangeRate rate) {
        Objects.requireNonNull(rate, "rate");
        rates.computeIfAbsent(new Pair(rate.from(), rate.to()), p -> new ConcurrentSkipListMap<>()).put(rate.date(), rate);
        return this;
    }

    @Override
    public Optional<ExchangeRate> rate(TenantId tenant, Currency from, Currency to, LocalDate date) {
        Optional<ExchangeRate> direct = latest(new Pair(from, to), date);
        return direct.isPresent() ? direct : latest(new Pair(to, from), date).map(ExchangeRate::inverse);
    }

    private Optional<ExchangeRate> latest(Pair pair, LocalDate date) {
        NavigableMap<LocalDate, ExchangeRate> published = rates.get(pair);
        if (published == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> entry = published.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }
}
