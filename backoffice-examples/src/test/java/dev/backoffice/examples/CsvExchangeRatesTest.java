package dev.backoffice.examples;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.contract.ExchangeRatesContract;
import dev.backoffice.inmemory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The host's own {@link ExchangeRates} passes the library's contract for the port (the inherited
 * tests), refuses a bad file at start, and values foreign-currency postings in the ledger.
 */
class CsvExchangeRatesTest extends ExchangeRatesContract {

    @Override
    protected ExchangeRates ratesWith(List<ExchangeRate> published) {
        return read(CsvExchangeRates.HEADER + "\n" + published.stream()
                .map(r -> r.date() + "," + r.from() + "," + r.to() + "," + r.rate().toPlainString() + "," + r.source())
                .collect(Collectors.joining("\n")));
    }

    @Test
    void refusesAMalformedLineOrASecondRateForTheSameDayNamingTheLine() {
        assertThatThrownBy(() -> read("2026-01-02,USD,EUR,0.91,treasury\n2026-01-03,USD,EUR,treasury"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 2: expected " + CsvExchangeRates.HEADER);
        assertThatThrownBy(() -> read("2026-01-02,USD,EUR,0.91,treasury\n2026-01-32,USD,EUR,0.92,treasury"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 2: ");
        assertThatThrownBy(() -> read("2026-01-02,USD,XYZ,0.91,treasury"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 1: ");
        assertThatThrownBy(() -> read("2026-01-02,USD,EUR,-0.91,treasury"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Line 1: ");
        assertThatThrownBy(() -> read("# rates\n2026-01-02,USD,EUR,0.91,treasury\n\n2026-01-02,USD,EUR,0.92,treasury"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Line 4: a second rate from USD to EUR on 2026-01-02");
    }

    @Test
    void theLedgerValuesForeignCurrencyLinesAtTheHostsRates() {
        CsvExchangeRates treasury = CsvExchangeRates.fromResource("dev/backoffice/examples/treasury-rates.csv");
        BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).exchangeRates(treasury).build();
        Actor controller = Actor.of("acme", "carl");
        Currency usd = Money.currency("USD");
        backOffice.currencies().setFunctionalCurrency(controller, new SetFunctionalCurrency(Money.currency("EUR")));
        backOffice.fiscalCalendar().openFiscalYear(controller, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot bank = backOffice.chartOfAccounts().openAccount(controller, OpenAccount.of("1020", "Bank USD", AccountType.ASSET, usd));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(controller, OpenAccount.of("4010", "Export sales", AccountType.REVENUE, usd));

        // 20 January: the rate in force is the one of the 15th
        JournalEntrySnapshot entry = backOffice.ledger().post(controller, NewJournalEntry.on(LocalDate.of(2026, 1, 20), "Export sale")
                .debit(bank.id(), Money.of("1000.00", usd)).credit(sales.id(), Money.of("1000.00", usd)).build());

        FunctionalEquivalent valued = entry.lines().get(0).functional();
        assertThat(valued.amount()).isEqualTo(Money.of("908.70", "EUR"));
        assertThat(valued.rate()).isEqualByComparingTo("0.9087");
        assertThat(valued.rateDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(valued.rateSource()).isEqualTo("treasury");
    }

    private static CsvExchangeRates read(String csv) {
        try {
            return CsvExchangeRates.read(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
