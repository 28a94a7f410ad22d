package dev.backoffice.jpa.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * A row of {@code bo_payslips} (amounts in minor units of the run's currency) with its components.
 * Immutable: a payslip is written once with its run and never changed.
 */
@Entity(name = "BoPayslip")
@Table(name = "bo_payslips")
@Immutable
public class PayslipEntity {

    @EmbeddedId
    private PayslipKey id;

    @MapsId("runId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    private PayrollRunEntity run;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private UUID employeeId;

    @Column(name = "employee_number", nullable = false, updatable = false, length = 32)
    private String employeeNumber;

    @Column(name = "cost_centre", updatable = false, length = 64)
    private String costCentre;

    @Column(name = "base_pay_minor", nullable = false, updatable = false)
    private long basePayMinor;

    @Column(name = "unpaid_leave_minor", nullable = false, updatable = false)
    private long unpaidLeaveMinor;

    @Column(name = "hours_paid", nullable = false, updatable = false, precision = 9, scale = 2)
    private BigDecimal hoursPaid;

    @Column(name = "gross_minor", nullable = false, updatable = false)
    private long grossMinor;

    @Column(name = "net_minor", nullable = false, updatable = false)
    private long netMinor;

    @ElementCollection
    @CollectionTable(name = "bo_payslip_components", joinColumns = {
            @JoinColumn(name = "run_id", referencedColumnName = "run_id"),
            @JoinColumn(name = "line_no", referencedColumnName = "line_no")})
    @OrderColumn(name = "component_no")
    @BatchSize(size = 256)
    private List<PayComponentEmbeddable> components = new ArrayList<>();

    public PayslipKey getId() {
        return id;
    }

    public void setId(PayslipKey id) {
        this.id = id;
    }

    public PayrollRunEntity getRun() {
        return run;
    }

    public void setRun(PayrollRunEntity run) {
        this.run = run;
    }

    public UUID getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(UUID employeeId) {
        this.employeeId = employeeId;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public long getBasePayMinor() {
        return basePayMinor;
    }

    public void setBasePayMinor(long basePayMinor) {
        this.basePayMinor = basePayMinor;
    }

    public long getUnpaidLeaveMinor() {
        return unpaidLeaveMinor;
    }

    public void setUnpaidLeaveMinor(long unpaidLeaveMinor) {
        this.unpaidLeaveMinor = unpaidLeaveMinor;
    }

    public BigDecimal getHoursPaid() {
        return hoursPaid;
    }

    public void setHoursPaid(BigDecimal hoursPaid) {
        this.hoursPaid = hoursPaid;
    }

    public long getGrossMinor() {
        return grossMinor;
    }

    public void setGrossMinor(long grossMinor) {
        this.grossMinor = grossMinor;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public void setNetMinor(long netMinor) {
        this.netMinor = netMinor;
    }

    public List<PayComponentEmbeddable> getComponents() {
        return components;
    }

    public void setComponents(List<PayComponentEmbeddable> components) {
        this.components = components;
    }


}
