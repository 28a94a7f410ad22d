package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Money;

import java.util.List;
import java.util.Optional;

/**
 * One section of a financial statement: the accounts of one type in one currency, following the
 * account hierarchy (a parent row first, then its sub-accounts one level deeper, each level in code
 * order), and the section total. Accounts whose whole subtree shows zero in both columns are left
 * out.
 *
 * @param total           the sum of the top-level rows in the amount column
 * @param comparisonTotal the same in the comparison column
 * @param type the account type of the section
 * @param rows the rows
 */
public record StatementSection(AccountType type, List<StatementRow> rows, Money total, Money comparisonTotal) {

    /**
     * Copies the rows.
     *
     * @param type            the account type
     * @param rows            the rows
     * @param total           the total
     * @param comparisonTotal the comparison total
     */
    public StatementSection {
        rows = List.copyOf(rows);
    }

    /**
     * The row of the account with this code, if it is shown.
     *
     * @param code the account code
     * @return the row, or empty
     */
    public Optional<StatementRow> row(String code) {
        return rows.stream().filter(r -> code.equals(r.code())).findFirst();
    }
}
