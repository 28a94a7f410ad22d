package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.util.Objects;

/** Gross pay as a contract states it: a monthly salary or an hourly rate, greater than zero. Personal data. */
@PersonalData
public record Pay(PayBasis basis, @PersonalData Money amount) {

    /**
     * Checks that the amount is above zero ({@code personnel.contract.invalid} otherwise).
     *
     * @param basis  monthly salary or hourly rate
     * @param amount the salary per month or the rate per hour
     */
    public Pay {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new RuleViolationException(PersonnelError.CONTRACT_INVALID, "Pay must be greater than zero.");
        }
    }

    /**
     * A monthly salary.
     *
     * @param salary the salary per month
     * @return the pay
     */
    public static Pay monthly(Money salary) {
        return new Pay(PayBasis.MONTHLY_SALARY, salary);
    }

    /**
     * An hourly rate.
     *
     * @param rate the pay per approved hour
     * @return the pay
     */
    public static Pay hourly(Money rate) {
        return new Pay(PayBasis.HOURLY_RATE, rate);
    }
}
