package dev.backoffice.personnel.application;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.Payroll;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.ReversePayrollRun;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.domain.DateRange;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.GrossPay;
import dev.backoffice.personnel.domain.LeaveDays;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveStatus;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PayrollAccountSet;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunApproved;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.PayrollRunPaid;
import dev.backoffice.personnel.domain.PayrollRunPosted;
import dev.backoffice.personnel.domain.PayrollRunPrepared;
import dev.backoffice.personnel.domain.PayrollRunReversed;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.RunStatus;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetStatus;
import dev.backoffice.personnel.domain.WorkingDays;
import dev.backoffice.personnel.spi.HolidayCalendar;
import dev.backoffice.personnel.spi.LeaveRequests;
import dev.backoffice.personnel.spi.LeaveTypes;
import dev.backoffice.personnel.spi.PayrollAccounts;
import dev.backoffice.personnel.spi.PayrollCalculation;
import dev.backoffice.personnel.spi.PayrollRules;
import dev.backoffice.personnel.spi.PayrollRuns;
import dev.backoffice.personnel.spi.TimesheetRecords;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

final class PayrollService implements Payroll {

    private static final String SUBJECT = "PayrollRun";
    private static final String COST_CENTRE = "cost_centre";
    private static final String EMPLOYEE = "employee";
    /** Payslips paid per payment entry: two lines each, within the ledger's 1,000 lines an entry. */
    static final int PAYSLIPS_PER_PAYMENT_ENTRY = 499;

    private final UseCases useCases;
    private final Records records;
    private final LeaveTypes leaveTypes;
    private final LeaveRequests leaveRequests;
    private final TimesheetRecords timesheets;
    private final PayrollRuns runs;
    private final PayrollAccounts accounts;
    private final Ledger ledger;
    private final ChartOfAccounts chartOfAccounts;
    private final HolidayCalendar holidays;
    private final PayrollRules rules;

    PayrollService(UseCases useCases, Records records, LeaveTypes leaveTypes, LeaveRequests leaveRequests,
                   TimesheetRecords timesheets, PayrollRuns runs, PayrollAccounts accounts, Ledger ledger,
                   ChartOfAccounts chartOfAccounts, HolidayCalendar holidays, PayrollRules rules) {
        this.chartOfAccounts = chartOfAccounts;
        this.useCases = useCases;
        this.records = records;
        this.leaveTypes = leaveTypes;
        this.leaveRequests = leaveRequests;
        this.timesheets = timesheets;
        this.runs = runs;
        this.accounts = accounts;
        this.ledger = ledger;
        this.holidays = holidays;
        this.rules = rules;
    }

    record RunRef(@NotNull PayrollRunId run) {
    }

    record Paid(@NotNull PayrollRunId run, @NotNull LocalDate paidOn) {
    }

    record PeriodRef(@NotNull YearMonth period) {
    }

    @Override
    public ConfigurePayrollAccounts configureAccounts(Actor actor, ConfigurePayrollAccounts command) {
        return useCases.command(actor, PersonnelPermissions.CONFIGURE_PAYROLL, command, () -> {
            // each account must be the actor's tenant's (ledger.account.not_found otherwise)
            List<AccountId> configured = new ArrayList<>(List.of(command.salaryExpense(),
                    command.employerContributionExpense(), command.payrollLiabilities(), command.netPayPayable()));
            Optional.ofNullable(command.bankAccount()).ifPresent(configured::add);
            for (AccountId account : configured) {
                chartOfAccounts.account(actor, account);
            }
            accounts.save(new PayrollAccountSet(actor.tenant(), command.salaryExpense().value(),
                    command.employerContributionExpense().value(), command.payrollLiabilities().value(),
                    command.netPayPayable().value(),
                    command.bankAccount() == null ? null : command.bankAccount().value()));
            useCases.audit(actor, PersonnelPermissions.CONFIGURE_PAYROLL, "PayrollAccounts", settingsId(actor.tenant()),
                    "payroll accounts set");
            return command;
        });
    }

    private static UUID settingsId(TenantId tenant) {
        return UUID.nameUUIDFromBytes(("payroll-accounts:" + tenant.value()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public PayrollRunSnapshot runPayroll(Actor actor, RunPayroll command) {
        return useCases.create(actor, PersonnelPermissions.PREPARE_PAYROLL, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    YearMonth period = command.period();
                    requirePeriodFree(actor.tenant(), period);
                    List<Payslip> payslips = payslips(actor, period);
                    PayrollRun run = PayrollRun.prepare(PayrollRunId.of(useCases.newId()), actor.tenant(), period,
                            payslips, actor.id(), useCases.now());
                    runs.add(run);
                    useCases.audit(actor, PersonnelPermissions.PREPARE_PAYROLL, SUBJECT, run.id().value(),
                            "prepared " + period + ", " + payslips.size() + " payslips");
                    useCases.publish(List.of(new PayrollRunPrepared(useCases.newId(), actor.tenant(), useCases.now(),
                            run.id(), period, payslips.size())));
                    return PayrollRunSnapshot.of(run);
                },
                snapshot -> snapshot.id().value(),
                id -> PayrollRunSnapshot.of(load(actor.tenant(), PayrollRunId.of(id))));
    }

    private void requirePeriodFree(TenantId tenant, YearMonth period) {
        if (runs.findByPeriod(tenant, period).stream().anyMatch(PayrollRun::holdsPeriod)) {
            throw new RuleViolationException(PersonnelError.PAYROLL_PERIOD_ALREADY_RUN,
                    "The payroll of " + period + " has been run already; reverse it to run it again.");
        }
    }

    private List<Payslip> payslips(Actor actor, YearMonth period) {
        TenantId tenant = actor.tenant();
        DateRange month = DateRange.monthOf(period.atDay(1));
        WorkingDays calendar = new WorkingDays(holidays.weekend(tenant),
                holidays.holidays(tenant, month.start(), month.end()));
        long workingDaysInMonth = calendar.count(month);
        Set<LeaveTypeId> unpaidTypes = leaveTypes.findAll(tenant).stream().filter(t -> !t.isPaid())
                .map(LeaveType::id).collect(Collectors.toSet());
        // the contracts, approved timesheets and unpaid leave of the whole period, each in one read
        Map<EmployeeId, EmploymentContract> contracts = new HashMap<>();
        for (EmploymentContract contract : records.contracts().findAll(tenant)) {
            contracts.put(contract.employeeId(), contract);
        }
        Map<EmployeeId, List<Timesheet>> approved = timesheets.findByPeriod(tenant, month.start(), month.end()).stream()
                .filter(t -> t.status() == TimesheetStatus.APPROVED)
                .collect(Collectors.groupingBy(Timesheet::employeeId));
        Map<EmployeeId, List<LeaveRequest>> unpaidLeave = leaveRequests.findByPeriod(tenant, month.start(), month.end())
                .stream().filter(r -> r.status() == LeaveStatus.APPROVED && unpaidTypes.contains(r.leaveTypeId()))
                .collect(Collectors.groupingBy(LeaveRequest::employeeId));
        List<Payslip> payslips = new ArrayList<>();
        for (Employee employee : records.employees().findAll(tenant)) {
            Optional<DateRange> employed = employment(employee).intersection(month);
            EmploymentContract contract = contracts.get(employee.id());
            if (employed.isEmpty() || contract == null || contract.spansDuring(employed.get()).isEmpty()) {
                continue;
            }
            List<Timesheet> sheets = approved.getOrDefault(employee.id(), List.of());
            List<LeaveRequest> unpaid = unpaidLeave.getOrDefault(employee.id(), List.of());
            GrossPay.Result pay = GrossPay.of(contract, period, employed.get(),
                    range -> sheets.stream().map(t -> t.hoursDuring(range)).reduce(BigDecimal.ZERO, BigDecimal::add),
                    range -> unpaid.stream().map(r -> r.daysDuring(range, calendar)).reduce(LeaveDays.ZERO, LeaveDays::plus),
                    workingDaysInMonth);
            Money gross = pay.basePay().minus(pay.unpaidLeave());
            PayrollCalculation withheld = rules.calculate(tenant, employee.id(), period, gross);
            payslips.add(Payslip.of(employee.id(), employee.number(), pay.costCentre(), pay.basePay(), pay.unpaidLeave(),
                    pay.hoursPaid(), withheld.deductions(), withheld.employerContributions()));
        }
        return payslips;
    }

    private static DateRange employment(Employee employee) {
        return DateRange.of(employee.hireDate(), employee.terminationDate().orElse(LocalDate.of(9999, 12, 31)));
    }

    @Override
    public PayrollRunSnapshot approve(Actor actor, PayrollRunId runId) {
        return useCases.command(actor, PersonnelPermissions.APPROVE_PAYROLL, new RunRef(runId), () -> {
            PayrollRun run = load(actor.tenant(), runId);
            run.approve(actor.id(), useCases.now());
            runs.update(run);
            useCases.audit(actor, PersonnelPermissions.APPROVE_PAYROLL, SUBJECT, runId.value(), "approved");
            useCases.publish(List.of(new PayrollRunApproved(useCases.newId(), actor.tenant(), useCases.now(), runId,
                    run.period(), actor.id())));
            return PayrollRunSnapshot.of(run);
        });
    }

    @Override
    public PayrollRunSnapshot post(Actor actor, PayrollRunId runId) {
        return useCases.command(actor, PersonnelPermissions.POST_PAYROLL, new RunRef(runId), () -> {
            PayrollRun run = load(actor.tenant(), runId);
            if (run.status() != RunStatus.APPROVED) {
                throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                        "The payroll run is " + run.status() + "; only an approved run is posted.");
            }
            PayrollAccountSet set = accounts.find(actor.tenant()).orElseThrow(() ->
                    new RuleViolationException(PersonnelError.PAYROLL_ACCOUNTS_NOT_SET,
                            "Set the payroll accounts before posting a payroll run."));
            JournalEntrySnapshot entry = ledger.post(actor, journalEntry(run, set));
            run.posted(actor.id(), useCases.now(), entry.id().value());
            runs.update(run);
            useCases.audit(actor, PersonnelPermissions.POST_PAYROLL, SUBJECT, runId.value(), "posted");
            useCases.publish(List.of(new PayrollRunPosted(useCases.newId(), actor.tenant(), useCases.now(), runId,
                    run.period(), entry.id().value())));
            return PayrollRunSnapshot.of(run);
        });
    }

    /** One balanced entry: every debit and credit is a sum of payslip amounts, so the entry equals the payslips. */
    static NewJournalEntry journalEntry(PayrollRun run, PayrollAccountSet set) {
        Money zero = Money.zero(run.currency());
        Map<String, Money> grossByCostCentre = new TreeMap<>();
        for (Payslip p : run.payslips()) {
            grossByCostCentre.merge(p.costCentre(), p.gross(), Money::plus);
        }
        NewJournalEntry.Builder entry = NewJournalEntry.on(run.period().atEndOfMonth(), "Payroll " + run.period())
                .reference("payroll:" + run.id())
                .idempotencyKey("payroll-" + run.id());
        grossByCostCentre.forEach((costCentre, gross) -> {
            if (gross.isPositive()) {
                entry.line(JournalLineInput.debit(AccountId.of(set.salaryExpense()), gross)
                        .withDimension(COST_CENTRE, costCentre));
            }
        });
        Money contributions = run.totalEmployerContributions();
        if (contributions.isPositive()) {
            entry.debit(AccountId.of(set.employerContributionExpense()), contributions);
        }
        Money liabilities = run.totalDeductions().plus(contributions);
        if (liabilities.isPositive()) {
            entry.credit(AccountId.of(set.payrollLiabilities()), liabilities);
        }
        Money net = run.totalNet();
        if (net.isPositive()) {
            entry.credit(AccountId.of(set.netPayPayable()), net);
        }
        if (zero.equals(run.totalGross())) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                    "The payroll run of " + run.period() + " pays nothing; there is nothing to post.");
        }
        return entry.build();
    }

    @Override
    public PayrollRunSnapshot markPaid(Actor actor, PayrollRunId runId, LocalDate paidOn) {
        return useCases.command(actor, PersonnelPermissions.PAY_PAYROLL, new Paid(runId, paidOn), () -> {
            PayrollRun run = load(actor.tenant(), runId);
            if (run.status() == RunStatus.PAID && run.paidOn().orElseThrow().equals(paidOn) && run.holdsPeriod()) {
                return PayrollRunSnapshot.of(run); // paid already, on that day: nothing happens a second time
            }
            run.requirePayable();
            PayrollAccountSet set = accounts.find(actor.tenant()).orElseThrow(() ->
                    new RuleViolationException(PersonnelError.PAYROLL_ACCOUNTS_NOT_SET,
                            "Set the payroll accounts before paying a payroll run."));
            UUID bank = set.bank().orElseThrow(() -> new RuleViolationException(PersonnelError.PAYROLL_ACCOUNTS_NOT_SET,
                    "Set the bank account net pay is paid out of (ConfigurePayrollAccounts.bankAccount) before paying"
                            + " a payroll run."));
            List<NewJournalEntry> payment = paymentEntries(run, set.netPayPayable(), bank, paidOn);
            // entry by entry, in this unit of work: a refusal keeps the ledger's own code (closed period...)
            List<UUID> paymentEntries = payment.stream().map(entry -> ledger.post(actor, entry).id().value()).toList();
            run.paid(paidOn, paymentEntries);
            runs.update(run); // a stale run fails here and the unit of work, ledger entry included, starts over
            useCases.audit(actor, PersonnelPermissions.PAY_PAYROLL, SUBJECT, runId.value(), "paid on " + paidOn);
            useCases.publish(List.of(new PayrollRunPaid(useCases.newId(), actor.tenant(), useCases.now(), runId,
                    run.period(), paymentEntries)));
            return PayrollRunSnapshot.of(run);
        });
    }

    /**
     * The payment of a run's net pay, dated the day paid: for every payslip with net pay, net pay
     * payable debited and the bank credited with it, both lines tagged with the employee's number
     * (dimension {@code employee}), so each transfer on the bank statement and each employee's share
     * of the liability reconcile line by line. One balanced entry per {@value #PAYSLIPS_PER_PAYMENT_ENTRY}
     * payslips (the ledger takes at most 1,000 lines an entry); none when nobody has net pay to
     * receive.
     */
    static List<NewJournalEntry> paymentEntries(PayrollRun run, UUID netPayPayable, UUID bank, LocalDate paidOn) {
        List<Payslip> paid = run.payslips().stream().filter(p -> p.net().isPositive()).toList();
        int parts = (paid.size() + PAYSLIPS_PER_PAYMENT_ENTRY - 1) / PAYSLIPS_PER_PAYMENT_ENTRY;
        List<NewJournalEntry> entries = new ArrayList<>(parts);
        for (int part = 0; part < parts; part++) {
            NewJournalEntry.Builder entry = NewJournalEntry.on(paidOn,
                            "Net pay " + run.period() + (parts == 1 ? "" : " (" + (part + 1) + " of " + parts + ")"))
                    .reference("payroll-payment:" + run.id())
                    .idempotencyKey("payroll-payment-" + run.id() + "-" + (part + 1));
            for (Payslip p : paid.subList(part * PAYSLIPS_PER_PAYMENT_ENTRY,
                    Math.min(paid.size(), (part + 1) * PAYSLIPS_PER_PAYMENT_ENTRY))) {
                entry.line(JournalLineInput.debit(AccountId.of(netPayPayable), p.net())
                        .withDimension(EMPLOYEE, p.employeeNumber()));
                entry.line(JournalLineInput.credit(AccountId.of(bank), p.net())
                        .withDimension(EMPLOYEE, p.employeeNumber()));
            }
            entries.add(entry.build());
        }
        return entries;
    }

    @Override
    public PayrollRunSnapshot reverse(Actor actor, ReversePayrollRun command) {
        return useCases.create(actor, PersonnelPermissions.REVERSE_PAYROLL, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    PayrollRun run = load(actor.tenant(), command.run());
                    run.requireReversible();
                    String reason = command.reason() == null ? "Reversal of payroll " + run.period() : command.reason();
                    JournalEntrySnapshot reversing = ledger.reverse(actor, new ReverseJournalEntry(
                            JournalEntryId.of(run.journalEntryId().orElseThrow()), command.reversalDate(), reason, null));
                    // a paid run: its payment entry is reversed too, so net pay payable and the bank go back
                    List<UUID> reversingPayment = run.paymentEntryIds().stream().map(payment -> ledger.reverse(actor,
                            new ReverseJournalEntry(JournalEntryId.of(payment), command.reversalDate(), reason, null))
                            .id().value()).toList();
                    PayrollRun reversal = run.reverse(PayrollRunId.of(useCases.newId()), actor.id(), useCases.now(),
                            reversing.id().value(), reversingPayment);
                    runs.update(run);
                    runs.add(reversal);
                    useCases.audit(actor, PersonnelPermissions.REVERSE_PAYROLL, SUBJECT, run.id().value(),
                            "reversed by " + reversal.id());
                    useCases.publish(List.of(new PayrollRunReversed(useCases.newId(), actor.tenant(), useCases.now(),
                            run.id(), reversal.id(), run.period(), reversing.id().value())));
                    return PayrollRunSnapshot.of(reversal);
                },
                snapshot -> snapshot.id().value(),
                id -> PayrollRunSnapshot.of(load(actor.tenant(), PayrollRunId.of(id))));
    }

    @Override
    public PayrollRunSnapshot payrollRun(Actor actor, PayrollRunId runId) {
        return useCases.query(actor, PersonnelPermissions.READ_PAYROLL, new RunRef(runId),
                () -> PayrollRunSnapshot.of(load(actor.tenant(), runId)));
    }

    @Override
    public List<PayrollRunSnapshot> payrollRuns(Actor actor, YearMonth period) {
        return useCases.query(actor, PersonnelPermissions.READ_PAYROLL, new PeriodRef(period),
                () -> runs.findByPeriod(actor.tenant(), period).stream().map(PayrollRunSnapshot::of).toList());
    }

    private PayrollRun load(TenantId tenant, PayrollRunId id) {
        return runs.find(tenant, id).orElseThrow(() ->
                new NotFoundException(PersonnelError.PAYROLL_RUN_NOT_FOUND, "Payroll run " + id + " does not exist."));
    }
}
