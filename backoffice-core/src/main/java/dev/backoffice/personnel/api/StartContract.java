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
 * Starts an employee's contract, on or after the hire date.
 *
 * @param pay            the monthly salary or the hourly rate, per {@code payBasis}
 * @param idempotencyKey optional: the same key again returns the contract and adds nothing
 */
public record StartContract(@NotNull EmployeeId employee,
                            @NotNull LocalDate validFrom,
                            @NotNull ContractType type,
                            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("168")
                            @Digits(integer = 3, fraction = 2) BigDecimal weeklyHours,
                            @NotNull PayBasis payBasis,
                            @PersonalData @NotNull Money pay,
                            @NotBlank @Size(max = 32) String costCentre,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A contract paid a monthly salary.
     *
     * @param employee    the employee
     * @param validFrom   the first day, on or after the hire date
     * @param type        full time, part time or contractor
     * @param weeklyHours the agreed hours per week, as a decimal string
     * @param salary      the monthly salary
     * @param costCentre  the cost centre salary expense is posted to
     * @return the command
     */
    public static StartContract monthly(EmployeeId employee, LocalDate validFrom, ContractType type, String weeklyHours,
                                        Money salary, String costCentre) {
        return new StartContract(employee, validFrom, type, new BigDecimal(weeklyHours), PayBasis.MONTHLY_SALARY,
                salary, costCentre, null);
    }

    /**
     * A contract paid per approved timesheet hour.
     *
     * @param employee    the employee
     * @param validFrom   the first day, on or after the hire date
     * @param type        full time, part time or contractor
     * @param weeklyHours the agreed hours per week, as a decimal string
     * @param rate        the hourly rate
     * @param costCentre  the cost centre salary expense is posted to
     * @return the command
     */
    public static StartContract hourly(EmployeeId employee, LocalDate validFrom, ContractType type, String weeklyHours,
                                       Money rate, String costCentre) {
        return new StartContract(employee, validFrom, type, new BigDecimal(weeklyHours), PayBasis.HOURLY_RATE, rate,
                costCentre, null);
    }

    /**
     * The same contract, started at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the contract
     * @return a copy of this command with that key
     */
    public StartContract withIdempotencyKey(String key) {
        return new StartContract(employee, validFrom, type, weeklyHours, payBasis, pay, costCentre, key);
    }
}
