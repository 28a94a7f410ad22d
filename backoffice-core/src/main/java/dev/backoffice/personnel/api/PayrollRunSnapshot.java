package dev.backoffice.personnel.api;

import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.common.Money;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.PersonalData;
import dev.backoffice.personnel.domain.RunKind;
import dev.backoffice.personnel.domain.RunStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A payroll run with its totals and payslips (personal data). Optional values are null when absent;
 * {@code journalEntry} is the entry it was posted as; {@code paymentEntries} the entries that paid
 * its net pay out, one per 499 payslips paid (for the reversal of a paid run, the entries that
 * reversed them; empty otherwise). Every payslip of
 * a {@code PAID} run was paid on {@code paidOn}; {@link #isPaid(dev.backoffice.personnel.domain.EmployeeId)}
 * answers it for one employee.
 */
public record PayrollRunSnapshot(PayrollRunId id, YearMonth period, RunKind kind, RunStatus status,
                                 PayrollRunId reversalOf, PayrollRunId reversedBy, Money totalGross,
                                 Money totalDeductions, Money totalEmployerContributions, Money totalNet,
                                 @PersonalData List<Payslip> payslips, String preparedBy, String approvedBy,
                                 String postedBy, JournalEntryId journalEntry, LocalDate paidOn,
                                 List<JournalEntryId> paymentEntries) {

    /**
     * The snapshot of a run as it is now.
     *
     * @param r the run
     * @return its immutable snapshot
     */
    public static PayrollRunSnapshot of(PayrollRun r) {
        return new PayrollRunSnapshot(r.id(), r.period(), r.kind(), r.status(), r.reversalOf().orElse(null),
                r.reversedBy().orElse(null), r.totalGross(), r.totalDeductions(), r.totalEmployerContributions(),
                r.totalNet(), r.payslips(), r.preparedBy(), r.approvedBy().orElse(null), r.postedBy().orElse(null),
                r.journalEntryId().map(JournalEntryId::of).orElse(null), r.paidOn().orElse(null),
                r.paymentEntryIds().stream().map(JournalEntryId::of).toList());
    }

    /**
     * Whether the employee's payslip in this run was paid out: the run is paid and has a payslip for them.
     *
     * @param employee the employee
     * @return true when the run is paid and has a payslip for the employee
     */
    public boolean isPaid(dev.backoffice.personnel.domain.EmployeeId employee) {
        return status == RunStatus.PAID && payslips.stream().anyMatch(p -> p.employee().equals(employee));
    }
}
