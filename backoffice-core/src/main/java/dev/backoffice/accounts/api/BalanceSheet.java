package dev.backoffice.accounts.api;

import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The balance sheet of a tenant at a date, with a comparison column (for example the end of the
 * previous year) beside every amount.
 *
 * <p>Amounts are never converted between currencies: there is one statement per currency that
 * the tenant keeps accounts in, in {@link #currencies()} ordered by currency code, and each of
 * them balances on its own.
 *
 * @param asOf       the last day counted in the amount column
 * @param comparedTo the last day counted in the comparison column
 * @param currencies one statement per currency
 */
public record BalanceSheet(LocalDate asOf, LocalDate comparedTo, List<InCurrency> currencies) {

    /**
     * Copies the list of currencies.
     *
     * @param asOf       the date of the amounts
     * @param comparedTo the date of the comparison amounts
     * @param currencies one statement per currency
     */
    public BalanceSheet {
        currencies = List.copyOf(currencies);
    }

    /**
     * The balance sheet in one currency. The equity section ends with the current result: revenue
     * minus expenses not yet closed to equity by a year-end close, so that assets equal
     * liabilities plus equity.
     *
     * @param currency the currency
     * @param assets the assets section
     * @param liabilities the liabilities section
     * @param equity the equity section
     */
    public record InCurrency(Currency currency, StatementSection assets, StatementSection liabilities,
                             StatementSection equity) {

        /**
         * The equity row of revenue minus expenses not yet closed to equity.
         *
         * @return the current-result row, zero when there is no revenue or expense
         */
        public StatementRow currentResult() {
            return equity.rows().stream().filter(r -> r.kind() == StatementRow.Kind.CURRENT_RESULT).findFirst()
                    .orElseThrow();
        }

        /**
         * Liabilities plus equity, in the amount column.
         *
         * @return the sum of the liabilities and equity totals
         */
        public Money liabilitiesAndEquity() {
            return liabilities.total().plus(equity.total());
        }

        /**
         * Liabilities plus equity, in the comparison column.
         *
         * @return the sum of the liabilities and equity comparison totals
         */
        public Money comparisonLiabilitiesAndEquity() {
            return liabilities.comparisonTotal().plus(equity.comparisonTotal());
        }

        /**
         * Whether assets equal liabilities plus equity in both columns; always true when the ledger is right.
         *
         * @return true when both columns balance
         */
        public boolean isBalanced() {
            return assets.total().equals(liabilitiesAndEquity())
                    && assets.comparisonTotal().equals(comparisonLiabilitiesAndEquity());
        }
    }

    /**
     * The statement in the currency, if the tenant keeps accounts in it.
     *
     * @param currency the currency
     * @return that currency's statement, or empty
     */
    public Optional<InCurrency> in(Currency currency) {
        return currencies.stream().filter(c -> c.currency().equals(currency)).findFirst();
    }

    /**
     * Whether every currency's statement balances.
     *
     * @return true when every currency balances
     */
    public boolean isBalanced() {
        return currencies.stream().allMatch(InCurrency::isBalanced);
    }
}
