package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The trial balance: every leaf account whose balance is not zero, with that balance in the debit or
 * the credit column,
 * and per currency the column totals, which are equal when the ledger is right.
 *
 * @param asOf null for the current balances
 * @param rows the rows
 * @param totals the net, tax and gross totals
 */
public record TrialBalance(LocalDate asOf, List<Row> rows, List<Total> totals) {

    /**
     * One account; one of {@code debit} and {@code credit} is zero.
     *
     * @param account the account
     * @param code the account code
     * @param name the account name
     * @param type the account type
     * @param debit the debit amount, zero for a credit line
     * @param credit the credit amount, zero for a debit line
     */
    public record Row(AccountId account, String code, String name, AccountType type, Money debit, Money credit) {
    }

    /**
     * The column totals in one currency.
     *
     * @param currency the currency
     * @param debit the debit amount, zero for a credit line
     * @param credit the credit amount, zero for a debit line
     */
    public record Total(Currency currency, Money debit, Money credit) {
        /** {@return whether debit and credit totals are equal} */
        public boolean isBalanced() {
            return debit.equals(credit);
        }
    }

    /**
     * True when debits equal credits in every currency.
     *
     * @return true when balanced
     */
    public boolean isBalanced() {
        return totals.stream().allMatch(Total::isBalanced);
    }

    /**
     * The totals of a currency.
     *
     * @param currency the currency
     * @return the totals, zero when the currency has no row
     */
    public Total total(Currency currency) {
        return totals.stream().filter(t -> t.currency().equals(currency)).findFirst()
                .orElse(new Total(currency, Money.zero(currency), Money.zero(currency)));
    }
}
