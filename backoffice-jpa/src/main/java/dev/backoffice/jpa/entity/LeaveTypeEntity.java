package dev.backoffice.jpa.entity;

import dev.backoffice.personnel.domain.LeaveCategory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_leave_types}; the accrual plan columns are both null for a type without balance. */
@Entity(name = "BoLeaveType")
@Table(name = "bo_leave_types")
public class LeaveTypeEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, updatable = false, length = 16)
    private LeaveCategory category;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "days_per_year_halves")
    private Long daysPerYearHalves;

    @Column(name = "carry_over_cap_halves")
    private Long carryOverCapHalves;

    @Column(name = "negative_balance_allowed", nullable = false)
    private boolean negativeBalanceAllowed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LeaveCategory getCategory() {
        return category;
    }

    public void setCategory(LeaveCategory category) {
        this.category = category;
    }

    public boolean isPaid() {
        return paid;
    }

    public void setPaid(boolean paid) {
        this.paid = paid;
    }

    public Long getDaysPerYearHalves() {
        return daysPerYearHalves;
    }

    public void setDaysPerYearHalves(Long daysPerYearHalves) {
        this.daysPerYearHalves = daysPerYearHalves;
    }

    public Long getCarryOverCapHalves() {
        return carryOverCapHalves;
    }

    public void setCarryOverCapHalves(Long carryOverCapHalves) {
        this.carryOverCapHalves = carryOverCapHalves;
    }

    public boolean isNegativeBalanceAllowed() {
        return negativeBalanceAllowed;
    }

    public void setNegativeBalanceAllowed(boolean negativeBalanceAllowed) {
        this.negativeBalanceAllowed = negativeBalanceAllowed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }


}
