package dev.backoffice.personnel.spi;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.EmployeeId;

import java.time.YearMonth;

/**
 * The statutory side of payroll, which differs per country and changes every year: income tax,
 * social security and other amounts withheld from gross pay, and the employer's contributions. A
 * host plugs in its country's rules (or a payroll provider); {@link FlatRatePayrollRules} applies
 * fixed percentages. Amounts are in the currency of the gross pay, deductions not above it.
 */
@FunctionalInterface
public interface PayrollRules {

    /**
     * The deductions and employer contributions of one employee's gross pay for a month.
     *
     * @param tenant   the tenant the call is scoped to
     * @param employee the employee
     * @param period   the pay month
     * @param gross    the gross pay, in the contract's currency
     * @return the deductions (together not above gross) and the employer contributions, in that currency
     */
    PayrollCalculation calculate(TenantId tenant, EmployeeId employee, YearMonth period, Money gross);
}
