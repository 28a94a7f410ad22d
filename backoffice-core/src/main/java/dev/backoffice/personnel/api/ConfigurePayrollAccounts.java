package dev.backoffice.personnel.api;

import dev.backoffice.accounts.domain.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * The ledger accounts the tenant's payroll posts to: gross pay to {@code salaryExpense}, employer
 * contributions to {@code employerContributionExpense}, deductions and contributions owed to
 * {@code payrollLiabilities}, net pay owed to the employees to {@code netPayPayable}. The ledger
 * checks them when a run is posted.
 */
public record ConfigurePayrollAccounts(@NotNull AccountId salaryExpense, @NotNull AccountId employerContributionExpense,
                                       @NotNull AccountId payrollLiabilities, @NotNull AccountId netPayPayable) {
}
