package dev.backoffice.personnel.api;

import dev.backoffice.common.Actor;
import dev.backoffice.personnel.domain.PayrollRunId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Monthly payroll of the actor's tenant. A run computes each employee's gross pay from the
 * contract versions in force in the month (prorated by calendar days; hourly pay for approved
 * timesheet hours; unpaid leave deducted), the deductions and employer contributions from the
 * {@code PayrollRules}, and the net pay. Its lifecycle: draft, approved by someone other than the
 * preparer, posted as one balanced journal entry through the ledger, paid. A period is run once;
 * a posted run is corrected by reversing it and running the period again.
 */
public interface Payroll {

    /**
     * Sets the ledger accounts the tenant's payroll posts to.
     *
     * @param actor   who acts; needs {@code personnel.payroll.configure}
     * @param command the accounts
     * @return the accounts as configured
     */
    ConfigurePayrollAccounts configureAccounts(Actor actor, ConfigurePayrollAccounts command);

    /**
     * Prepares the draft run of a month. Refused with {@code personnel.payroll.period_already_run}
     * while the period has a regular run that is not reversed, {@code personnel.payroll.currency_mismatch}
     * when pay is in several currencies, and {@code personnel.payroll.invalid_state} when nobody is paid.
     *
     * @param actor   who acts; needs {@code personnel.payroll.prepare}
     * @param command the month
     * @return the draft run with its payslips
     */
    PayrollRunSnapshot runPayroll(Actor actor, RunPayroll command);

    /**
     * Approves a draft; {@code personnel.payroll.self_approval} for its preparer.
     *
     * @param actor who acts; needs {@code personnel.payroll.approve}; not the preparer
     * @param run   the draft run
     * @return the approved run
     */
    PayrollRunSnapshot approve(Actor actor, PayrollRunId run);

    /**
     * Posts an approved run through the ledger as one balanced entry on the last day of the month:
     * gross pay debited to salary expense (one line per cost centre), employer contributions to
     * their expense, deductions and contributions credited to payroll liabilities, net pay to net
     * pay payable. Refused with {@code personnel.payroll.accounts_not_set} before
     * {@link #configureAccounts}, and with the ledger's codes (closed period, unknown account...).
     *
     * @param actor who acts; needs {@code personnel.payroll.post}
     * @param run   the approved run
     * @return the posted run, with its journal entry
     */
    PayrollRunSnapshot post(Actor actor, PayrollRunId run);

    /**
     * Pays a posted run out on the day: posts through the ledger, in the same unit of work, the
     * payment entry dated that day (for each payslip with net pay, net pay payable debited and the
     * configured bank account credited, both lines tagged {@code employee} with the employee's
     * number) and marks the run paid. Paying it again on the same day returns it unchanged (no
     * second entry); on another day, or a draft, approved, reversal or reversed run, is refused with
     * {@code personnel.payroll.invalid_state} (or {@code personnel.payroll.already_reversed}).
     * Refused with {@code personnel.payroll.accounts_not_set} while no bank account is configured,
     * and with the ledger's codes (closed period, inactive account...).
     *
     * @param actor  who acts; needs {@code personnel.payroll.pay}
     * @param run    the posted run
     * @param paidOn the payment date of the entry
     * @return the paid run, with its payment entries
     */
    PayrollRunSnapshot markPaid(Actor actor, PayrollRunId run, LocalDate paidOn);

    /**
     * Reverses a posted or paid run; returns the reversal run. The ledger reverses the run's entry
     * and, for a paid run, its payment entry too, both on the reversal date. Refused with
     * {@code personnel.payroll.already_reversed} the second time.
     *
     * @param actor   who acts; needs {@code personnel.payroll.reverse}
     * @param command the run, the reversal date and the reason
     * @return the reversal run
     */
    PayrollRunSnapshot reverse(Actor actor, ReversePayrollRun command);

    /**
     * The run; {@code personnel.payroll.run_not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code personnel.payroll.read}
     * @param run   the run's id
     * @return the run
     */
    PayrollRunSnapshot payrollRun(Actor actor, PayrollRunId run);

    /**
     * The runs of the month, regular and reversal, oldest first.
     *
     * @param actor  who acts; needs {@code personnel.payroll.read}
     * @param period the month
     * @return the month's runs
     */
    List<PayrollRunSnapshot> payrollRuns(Actor actor, YearMonth period);
}
