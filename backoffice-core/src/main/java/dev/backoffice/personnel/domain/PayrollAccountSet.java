package dev.backoffice.personnel.domain;

import dev.backoffice.common.TenantId;

import java.util.Objects;
import java.util.UUID;

/**
 * The ledger accounts a tenant's payroll posts to (ids of accounts of the accounts context).
 *
 * @param salaryExpense               debited with gross pay
 * @param employerContributionExpense debited with employer contributions
 * @param payrollLiabilities          credited with deductions and employer contributions owed to
 *                                    the tax office and social insurers
 * @param netPayPayable               credited with the net pay owed to the employees
 */
public record PayrollAccountSet(TenantId tenant, UUID salaryExpense, UUID employerContributionExpense,
                                UUID payrollLiabilities, UUID netPayPayable) {

    public PayrollAccountSet {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(salaryExpense, "salaryExpense");
        Objects.requireNonNull(employerContributionExpense, "employerContributionExpense");
        Objects.requireNonNull(payrollLiabilities, "payrollLiabilities");
        Objects.requireNonNull(netPayPayable, "netPayPayable");
    }
}
