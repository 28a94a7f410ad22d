package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of leave a tenant offers, such as paid vacation, sick leave or unpaid leave, or one the
 * host defines. The code is unique in the tenant. A type with an {@link AccrualPlan} keeps a
 * balance per employee and year, and refuses requests beyond it unless it allows a negative
 * balance; a type without plan keeps no balance. Unpaid leave is deducted by payroll.
 */
public final class LeaveType {

    private final LeaveTypeId id;
    private final TenantId tenant;
    private final String code;
    private final String name;
    private final LeaveCategory category;
    private final boolean paid;
    private final AccrualPlan accrualPlan;
    private final boolean negativeBalanceAllowed;
    private final Instant createdAt;
    private final long version;

    private LeaveType(LeaveTypeId id, TenantId tenant, String code, String name, LeaveCategory category, boolean paid,
                      AccrualPlan accrualPlan, boolean negativeBalanceAllowed, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.category = Objects.requireNonNull(category, "category");
        this.paid = paid;
        this.accrualPlan = accrualPlan;
        this.negativeBalanceAllowed = negativeBalanceAllowed;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    public static LeaveType define(LeaveTypeId id, TenantId tenant, String code, String name, LeaveCategory category,
                                   boolean paid, AccrualPlan accrualPlan, boolean negativeBalanceAllowed, Instant now) {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new RuleViolationException(PersonnelError.LEAVE_TYPE_INVALID, "A leave type needs a code and a name.");
        }
        if (category == LeaveCategory.UNPAID && paid) {
            throw new RuleViolationException(PersonnelError.LEAVE_TYPE_INVALID, "Unpaid leave cannot be paid.");
        }
        return new LeaveType(id, tenant, code.strip(), name.strip(), category, paid, accrualPlan,
                negativeBalanceAllowed, now, 0);
    }

    public static LeaveType restore(LeaveTypeId id, TenantId tenant, String code, String name, LeaveCategory category,
                                    boolean paid, AccrualPlan accrualPlan, boolean negativeBalanceAllowed,
                                    Instant createdAt, long version) {
        return new LeaveType(id, tenant, code, name, category, paid, accrualPlan, negativeBalanceAllowed, createdAt,
                version);
    }

    public LeaveTypeId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public LeaveCategory category() {
        return category;
    }

    /** Whether pay continues during this leave; unpaid leave is deducted by payroll. */
    public boolean isPaid() {
        return paid;
    }

    /** The plan that earns a balance; empty for a type without balance (taken as needed). */
    public Optional<AccrualPlan> accrualPlan() {
        return Optional.ofNullable(accrualPlan);
    }

    public boolean isNegativeBalanceAllowed() {
        return negativeBalanceAllowed;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
