package dev.backoffice.jpa.entity;

import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.PayBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code bo_contract_versions}: one effective-dated version of a contract, never changed once stored. */
@Embeddable
public class ContractVersionEmbeddable {

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "contract_type", nullable = false, updatable = false, length = 16)
    private ContractType type;

    @Column(name = "weekly_hours", nullable = false, updatable = false, precision = 5, scale = 2)
    private BigDecimal weeklyHours;

    @Enumerated(EnumType.STRING)
    @Column(name = "pay_basis", nullable = false, updatable = false, length = 16)
    private PayBasis payBasis;

    @Column(name = "pay_minor", nullable = false, updatable = false)
    private long payMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "cost_centre", nullable = false, updatable = false, length = 64)
    private String costCentre;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }

    public BigDecimal getWeeklyHours() {
        return weeklyHours;
    }

    public void setWeeklyHours(BigDecimal weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    public PayBasis getPayBasis() {
        return payBasis;
    }

    public void setPayBasis(PayBasis payBasis) {
        this.payBasis = payBasis;
    }

    public long getPayMinor() {
        return payMinor;
    }

    public void setPayMinor(long payMinor) {
        this.payMinor = payMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getCostCentre() {
        return costCentre;
    }

    public void setCostCentre(String costCentre) {
        this.costCentre = costCentre;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(String recordedBy) {
        this.recordedBy = recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }


}
