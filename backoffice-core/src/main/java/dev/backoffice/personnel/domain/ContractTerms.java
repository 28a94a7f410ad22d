package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a contract says from a date on.
 *
 * @param weeklyHours the agreed hours a week, greater than 0 and at most 168, two decimals at most
 * @param costCentre  where the cost of the employee is booked, for example {@code CC-100}
 */
public record ContractTerms(ContractType type, BigDecimal weeklyHours, Pay pay, String costCentre) {

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(168);

    /**
     * Checks the terms: weekly hours above zero, at most 168 and in hundredths, and a cost centre
     * ({@code personnel.contract.invalid} otherwise).
     *
     * @param type        full time, part time or contractor
     * @param weeklyHours the agreed hours per week
     * @param pay         the monthly salary or hourly rate
     * @param costCentre  the cost centre salary expense is posted to
     */
    public ContractTerms {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(weeklyHours, "weeklyHours");
        Objects.requireNonNull(pay, "pay");
        if (weeklyHours.signum() <= 0 || weeklyHours.compareTo(MAX_HOURS) > 0 || weeklyHours.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException(PersonnelError.CONTRACT_INVALID,
                    "Weekly hours must be greater than 0 and at most 168, with two decimals at most.");
        }
        if (costCentre == null || costCentre.isBlank()) {
            throw new RuleViolationException(PersonnelError.CONTRACT_INVALID, "A cost centre is required.");
        }
        costCentre = costCentre.strip();
    }
}
