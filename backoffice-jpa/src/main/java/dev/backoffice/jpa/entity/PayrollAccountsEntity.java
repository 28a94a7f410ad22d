package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A row of {@code bo_payroll_accounts}: the ledger accounts one tenant's payroll posts to. */
@Entity(name = "BoPayrollAccounts")
@Table(name = "bo_payroll_accounts")
public class PayrollAccountsEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "salary_expense", nullable = false)
    private UUID salaryExpense;

    @Column(name = "employer_contribution_expense", nullable = false)
    private UUID employerContributionExpense;

    @Column(name = "payroll_liabilities", nullable = false)
    private UUID payrollLiabilities;

    @Column(name = "net_pay_payable", nullable = false)
    private UUID netPayPayable;

    @Column(name = "bank_account")
    private UUID bankAccount;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getSalaryExpense() {
        return salaryExpense;
    }

    public void setSalaryExpense(UUID salaryExpense) {
        this.salaryExpense = salaryExpense;
    }

    public UUID getEmployerContributionExpense() {
        return employerContributionExpense;
    }

    public void setEmployerContributionExpense(UUID employerContributionExpense) {
        this.employerContributionExpense = employerContributionExpense;
    }

    public UUID getPayrollLiabilities() {
        return payrollLiabilities;
    }

    public void setPayrollLiabilities(UUID payrollLiabilities) {
        this.payrollLiabilities = payrollLiabilities;
    }

    public UUID getNetPayPayable() {
        return netPayPayable;
    }

    public void setNetPayPayable(UUID netPayPayable) {
        this.netPayPayable = netPayPayable;
    }

    public UUID getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(UUID bankAccount) {
        this.bankAccount = bankAccount;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }


}
