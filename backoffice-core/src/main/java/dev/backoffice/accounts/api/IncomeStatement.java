package dev.backoffice.accounts.api;

import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The income statement (profit and loss) of a tenant for a period, with the previous period beside
 * every amount. It counts the posted lines dated in the period (both ends inclusive) on revenue and
 * expense accounts, leaving out the closing entries of a year-end close, so that a closed year
 * still shows what it earned.
 *
 * <p>Amounts are never converted between currencies: there is one statement per currency that
 * the tenant keeps revenue or expense accounts in, in {@link #currencies()} ordered by currency
 * code.
 *
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param previousFrom the first day of the comparison period
 * @param previousTo the last day of the comparison period
 * @param currencies one statement per currency
 */
public record IncomeStatement(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo,
                              List<InCurrency> currencies) {

    /**
     * Copies the list of currencies.
     *
     * @param from         first day of the period
     * @param to           last day of the period
     * @param previousFrom first day of the comparison period
     * @param previousTo   last day of the comparison period
     * @param currencies   one statement per currency
     */
    public IncomeStatement {
        currencies = List.copyOf(currencies);
    }

    /**
     * The income statement in one currency. Revenue and expenses are both shown as positive
     * amounts on their normal side.
     *
     * @param netIncome           revenue minus expenses for the period (negative for a loss)
     * @param comparisonNetIncome the same for the previous period
     * @param currency the currency
     * @param revenue the revenue
     * @param expenses the expenses
     */
    public record InCurrency(Currency currency, StatementSection revenue, StatementSection expenses,
                             Money netIncome, Money comparisonNetIncome) {
    }

    /**
     * The statement in the currency, if the tenant keeps revenue or expense accounts in it.
     *
     * @param currency the currency
     * @return that currency's statement, or empty
     */
    public Optional<InCurrency> in(Currency currency) {
        return currencies.stream().filter(c -> c.currency().equals(currency)).findFirst();
    }
}
