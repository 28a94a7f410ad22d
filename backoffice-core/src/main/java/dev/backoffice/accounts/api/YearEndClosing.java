package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a year-end close.
 *
 * @param fiscalYear      the closed year, every period locked
 * @param sourceReference the source reference of its closing entries
 * @param closings        what was closed in each currency, ordered by currency code; empty when the
 *                        year had no revenue or expense
 */
public record YearEndClosing(FiscalYearSnapshot fiscalYear, String sourceReference, List<Closing> closings) {

    /**
     * Copies the closings.
     *
     * @param fiscalYear      the year
     * @param sourceReference the reference of the closing entries
     * @param closings        one per currency
     */
    public YearEndClosing {
        closings = List.copyOf(closings);
    }

    /**
     * What the closing entries moved in one currency. Revenue and expenses are positive on their
     * normal side.
     *
     * @param retainedEarnings the retained-earnings account of the currency
     * @param netIncome        revenue minus expenses, credited to retained earnings (debited when negative)
     * @param currency the currency
     * @param revenue the revenue
     * @param expenses the expenses
     */
    public record Closing(Currency currency, AccountId retainedEarnings, Money revenue, Money expenses,
                          Money netIncome) {
    }

    /**
     * What was closed in the currency, if anything.
     *
     * @param currency the currency
     * @return the closing, or empty
     */
    public Optional<Closing> in(Currency currency) {
        return closings.stream().filter(c -> c.currency().equals(currency)).findFirst();
    }
}
