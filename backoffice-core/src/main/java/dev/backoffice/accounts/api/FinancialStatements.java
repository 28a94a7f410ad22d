package dev.backoffice.accounts.api;

import dev.backoffice.common.Actor;

import java.time.LocalDate;

/**
 * The balance sheet and the income statement of the actor's tenant, computed from the posted
 * lines of the journal (drafts never count). Reading needs {@code ledger.read}.
 *
 * <p>Until a tenant has a functional currency, nothing is converted: each statement holds one
 * statement per currency.
 *
 * <pre>{@code
 * BalanceSheet sheet = statements.balanceSheet(actor, LocalDate.of(2026, 12, 31), LocalDate.of(2025, 12, 31));
 * BalanceSheet.InCurrency eur = sheet.in(Money.currency("EUR")).orElseThrow();
 * eur.assets().total();                 // equals eur.liabilitiesAndEquity()
 *
 * IncomeStatement year = statements.incomeStatement(actor, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
 * }</pre>
 */
public interface FinancialStatements {

    /**
     * The balance sheet at {@code asOf} (the posted lines dated on or before it), with the amounts
     * at {@code comparedTo} (any date, usually the end of the previous year) beside them. Assets,
     * liabilities and equity follow the account hierarchy; equity ends with the current result
     * (revenue minus expenses not yet closed to equity).
     *
     * @param actor      who reads; needs {@code ledger.read}
     * @param asOf       the date of the amounts
     * @param comparedTo the date of the comparison amounts
     * @return the balance sheet, one per currency
     */
    BalanceSheet balanceSheet(Actor actor, LocalDate asOf, LocalDate comparedTo);

    /**
     * The income statement for {@code from} to {@code to}, with the period {@code previousFrom} to
     * {@code previousTo} beside it (all dates inclusive). Refused with
     * {@code ledger.invalid_date_range} when either period ends before it starts.
     *
     * @param actor        who reads; needs {@code ledger.read}
     * @param from         first day of the period
     * @param to           last day of the period
     * @param previousFrom first day of the comparison period
     * @param previousTo   last day of the comparison period
     * @return the income statement, one per currency
     */
    IncomeStatement incomeStatement(Actor actor, LocalDate from, LocalDate to, LocalDate previousFrom,
                                    LocalDate previousTo);

    /**
     * The income statement for {@code from} to {@code to} beside the period of the same length just
     * before it: as many whole months before when the period is whole months (a year beside the
     * year before, a quarter beside the quarter before), else as many days before. Refused with
     * {@code ledger.invalid_date_range} when the period ends before it starts.
     *
     * @param actor who reads; needs {@code ledger.read}
     * @param from  first day of the period
     * @param to    last day of the period
     * @return the income statement, one per currency
     */
    IncomeStatement incomeStatement(Actor actor, LocalDate from, LocalDate to);
}
