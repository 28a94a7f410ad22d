package dev.backoffice.accounts.application;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The valuation of journal lines in the functional currency. */
class FunctionalConversionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

    private static JournalLine line(int no, Side side, Money amount) {
        return new JournalLine(no, AccountId.of(new UUID(0, no)), side, amount, null, null);
    }

    private static ExchangeRate rate(Currency from, String value) {
        return new ExchangeRate(from, EUR, new BigDecimal(value), DATE.minusDays(1), "feed");
    }

    private static Money net(List<JournalLine> lines) {
        Money net = Money.zero(EUR);
        for (JournalLine line : lines) {
            net = net.plus(line.signedFunctional());
        }
        return net;
    }

    @Provide
    Arbitrary<List<Long>> credits() {
        return Arbitraries.longs().between(1, 10_000_000_000L).list().ofMinSize(1).ofMaxSize(20);
    }

    @Property
    @Label("an entry in one foreign currency balances in the functional currency at any rate")
    void oneForeignCurrencyBalancesInTheFunctionalCurrency(@ForAll("credits") List<Long> credits,
                                                            @ForAll @BigRange(min = "0.000001", max = "100000") @Scale(8) BigDecimal rate,
                                                            @ForAll boolean yen) {
        Currency foreign = yen ? JPY : USD;
        List<JournalLine> lines = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < credits.size(); i++) {
            lines.add(line(i + 2, Side.CREDIT, Money.ofMinor(credits.get(i), foreign)));
            total += credits.get(i);
        }
        lines.add(0, line(1, Side.DEBIT, Money.ofMinor(total, foreign)));

        List<JournalLine> valued = FunctionalConversion.convert(EUR, DATE, lines, from -> new ExchangeRate(from, EUR, rate, DATE, "feed"));

        assertThat(net(valued)).isEqualTo(Money.zero(EUR));
        for (JournalLine line : valued) {
            BigDecimal exact = line.amount().amount().multiply(line.functional().rate());
            // the side's total is rounded once (half a cent at most), then allocated (under a cent per line)
            assertThat(exact.subtract(line.functional().amount().amount()).abs())
                    .as("each line within one and a half cents of its exact value")
                    .isLessThan(new BigDecimal("0.015"));
        }
    }

    @Test
    void linesInTheFunctionalCurrencyTakeTheirOwnAmountAtRateOne() {
        List<JournalLine> valued = FunctionalConversion.convert(EUR, DATE,
                List.of(line(1, Side.DEBIT, Money.of("10.00", EUR)), line(2, Side.CREDIT, Money.of("10.00", EUR))),
                from -> {
                    throw new AssertionError("no rate is needed");
                });

        assertThat(valued).allSatisfy(line -> {
            assertThat(line.functional().amount()).isEqualTo(Money.of("10.00", EUR));
            assertThat(line.functional().rate()).isEqualByComparingTo("1");
            assertThat(line.functional().rateDate()).isEqualTo(DATE);
            assertThat(line.functional().rateSource()).isEqualTo(FunctionalEquivalent.FUNCTIONAL);
        });
    }

    @Test
    void aStatedValueIsKeptAndTheRateLookedUpOncePerCurrency() {
        JournalLine stated = line(1, Side.DEBIT, Money.of("100.00", USD))
                .withFunctional(FunctionalEquivalent.given(Money.of("100.00", USD), Money.of("93.00", EUR), DATE));
        int[] lookups = {0};
        List<JournalLine> valued = FunctionalConversion.convert(EUR, DATE, List.of(stated,
                line(2, Side.DEBIT, Money.of("1.00", USD)), line(3, Side.CREDIT, Money.of("101.00", USD))), from -> {
            lookups[0]++;
            return rate(from, "0.92");
        });

        assertThat(valued.get(0).functional()).isEqualTo(stated.functional());
        assertThat(valued.get(1).functional().amount()).isEqualTo(Money.of("0.92", EUR));
        assertThat(valued.get(2).functional().amount()).isEqualTo(Money.of("92.92", EUR));
        assertThat(valued.get(1).functional().rateDate()).isEqualTo(DATE.minusDays(1));
        assertThat(lookups[0]).isEqualTo(1);
    }

    @Test
    void aStatedValueInAnotherCurrencyIsRefused() {
        JournalLine stated = line(1, Side.DEBIT, Money.of("1.00", USD))
                .withFunctional(FunctionalEquivalent.given(Money.of("1.00", USD), Money.of("1.00", USD), DATE));

        assertThatThrownBy(() -> FunctionalConversion.convert(EUR, DATE, List.of(stated), from -> rate(from, "1")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.currency.functional_mismatch"));
    }

    @Test
    void theRateIsKeptToTwelveDecimals() {
        List<JournalLine> valued = FunctionalConversion.convert(EUR, DATE, List.of(line(1, Side.DEBIT, Money.of("3.00", USD))),
                from -> rate(from, "0.12345678901234567"));

        assertThat(valued.get(0).functional().rate()).isEqualByComparingTo("0.123456789012");
        assertThat(valued.get(0).functional().amount()).isEqualTo(Money.of("0.37", EUR));
    }
}
