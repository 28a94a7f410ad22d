package dev.backoffice.personnel.api;

import dev.backoffice.accounts.domain.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * The ledger accounts the tenant's payroll posts to: gross pay to {@code salaryExpense}, employer
 * contributions to {@code employerContributionExpense}, deductions and contributions owed to
 * {@code payrollLiabilities}, net pay owed to the employees to {@code netPayPayable}; net pay is
 * paid out of {@code bankAccount} (the bank or cash account). Each must be an account of the
 * tenant; the ledger checks them again when a run is posted or paid. Without a bank account runs
 * are posted but not paid ({@code personnel.payroll.accounts_not_set}).
 */
public record ConfigurePayrollAccounts(@NotNull AccountId salaryExpense, @NotNull AccountId employerContributionExpense,
                                       @NotNull AccountId payrollLiabilities, @NotNull AccountId netPayPayable,
                                       AccountId bankAccount) {

    /**
     * The accounts without a bank account: runs are posted but cannot be paid.
     *
     * @param salaryExpense               the expense account gross pay is debited to
     * @param employerContributionExpense the expense account of employer contributions
     * @param payrollLiabilities          the liability account deductions and contributions are owed on
     * @param netPayPayable               the liability account net pay is owed on until paid
     */
    public ConfigurePayrollAccounts(AccountId salaryExpense, AccountId employerContributionExpense,
                                    AccountId payrollLiabilities, AccountId netPayPayable) {
        this(salaryExpense, employerContributionExpense, payrollLiabilities, netPayPayable, null);
    }
}
