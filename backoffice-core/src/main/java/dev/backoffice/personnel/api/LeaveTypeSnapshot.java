package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.LeaveCategory;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;

import java.math.BigDecimal;

/** A leave type; {@code daysPerYear} and {@code carryOverCap} are null for a type without balance. */
public record LeaveTypeSnapshot(LeaveTypeId id, String code, String name, LeaveCategory category, boolean paid,
                                BigDecimal daysPerYear, BigDecimal carryOverCap, boolean negativeBalanceAllowed) {

    /**
     * The snapshot of a leave type.
     *
     * @param t the leave type
     * @return its immutable snapshot
     */
    public static LeaveTypeSnapshot of(LeaveType t) {
        return new LeaveTypeSnapshot(t.id(), t.code(), t.name(), t.category(), t.isPaid(),
                t.accrualPlan().map(p -> p.daysPerYear().days()).orElse(null),
                t.accrualPlan().map(p -> p.carryOverCap().days()).orElse(null), t.isNegativeBalanceAllowed());
    }
}
