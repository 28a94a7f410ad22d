package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.LeaveCategory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * Defines a leave type.
 *
 * @param daysPerYear            days earned per full calendar year, in half-day steps; null for a
 *                               type that keeps no balance (sick leave taken as needed, unpaid leave)
 * @param carryOverCap           at most this many remaining days carry into the next year (null: none)
 * @param negativeBalanceAllowed whether requests beyond the balance are accepted
 */
public record DefineLeaveType(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                                      message = "must be letters, digits, '.', '_' or '-'") String code,
                              @NotBlank @Size(max = 200) String name,
                              @NotNull LeaveCategory category,
                              boolean paid,
                              @DecimalMin("0") @DecimalMax("366") @Digits(integer = 3, fraction = 1) BigDecimal daysPerYear,
                              @DecimalMin("0") @DecimalMax("366") @Digits(integer = 3, fraction = 1) BigDecimal carryOverCap,
                              boolean negativeBalanceAllowed,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Paid vacation earning {@code daysPerYear} with up to {@code carryOverCap} days carried over.
     *
     * @param code         unique in the tenant
     * @param daysPerYear  days earned per full year, as a decimal string in half-day steps
     * @param carryOverCap the most days carried into the next year, as a decimal string
     * @return the command
     */
    public static DefineLeaveType paidVacation(String code, String daysPerYear, String carryOverCap) {
        return new DefineLeaveType(code, "Paid vacation", LeaveCategory.VACATION, true, new BigDecimal(daysPerYear),
                new BigDecimal(carryOverCap), false, null);
    }

    /**
     * Paid sick leave without balance.
     *
     * @param code unique in the tenant
     * @return the command
     */
    public static DefineLeaveType sick(String code) {
        return new DefineLeaveType(code, "Sick leave", LeaveCategory.SICK, true, null, null, false, null);
    }

    /**
     * Unpaid leave without balance: payroll deducts it.
     *
     * @param code unique in the tenant
     * @return the command
     */
    public static DefineLeaveType unpaid(String code) {
        return new DefineLeaveType(code, "Unpaid leave", LeaveCategory.UNPAID, false, null, null, false, null);
    }

    /**
     * The same type, accepting requests beyond the balance.
     *
     * @return a copy of this command that allows a negative balance
     */
    public DefineLeaveType allowingNegativeBalance() {
        return new DefineLeaveType(code, name, category, paid, daysPerYear, carryOverCap, true, idempotencyKey);
    }
}
