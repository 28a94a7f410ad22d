package dev.backoffice.personnel.spi;

import dev.backoffice.personnel.domain.PayComponent;

import java.util.List;

/** What the payroll rules withhold from an employee's gross pay and what the employer adds on top. */
public record PayrollCalculation(List<PayComponent> deductions, List<PayComponent> employerContributions) {

    /**
     * Copies the components.
     *
     * @param deductions            withheld from gross pay, each with its code
     * @param employerContributions paid by the employer on top of gross pay
     */
    public PayrollCalculation {
        deductions = List.copyOf(deductions);
        employerContributions = List.copyOf(employerContributions);
    }
}
