package dev.backoffice.personnel.api;

import dev.backoffice.common.Money;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PayBasis;
import dev.backoffice.personnel.domain.PersonalData;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Changes an employee's contract from a date on: a new version with the complete new terms.
 *
 * @param idempotencyKey optional: the same key again returns the contract and adds no second version
 */
public record ChangeContract(@NotNull EmployeeId employee,
                             @NotNull LocalDate validFrom,
                             @NotNull ContractType type,
                             @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168")
                             @Digits(integer = 3, fraction = 2) BigDecimal weeklyHours,
                             @NotNull PayBasis payBasis,
                             @PersonalData @NotNull Money pay,
                             @NotBlank @Size(max = 32) String costCentre,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * The same terms as a version, with another monthly salary from {@code validFrom}.
     *
     * @param current   the version in force, whose terms are kept
     * @param employee  the employee
     * @param validFrom the first day of the new salary
     * @param newPay    the new monthly salary
     * @return the command
     */
    public static ChangeContract raise(ContractVersionSnapshot current, EmployeeId employee, LocalDate validFrom,
                                       Money newPay) {
        return new ChangeContract(employee, validFrom, current.type(), current.weeklyHours(), current.pay().basis(),
                newPay, current.costCentre(), null);
    }

    /**
     * The same change, made at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the contract
     * @return a copy of this command with that key
     */
    public ChangeContract withIdempotencyKey(String key) {
        return new ChangeContract(employee, validFrom, type, weeklyHours, payBasis, pay, costCentre, key);
    }
}
