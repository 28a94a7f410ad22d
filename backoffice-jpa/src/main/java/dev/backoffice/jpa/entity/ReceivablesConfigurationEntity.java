package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.UUID;

/** A row of {@code bo_receivables_configurations}: the posting accounts of a tenant in one currency. */
@Entity(name = "BoReceivablesConfiguration")
@Table(name = "bo_receivables_configurations")
@IdClass(ReceivablesConfigurationKey.class)
public class ReceivablesConfigurationEntity {

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "receivable_account", nullable = false)
    private UUID receivable;

    @Column(name = "customer_credit_account", nullable = false)
    private UUID customerCredit;

    @Column(name = "revenue_account", nullable = false)
    private UUID revenue;

    @Column(name = "output_tax_account", nullable = false)
    private UUID outputTax;

    @Column(name = "payable_account", nullable = false)
    private UUID payable;

    @Column(name = "supplier_advances_account", nullable = false)
    private UUID supplierAdvances;

    @Column(name = "expense_account", nullable = false)
    private UUID expense;

    @Column(name = "input_tax_account", nullable = false)
    private UUID inputTax;

    @Column(name = "bank_account", nullable = false)
    private UUID bank;

    @Column(name = "gateway_clearing_account")
    private UUID gatewayClearing;

    @Column(name = "approval_threshold_minor")
    private Long approvalThresholdMinor;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public UUID getReceivable() {
        return receivable;
    }

    public void setReceivable(UUID receivable) {
        this.receivable = receivable;
    }

    public UUID getCustomerCredit() {
        return customerCredit;
    }

    public void setCustomerCredit(UUID customerCredit) {
        this.customerCredit = customerCredit;
    }

    public UUID getRevenue() {
        return revenue;
    }

    public void setRevenue(UUID revenue) {
        this.revenue = revenue;
    }

    public UUID getOutputTax() {
        return outputTax;
    }

    public void setOutputTax(UUID outputTax) {
        this.outputTax = outputTax;
    }

    public UUID getPayable() {
        return payable;
    }

    public void setPayable(UUID payable) {
        this.payable = payable;
    }

    public UUID getSupplierAdvances() {
        return supplierAdvances;
    }

    public void setSupplierAdvances(UUID supplierAdvances) {
        this.supplierAdvances = supplierAdvances;
    }

    public UUID getExpense() {
        return expense;
    }

    public void setExpense(UUID expense) {
        this.expense = expense;
    }

    public UUID getInputTax() {
        return inputTax;
    }

    public void setInputTax(UUID inputTax) {
        this.inputTax = inputTax;
    }

    public UUID getBank() {
        return bank;
    }

    public void setBank(UUID bank) {
        this.bank = bank;
    }

    public UUID getGatewayClearing() {
        return gatewayClearing;
    }

    public void setGatewayClearing(UUID gatewayClearing) {
        this.gatewayClearing = gatewayClearing;
    }

    public Long getApprovalThresholdMinor() {
        return approvalThresholdMinor;
    }

    public void setApprovalThresholdMinor(Long approvalThresholdMinor) {
        this.approvalThresholdMinor = approvalThresholdMinor;
    }
}
