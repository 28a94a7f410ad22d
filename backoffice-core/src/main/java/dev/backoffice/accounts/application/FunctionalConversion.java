package dev.backoffice.accounts.application;

import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives journal lines their functional-currency equivalents. Lines in the functional currency take
 * their own amount (rate 1); lines whose equivalent the caller stated keep it; the other lines are
 * converted per currency and side: the side's total is converted once at the rate in force and
 * rounded once (HALF_EVEN at the functional currency's minor unit), then allocated over the lines by
 * their amounts, so that an entry in one foreign currency balances in the functional currency as
 * exactly as it balances in its own.
 */
final class FunctionalConversion {

    private record Group(Currency currency, Side side) {
    }

    private FunctionalConversion() {
    }

    /**
     * The lines with equivalents in {@code functional}; {@code rateOf} gives the rate from a foreign
     * currency into the functional one (and throws when there is none).
     */
    static List<JournalLine> convert(Currency functional, LocalDate date, List<JournalLine> lines,
                                     Function<Currency, ExchangeRate> rateOf) {
        JournalLine[] converted = lines.toArray(new JournalLine[0]);
        Map<Group, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < converted.length; i++) {
            JournalLine line = converted[i];
            Currency currency = line.amount().currency();
            if (line.functional() != null) {
                requireFunctional(functional, line);
            } else if (currency.equals(functional)) {
                converted[i] = line.withFunctional(FunctionalEquivalent.ofFunctional(line.amount(), date));
            } else {
                groups.computeIfAbsent(new Group(currency, line.side()), g -> new ArrayList<>(2)).add(i);
            }
        }
        Map<Currency, ExchangeRate> rates = new LinkedHashMap<>(2);
        for (Map.Entry<Group, List<Integer>> group : groups.entrySet()) {
            Currency currency = group.getKey().currency();
            ExchangeRate rate = rates.computeIfAbsent(currency, rateOf);
            BigDecimal factor = rate.rate().setScale(FunctionalEquivalent.RATE_SCALE, RoundingMode.HALF_EVEN);
            List<Integer> members = group.getValue();
            long[] ratios = new long[members.size()];
            Money total = Money.zero(currency);
            for (int k = 0; k < ratios.length; k++) {
                Money amount = converted[members.get(k)].amount();
                ratios[k] = amount.minorUnits();
                total = total.plus(amount);
            }
            Money functionalTotal = Money.of(total.amount().multiply(factor), functional, RoundingMode.HALF_EVEN);
            List<Money> parts = functionalTotal.allocate(ratios);
            for (int k = 0; k < ratios.length; k++) {
                int index = members.get(k);
                converted[index] = converted[index].withFunctional(
                        new FunctionalEquivalent(parts.get(k), factor, rate.date(), rate.source()));
            }
        }
        return List.copyOf(Arrays.asList(converted));
    }

    /** Throws unless a stated equivalent is in the functional currency. */
    static void requireFunctional(Currency functional, JournalLine line) {
        Currency stated = line.functional().amount().currency();
        if (!stated.equals(functional)) {
            throw new RuleViolationException(LedgerError.CURRENCY_FUNCTIONAL_MISMATCH,
                    "Line " + line.lineNo() + " states its value in " + stated.getCurrencyCode()
                            + ", but the functional currency is " + functional.getCurrencyCode() + ".");
        }
    }
}
