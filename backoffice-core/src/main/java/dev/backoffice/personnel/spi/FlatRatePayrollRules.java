package dev.backoffice.personnel.spi;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PayComponent;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Payroll rules of fixed percentages of gross pay, each rounded half even to the minor unit: for
 * example income tax 20 % and social security 8 % withheld, 12 % employer social security. The
 * employee deductions together must stay at or below 100 %.
 *
 * <pre>{@code
 * new FlatRatePayrollRules(
 *         List.of(new Rate("income_tax", new BigDecimal("0.20")), new Rate("social_security", new BigDecimal("0.08"))),
 *         List.of(new Rate("employer_social_security", new BigDecimal("0.12"))));
 * }</pre>
 */
public record FlatRatePayrollRules(List<Rate> deductions, List<Rate> employerContributions) implements PayrollRules {

    /** A named percentage as a fraction: {@code 0.20} is 20 %. */
    public record Rate(String code, BigDecimal rate) {

        /**
         * Checks that the rate is a fraction from 0 to 1.
         *
         * @param code the component's code on the payslip, for example {@code income_tax}
         * @param rate the fraction of gross pay, 0 to 1
         */
        public Rate {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rate, "rate");
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a rate is a fraction from 0 to 1: " + rate);
            }
        }
    }

    /**
     * Copies the rates and checks that the employee deductions add up to at most 100 %.
     *
     * @param deductions            the rates withheld from gross pay
     * @param employerContributions the rates the employer pays on top of gross pay
     */
    public FlatRatePayrollRules {
        deductions = List.copyOf(deductions);
        employerContributions = List.copyOf(employerContributions);
        BigDecimal withheld = deductions.stream().map(Rate::rate).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (withheld.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("employee deductions add up to more than 100 %");
        }
    }

    /**
     * No deductions, no contributions: gross pay is net pay.
     *
     * @return rules that compute nothing
     */
    public static FlatRatePayrollRules none() {
        return new FlatRatePayrollRules(List.of(), List.of());
    }

    @Override
    public PayrollCalculation calculate(TenantId tenant, EmployeeId employee, YearMonth period, Money gross) {
        return new PayrollCalculation(apply(deductions, gross), apply(employerContributions, gross));
    }

    private static List<PayComponent> apply(List<Rate> rates, Money gross) {
        return rates.stream().map(r -> new PayComponent(r.code(), gross.times(r.rate()))).toList();
    }
}
