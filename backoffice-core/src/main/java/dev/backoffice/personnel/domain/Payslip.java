package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An employee's pay for one payroll period. Personal data.
 *
 * @param basePay              salary prorated over the days of each contract version, plus hourly
 *                             pay for approved hours
 * @param unpaidLeave          deducted for approved unpaid leave (monthly salaries only)
 * @param hoursPaid            the approved timesheet hours paid at an hourly rate
 * @param gross                {@code basePay - unpaidLeave}
 * @param deductions           withheld from gross pay, from the {@code PayrollRules}
 * @param employerContributions paid by the employer on top of gross pay
 * @param net                  {@code gross - deductions}, what the employee receives
 * @param costCentre           the cost centre of the contract version in force at the end of the period
 */
@PersonalData
public record Payslip(EmployeeId employee, String employeeNumber, String costCentre, Money basePay, Money unpaidLeave,
                      BigDecimal hoursPaid, Money gross, List<PayComponent> deductions,
                      List<PayComponent> employerContributions, Money net) {

    /**
     * Copies the deductions and employer contributions.
     *
     * @param employee              the employee
     * @param employeeNumber        the employee number
     * @param costCentre            the cost centre its expense posts to
     * @param basePay               the pay from the contract versions in force
     * @param unpaidLeave           the deduction for unpaid leave
     * @param hoursPaid             the approved hours paid (hourly contracts)
     * @param gross                 base pay less unpaid leave
     * @param deductions            withheld from gross
     * @param employerContributions paid by the employer on top
     * @param net                   gross less deductions, paid to the employee
     */
    public Payslip {
        Objects.requireNonNull(employee, "employee");
        deductions = List.copyOf(deductions);
        employerContributions = List.copyOf(employerContributions);
    }

    /**
     * Builds a payslip from the pay and the amounts the payroll rules gave; net is gross less the deductions.
     *
     * @param employee              the employee
     * @param number                the employee number
     * @param costCentre            the cost centre of the contract version in force at the end of the period
     * @param basePay               salary prorated over the days of each contract version, plus hourly pay
     *                              for approved hours
     * @param unpaidLeave           deducted for approved unpaid leave (monthly salaries only)
     * @param hoursPaid             the approved timesheet hours paid at an hourly rate
     * @param deductions            withheld from gross pay, from the {@code PayrollRules}
     * @param employerContributions paid by the employer on top of gross pay
     * @return the payslip
     */
    public static Payslip of(EmployeeId employee, String number, String costCentre, Money basePay, Money unpaidLeave,
                             BigDecimal hoursPaid, List<PayComponent> deductions,
                             List<PayComponent> employerContributions) {
        Money gross = basePay.minus(unpaidLeave);
        Money withheld = sum(deductions, gross);
        return new Payslip(employee, number, costCentre, basePay, unpaidLeave, hoursPaid, gross, deductions,
                employerContributions, gross.minus(withheld));
    }

    private static Money sum(List<PayComponent> components, Money zeroLike) {
        Money total = Money.zero(zeroLike.currency());
        for (PayComponent c : components) {
            total = total.plus(c.amount());
        }
        return total;
    }

    /**
     * The sum of the deductions.
     *
     * @return the sum of the deductions
     */
    public Money totalDeductions() {
        return sum(deductions, gross);
    }

    /**
     * The sum of the employer contributions.
     *
     * @return the sum of the employer contributions
     */
    public Money totalEmployerContributions() {
        return sum(employerContributions, gross);
    }

    /**
     * The same payslip with every amount negated, for a reversing run.
     *
     * @return the negated payslip
     */
    public Payslip negated() {
        return new Payslip(employee, employeeNumber, costCentre, basePay.negate(), unpaidLeave.negate(),
                hoursPaid.negate(), gross.negate(), deductions.stream().map(PayComponent::negated).toList(),
                employerContributions.stream().map(PayComponent::negated).toList(), net.negate());
    }
}
