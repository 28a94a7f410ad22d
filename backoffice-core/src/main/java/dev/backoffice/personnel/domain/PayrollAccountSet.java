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
 * @param bankAccount                 the bank or cash account net pay is paid out of, credited when a
 *                                    run is paid (and net pay payable debited); null while not set, and
 *                                    then runs are posted but not paid
 */
public record PayrollAccountSet(TenantId tenant, UUID salaryExpense, UUID employerContributionExpense,
                                UUID payrollLiabilities, UUID netPayPayable, UUID bankAccount) {

    /**
     * The accounts without a bank account: runs are posted but cannot be paid.
     *
     * @param tenant                      the tenant
     * @param salaryExpense               the expense account of gross pay
     * @param employerContributionExpense the expense account of employer contributions
     * @param payrollLiabilities          the liability account of deductions and contributions
     * @param netPayPayable               the liability account of net pay owed
     */
    public PayrollAccountSet(TenantId tenant, UUID salaryExpense, UUID employerContributionExpense,
                             UUID payrollLiabilities, UUID netPayPayable) {
        this(tenant, salaryExpense, employerContributionExpense, payrollLiabilities, netPayPayable, null);
    }

    /**
     * The bank account net pay is paid from, or empty.
     *
     * @return the bank account net pay is paid from, or empty
     */
    public java.util.Optional<UUID> bank() {
        return java.util.Optional.ofNullable(bankAccount);
    }

    /**
     * Checks that every account but the bank account is given.
     *
     * @param tenant                      the tenant
     * @param salaryExpense               debited with gross pay
     * @param employerContributionExpense debited with employer contributions
     * @param payrollLiabilities          credited with deductions and employer contributions owed to the tax
     *                                    office and social insurers
     * @param netPayPayable               credited with the net pay owed to the employees
     * @param bankAccount                 the bank account net pay is paid from, or null
     */
    public PayrollAccountSet {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(salaryExpense, "salaryExpense");
        Objects.requireNonNull(employerContributionExpense, "employerContributionExpense");
        Objects.requireNonNull(payrollLiabilities, "payrollLiabilities");
        Objects.requireNonNull(netPayPayable, "netPayPayable");
    }
}
