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

    /**
     * Defines a leave type.
     *
     * @param id                     its id
     * @param tenant                 the tenant it belongs to
     * @param code                   unique in the tenant
     * @param name                   the name people see
     * @param category               vacation, sick, unpaid, parental or other
     * @param paid                   whether pay continues during it
     * @param accrualPlan            the plan that earns a balance, or null for none
     * @param negativeBalanceAllowed whether requests beyond the balance are accepted
     * @param now                    the time of the change, from the injected clock
     * @return the leave type
     */
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

    /**
     * Rebuilds a stored leave type (for adapters).
     *
     * @param id                     its id
     * @param tenant                 the tenant it belongs to
     * @param code                   its code
     * @param name                   its name
     * @param category               its category
     * @param paid                   whether pay continues during it
     * @param accrualPlan            the plan, or null
     * @param negativeBalanceAllowed whether requests beyond the balance are accepted
     * @param createdAt              when it was created
     * @param version                the stored version it was read at
     * @return the leave type as stored
     */
    public static LeaveType restore(LeaveTypeId id, TenantId tenant, String code, String name, LeaveCategory category,
                                    boolean paid, AccrualPlan accrualPlan, boolean negativeBalanceAllowed,
                                    Instant createdAt, long version) {
        return new LeaveType(id, tenant, code, name, category, paid, accrualPlan, negativeBalanceAllowed, createdAt,
                version);
    }

    /**
     * The leave type's id.
     *
     * @return the leave type's id
     */
    public LeaveTypeId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Its code, unique in the tenant.
     *
     * @return its code, unique in the tenant
     */
    public String code() {
        return code;
    }

    /**
     * The name people see.
     *
     * @return the name people see
     */
    public String name() {
        return name;
    }

    /**
     * Its category.
     *
     * @return its category
     */
    public LeaveCategory category() {
        return category;
    }

    /**
     * Whether pay continues during this leave; unpaid leave is deducted by payroll.
     *
     * @return true when paid
     */
    public boolean isPaid() {
        return paid;
    }

    /**
     * The plan that earns a balance; empty for a type without balance (taken as needed).
     *
     * @return the plan, or empty
     */
    public Optional<AccrualPlan> accrualPlan() {
        return Optional.ofNullable(accrualPlan);
    }

    /**
     * Whether requests beyond the balance are accepted.
     *
     * @return whether requests beyond the balance are accepted
     */
    public boolean isNegativeBalanceAllowed() {
        return negativeBalanceAllowed;
    }

    /**
     * When it was defined.
     *
     * @return when it was defined
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The stored version it was read at, for optimistic locking.
     *
     * @return the stored version it was read at, for optimistic locking
     */
    public long version() {
        return version;
    }
}
