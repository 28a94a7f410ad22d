package dev.backoffice.examples;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.TenantId;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A host's own adapter for the library's {@link ExchangeRates} port: the rates its treasury
 * publishes, read from a CSV file the host owns, one rate a line:
 *
 * <pre>
 * date,from,to,rate,source
 * 2026-01-02,USD,EUR,0.9132,treasury
 * </pre>
 *
 * <p>What a host does to bring its own adapter:
 * <ol>
 *   <li>implement the port, answering as its contract says: the rate in force on a date is the
 *       latest one published on or before it, with its own date and source; nothing before the
 *       first; each pair on its own (this source answers only the directions it lists);</li>
 *   <li>keep the answer fast and free of side effects: the ledger asks inside the unit of work of
 *       each posting, so the rates are read once, at start, into an immutable map (a rate feed
 *       would be cached the same way, and refreshed outside postings);</li>
 *   <li>refuse a bad source at start rather than a posting later: a malformed line or two rates
 *       for the same pair and day stop the load with the line number;</li>
 *   <li>prove it with the library's contract test kit: {@code CsvExchangeRatesTest} extends
 *       {@code ExchangeRatesContract} from {@code backoffice-core}'s test-jar, the same contract the
 *       in-memory rates pass;</li>
 *   <li>hand it to the builder: {@code BackOffice.builder(adapters).exchangeRates(rates).build()}.</li>
 * </ol>
 *
 * <p>The rates are the same for every tenant; a host with rates per tenant would key the map by
 * {@link TenantId} as well.
 */
public final class CsvExchangeRates implements ExchangeRates {

    /** The header line, which the file may start with. */
    public static final String HEADER = "date,from,to,rate,source";

    private record Pair(Currency from, Currency to) {
    }

    private final Map<Pair, NavigableMap<LocalDate, ExchangeRate>> rates;

    private CsvExchangeRates(Map<Pair, NavigableMap<LocalDate, ExchangeRate>> rates) {
        this.rates = rates;
    }

    /** The rates of a CSV resource on the class path, for example {@code dev/backoffice/examples/treasury-rates.csv}. */
    public static CsvExchangeRates fromResource(String name) {
        InputStream in = CsvExchangeRates.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalArgumentException("No exchange rate file " + name + " on the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the exchange rate file " + name, e);
        }
    }

    /**
     * The rates of CSV text: an optional {@link #HEADER}, then one {@code date,from,to,rate,source}
     * a line; blank lines and lines starting with {@code #} are skipped.
     *
     * @throws IllegalArgumentException naming the line of a malformed rate or of a second rate for
     *                                  the same pair and day
     */
    public static CsvExchangeRates read(Reader csv) throws IOException {
        Map<Pair, NavigableMap<LocalDate, ExchangeRate>> rates = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#") || (number == 1 && text.equals(HEADER))) {
                continue;
            }
            ExchangeRate rate = parse(text, number);
            ExchangeRate earlier = rates.computeIfAbsent(new Pair(rate.from(), rate.to()), pair -> new TreeMap<>())
                    .putIfAbsent(rate.date(), rate);
            if (earlier != null) {
                throw new IllegalArgumentException("Line " + number + ": a second rate from " + rate.from() + " to "
                        + rate.to() + " on " + rate.date());
            }
        }
        Map<Pair, NavigableMap<LocalDate, ExchangeRate>> frozen = new HashMap<>();
        rates.forEach((pair, byDate) -> frozen.put(pair, Collections.unmodifiableNavigableMap(byDate)));
        return new CsvExchangeRates(Map.copyOf(frozen));
    }

    private static ExchangeRate parse(String text, int number) {
        String[] fields = text.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("Line " + number + ": expected " + HEADER + ", found '" + text + "'");
        }
        try {
            return new ExchangeRate(Currency.getInstance(fields[1].strip()), Currency.getInstance(fields[2].strip()),
                    new BigDecimal(fields[3].strip()), LocalDate.parse(fields[0].strip()), fields[4].strip());
        } catch (DateTimeParseException | IllegalArgumentException | BackOfficeException e) {
            throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ExchangeRate> rate(TenantId tenant, Currency from, Currency to, LocalDate date) {
        Objects.requireNonNull(date, "date");
        NavigableMap<LocalDate, ExchangeRate> published = rates.get(new Pair(from, to));
        if (published == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, ExchangeRate> latest = published.floorEntry(date);
        return latest == null ? Optional.empty() : Optional.of(latest.getValue());
    }
}
