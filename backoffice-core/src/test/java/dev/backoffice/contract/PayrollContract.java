package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.Payroll;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RecordHours;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.ReversePayrollRun;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TimesheetSnapshot;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.PayrollRunPaid;
import dev.backoffice.personnel.domain.PayrollRunPosted;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.RunKind;
import dev.backoffice.personnel.domain.RunStatus;
import dev.backoffice.personnel.domain.TimesheetStatus;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.personnel.spi.PayrollRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payroll through the public api, posted to the ledger of the adapters under test: a salaried
 * employee with a day of unpaid leave, a joiner on the 15th, an hourly worker with an approved
 * timesheet; the entry balances and equals the payslips to the cent; a period runs once.
 */
public abstract class PayrollContract extends PersonnelApiContract {

    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    private Payroll payroll;
    private Actor preparer;
    private Actor approver;
    private AccountSnapshot salaries;
    private AccountSnapshot contributions;
    private AccountSnapshot liabilities;
    private AccountSnapshot netPay;
    private AccountSnapshot bank;
    private EmployeeSnapshot ada;
    private EmployeeSnapshot ben;
    private EmployeeSnapshot cy;

    @Override
    protected PayrollRules payrollRules() {
        return new FlatRatePayrollRules(
                List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20")),
                        new FlatRatePayrollRules.Rate("social_security", new BigDecimal("0.08"))),
                List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12"))));
    }

    @BeforeEach
    void companyWithThreeEmployees() {
        payroll = personnelContext.payroll();
        preparer = Actor.of(tenant, "payroll-clerk");
        approver = Actor.of(tenant, "finance-director");
        accountsContext.fiscalCalendar().openFiscalYear(hr, OpenFiscalYear.calendarYear(2026));
        salaries = open("6100", "Salaries", AccountType.EXPENSE);
        contributions = open("6200", "Employer social security", AccountType.EXPENSE);
        liabilities = open("2300", "Payroll liabilities", AccountType.LIABILITY);
        netPay = open("2400", "Net pay payable", AccountType.LIABILITY);
        bank = open("1100", "Bank", AccountType.ASSET);
        payroll.configureAccounts(hr, new ConfigurePayrollAccounts(salaries.id(), contributions.id(), liabilities.id(),
                netPay.id(), bank.id()));

        DepartmentSnapshot ops = personnelContext.organisation().createDepartment(hr, CreateDepartment.root("OPS", "Operations"));
        ada = hire("E-001", LocalDate.of(2025, 1, 1), ops);
        ben = hire("E-002", LocalDate.of(2026, 6, 15), ops);
        cy = hire("E-003", LocalDate.of(2025, 1, 1), ops);
        personnelContext.employees().startContract(hr, StartContract.monthly(ada.id(), ada.hireDate(),
                ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100"));
        personnelContext.employees().startContract(hr, StartContract.monthly(ben.id(), ben.hireDate(),
                ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100"));
        personnelContext.employees().startContract(hr, StartContract.hourly(cy.id(), cy.hireDate(),
                ContractType.PART_TIME, "20", eur("20.00"), "CC-200"));

        // Ada takes one unpaid day; Cy's week of 8 June is approved with 38.5 hours, a later week is not
        LeaveTypeSnapshot unpaid = personnelContext.leave().defineLeaveType(hr, DefineLeaveType.unpaid("UNPAID"));
        LeaveRequestSnapshot day = personnelContext.leave().requestLeave(hr,
                RequestLeave.of(ada.id(), unpaid.id(), LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 10)));
        personnelContext.leave().approve(approver, day.id(), null);
        TimesheetSnapshot week = personnelContext.timesheets().recordHours(hr, RecordHours.of(cy.id(),
                LocalDate.of(2026, 6, 8), Map.of(LocalDate.of(2026, 6, 8), new BigDecimal("8"),
                        LocalDate.of(2026, 6, 9), new BigDecimal("8"), LocalDate.of(2026, 6, 10), new BigDecimal("7.5"),
                        LocalDate.of(2026, 6, 11), new BigDecimal("8"), LocalDate.of(2026, 6, 12), new BigDecimal("7"))));
        personnelContext.timesheets().submit(hr, week.id());
        assertThat(personnelContext.timesheets().approve(approver, week.id()).status()).isEqualTo(TimesheetStatus.APPROVED);
        personnelContext.timesheets().recordHours(hr, RecordHours.of(cy.id(), LocalDate.of(2026, 6, 15),
                Map.of(LocalDate.of(2026, 6, 15), new BigDecimal("8"))));
        published.clear();
    }

    private AccountSnapshot open(String code, String name, AccountType type) {
        return accountsContext.chartOfAccounts().openAccount(hr, OpenAccount.of(code, name, type, EUR));
    }

    private EmployeeSnapshot hire(String number, LocalDate hired, DepartmentSnapshot department) {
        return personnelContext.employees().hire(hr, HireEmployee.of(number, "Given", "Person " + number, hired)
                .in(department.id(), null));
    }

    private PayrollRunSnapshot postedJune() {
        PayrollRunSnapshot draft = payroll.runPayroll(preparer, RunPayroll.of(JUNE));
        payroll.approve(approver, draft.id());
        return payroll.post(approver, draft.id());
    }

    private Money balance(AccountSnapshot account) {
        return accountsContext.financialReports().balance(hr, account.id()).balance();
    }

    private static Money sum(List<Payslip> payslips, Function<Payslip, Money> amount) {
        return payslips.stream().map(amount).reduce(Money.zero(EUR), Money::plus);
    }

    private Payslip payslipOf(PayrollRunSnapshot run, EmployeeSnapshot e) {
        return run.payslips().stream().filter(p -> p.employee().equals(e.id())).findFirst().orElseThrow();
    }

    @Test
    void computesEachPayslipFromContractsLeaveAndTimesheets() {
        PayrollRunSnapshot run = payroll.runPayroll(preparer, RunPayroll.of(JUNE));

        assertThat(run.status()).isEqualTo(RunStatus.DRAFT);
        assertThat(run.payslips()).extracting(Payslip::employeeNumber).containsExactly("E-001", "E-002", "E-003");
        Payslip adaSlip = payslipOf(run, ada);
        assertThat(adaSlip.basePay()).isEqualTo(eur("3000.00"));
        assertThat(adaSlip.unpaidLeave()).isEqualTo(eur("136.36")); // 3,000.00 / 22 working days
        assertThat(adaSlip.gross()).isEqualTo(eur("2863.64"));
        assertThat(adaSlip.deductions()).extracting(d -> d.amount()).containsExactly(eur("572.73"), eur("229.09"));
        assertThat(adaSlip.employerContributions()).extracting(d -> d.amount()).containsExactly(eur("343.64"));
        assertThat(adaSlip.net()).isEqualTo(eur("2061.82"));
        assertThat(payslipOf(run, ben).gross()).isEqualTo(eur("1600.00")); // joined 15 June: 16 of 30 days
        Payslip cySlip = payslipOf(run, cy);
        assertThat(cySlip.hoursPaid()).isEqualByComparingTo("38.5"); // the unapproved week is not paid
        assertThat(cySlip.gross()).isEqualTo(eur("770.00"));
        assertThat(cySlip.costCentre()).isEqualTo("CC-200");
        assertThat(run.totalGross()).isEqualTo(eur("5233.64"));
        assertThat(run.totalNet()).isEqualTo(eur("3768.22"));
        assertThat(auditOf(run.id().value())).singleElement()
                .satisfies(r -> assertThat(r.detail()).doesNotContain("3000", "5233"));
    }

    @Test
    void postsOneBalancedEntryEqualToThePayslipsToTheCent() {
        PayrollRunSnapshot posted = postedJune();

        assertThat(posted.status()).isEqualTo(RunStatus.POSTED);
        JournalEntrySnapshot entry = accountsContext.ledger().entry(hr, posted.journalEntry());
        assertThat(entry.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(entry.accountingDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        Money debits = entry.lines().stream().filter(l -> l.side() == Side.DEBIT).map(l -> l.amount())
                .reduce(Money.zero(EUR), Money::plus);
        Money credits = entry.lines().stream().filter(l -> l.side() == Side.CREDIT).map(l -> l.amount())
                .reduce(Money.zero(EUR), Money::plus);
        assertThat(debits).isEqualTo(credits);

        List<Payslip> slips = posted.payslips();
        Money gross = sum(slips, Payslip::gross);
        Money withheld = sum(slips, Payslip::totalDeductions);
        Money employer = sum(slips, Payslip::totalEmployerContributions);
        Money net = sum(slips, Payslip::net);
        assertThat(balance(salaries)).isEqualTo(gross).isEqualTo(eur("5233.64"));
        assertThat(balance(contributions)).isEqualTo(employer).isEqualTo(eur("628.04"));
        assertThat(balance(liabilities)).isEqualTo(withheld.plus(employer)).isEqualTo(eur("2093.46"));
        assertThat(balance(netPay)).isEqualTo(net).isEqualTo(eur("3768.22"));
        // one salary line per cost centre
        assertThat(entry.lines()).filteredOn(l -> l.account().equals(salaries.id()))
                .extracting(l -> l.dimensions().get("cost_centre"), l -> l.amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CC-100", eur("4463.64")),
                        org.assertj.core.groups.Tuple.tuple("CC-200", eur("770.00")));
        assertThat(events(PayrollRunPosted.class)).singleElement()
                .satisfies(e -> assertThat(e.journalEntryId()).isEqualTo(posted.journalEntry().value()));

        PayrollRunSnapshot paid = payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30));
        assertThat(paid.status()).isEqualTo(RunStatus.PAID);
    }

    @Test
    void aPeriodIsRunOnceAndCorrectedByAReversingRun() {
        PayrollRunSnapshot draft = payroll.runPayroll(preparer, RunPayroll.of(JUNE));
        assertRefused("personnel.payroll.period_already_run", () -> payroll.runPayroll(preparer, RunPayroll.of(JUNE)));
        payroll.approve(approver, draft.id());
        PayrollRunSnapshot posted = payroll.post(approver, draft.id());
        assertRefused("personnel.payroll.period_already_run", () -> payroll.runPayroll(approver, RunPayroll.of(JUNE)));
        assertRefused("personnel.payroll.invalid_state", () -> payroll.post(approver, draft.id()));

        PayrollRunSnapshot reversal = payroll.reverse(approver,
                ReversePayrollRun.of(posted.id(), LocalDate.of(2026, 7, 1), "wrong hours"));
        assertThat(reversal.kind()).isEqualTo(RunKind.REVERSAL);
        assertThat(reversal.reversalOf()).isEqualTo(posted.id());
        assertThat(reversal.totalGross()).isEqualTo(posted.totalGross().negate());
        assertThat(payroll.payrollRun(hr, posted.id()).reversedBy()).isEqualTo(reversal.id());
        assertThat(balance(salaries)).isEqualTo(eur("0.00"));
        assertThat(balance(netPay)).isEqualTo(eur("0.00"));
        assertThat(accountsContext.ledger().entry(hr, posted.journalEntry()).reversedBy()).isEqualTo(reversal.journalEntry());
        assertRefused("personnel.payroll.already_reversed", () -> payroll.reverse(approver,
                ReversePayrollRun.of(posted.id(), LocalDate.of(2026, 7, 1), null)));

        // after the reversal the period runs again
        PayrollRunSnapshot again = payroll.runPayroll(preparer, RunPayroll.of(JUNE));
        assertThat(again.totalGross()).isEqualTo(posted.totalGross());
        assertThat(payroll.payrollRuns(hr, JUNE)).extracting(PayrollRunSnapshot::kind)
                .containsExactly(RunKind.REGULAR, RunKind.REVERSAL, RunKind.REGULAR);
    }

    @Test
    void thePreparerCannotApproveAndNothingPostsWithoutApprovalOrAccounts() {
        PayrollRunSnapshot draft = payroll.runPayroll(preparer, RunPayroll.of(JUNE));
        assertRefused("personnel.payroll.self_approval", () -> payroll.approve(preparer, draft.id()));
        assertRefused("personnel.payroll.invalid_state", () -> payroll.post(approver, draft.id()));
        assertRefused("personnel.payroll.invalid_state", () -> payroll.markPaid(approver, draft.id(), LocalDate.of(2026, 6, 30)));
        assertThat(balance(salaries)).isEqualTo(eur("0.00"));

        Actor otherTenantClerk = Actor.of(otherTenant, "clerk");
        accountsContext.fiscalCalendar().openFiscalYear(otherTenantClerk, OpenFiscalYear.calendarYear(2026));
        EmployeeSnapshot solo = personnelContext.employees().hire(otherTenantClerk,
                HireEmployee.of("E-001", "Solo", "Worker", LocalDate.of(2026, 1, 1)));
        personnelContext.employees().startContract(otherTenantClerk, StartContract.monthly(solo.id(),
                LocalDate.of(2026, 1, 1), ContractType.FULL_TIME, "40", eur("1000.00"), "CC"));
        PayrollRunSnapshot foreign = payroll.runPayroll(otherTenantClerk, RunPayroll.of(JUNE));
        payroll.approve(Actor.of(otherTenant, "boss"), foreign.id());
        assertRefused("personnel.payroll.accounts_not_set", () -> payroll.post(Actor.of(otherTenant, "boss"), foreign.id()));
        assertThat(foreign.payslips()).hasSize(1);
        assertRefused("personnel.payroll.run_not_found", () -> payroll.payrollRun(otherTenantClerk, draft.id()));
    }

    @Test
    void theSameIdempotencyKeyRunsOnceAndEveryStepAsksTheAccessPolicy() {
        RunPayroll command = new RunPayroll(JUNE, "june-run");
        PayrollRunSnapshot first = payroll.runPayroll(preparer, command);
        assertThat(payroll.runPayroll(preparer, command).id()).isEqualTo(first.id());

        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.APPROVE_PAYROLL);
        assertRefused("access.denied", () -> payroll.approve(approver, first.id()));
        policy = (actor, permission) -> !permission.equals("ledger.entry.post");
        payroll.approve(approver, first.id());
        assertRefused("access.denied", () -> payroll.post(approver, first.id()));
        assertThat(payroll.payrollRun(hr, first.id()).status()).isEqualTo(RunStatus.APPROVED);
    }

    @Test
    void payingARunPostsOnePaymentLinePerEmployeeOnceAndTheBankAndNetPayReconcile() {
        PayrollRunSnapshot posted = postedJune();
        published.clear();
        PayrollRunSnapshot paid = payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30));
        assertThat(paid.status()).isEqualTo(RunStatus.PAID);
        assertThat(paid.paidOn()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(paid.isPaid(ada.id())).isTrue();
        assertThat(posted.isPaid(ada.id())).isFalse();

        assertThat(paid.paymentEntries()).hasSize(1);
        JournalEntrySnapshot payment = accountsContext.ledger().entry(hr, paid.paymentEntries().get(0));
        assertThat(payment.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(payment.accountingDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        // per employee: net pay payable debited and the bank credited with the payslip's net pay
        for (Payslip slip : paid.payslips()) {
            assertThat(payment.lines()).filteredOn(l -> slip.employeeNumber().equals(l.dimensions().get("employee")))
                    .extracting(l -> l.account(), l -> l.side(), l -> l.amount())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(netPay.id(), Side.DEBIT, slip.net()),
                            org.assertj.core.groups.Tuple.tuple(bank.id(), Side.CREDIT, slip.net()));
        }
        assertThat(payment.lines()).hasSize(2 * paid.payslips().size());
        assertThat(balance(netPay)).isEqualTo(eur("0.00"));
        assertThat(balance(bank).abs()).isEqualTo(paid.totalNet()).isEqualTo(eur("3768.22"));
        assertThat(events(PayrollRunPaid.class)).singleElement()
                .satisfies(e -> assertThat(e.paymentEntryIds()).containsExactly(paid.paymentEntries().get(0).value()));

        // once: the same day again changes nothing, another day is refused
        PayrollRunSnapshot again = payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30));
        assertThat(again.paymentEntries()).isEqualTo(paid.paymentEntries());
        assertRefused("personnel.payroll.invalid_state", () -> payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 7, 1)));
        assertThat(events(PayrollRunPaid.class)).hasSize(1);
        assertThat(balance(bank).abs()).isEqualTo(eur("3768.22"));
    }

    @Test
    void reversingAPaidRunReversesItsPaymentToo() {
        PayrollRunSnapshot posted = postedJune();
        PayrollRunSnapshot paid = payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30));

        PayrollRunSnapshot reversal = payroll.reverse(approver,
                ReversePayrollRun.of(posted.id(), LocalDate.of(2026, 7, 2), "wrong rate"));
        assertThat(reversal.paymentEntries()).hasSize(1);
        assertThat(accountsContext.ledger().entry(hr, paid.paymentEntries().get(0)).reversedBy())
                .isEqualTo(reversal.paymentEntries().get(0));
        assertThat(accountsContext.ledger().entry(hr, reversal.paymentEntries().get(0)).accountingDate())
                .isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(balance(salaries)).isEqualTo(eur("0.00"));
        assertThat(balance(netPay)).isEqualTo(eur("0.00"));
        assertThat(balance(bank)).isEqualTo(eur("0.00"));
        // a reversed or reversal run is never paid
        assertRefused("personnel.payroll.invalid_state", () -> payroll.markPaid(preparer, reversal.id(), LocalDate.of(2026, 7, 2)));
        assertRefused("personnel.payroll.invalid_state", () -> payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 7, 3)));
    }

    @Test
    void nothingIsPaidWithoutABankAccountAndTheBankAccountIsTheTenants() {
        PayrollRunSnapshot posted = postedJune();
        payroll.configureAccounts(hr, new ConfigurePayrollAccounts(salaries.id(), contributions.id(), liabilities.id(),
                netPay.id()));
        assertRefused("personnel.payroll.accounts_not_set", () -> payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30)));
        assertThat(payroll.payrollRun(hr, posted.id()).status()).isEqualTo(RunStatus.POSTED);
        assertThat(balance(netPay)).isEqualTo(eur("3768.22"));

        Actor otherTenantClerk = Actor.of(otherTenant, "clerk");
        AccountSnapshot foreignBank = accountsContext.chartOfAccounts().openAccount(otherTenantClerk,
                OpenAccount.of("1100", "Bank", AccountType.ASSET, EUR));
        assertRefused("ledger.account.not_found", () -> payroll.configureAccounts(hr, new ConfigurePayrollAccounts(
                salaries.id(), contributions.id(), liabilities.id(), netPay.id(), foreignBank.id())));
        assertRefused("personnel.payroll.accounts_not_set", () -> payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30)));

        payroll.configureAccounts(hr, new ConfigurePayrollAccounts(salaries.id(), contributions.id(), liabilities.id(),
                netPay.id(), bank.id()));
        assertThat(payroll.markPaid(preparer, posted.id(), LocalDate.of(2026, 6, 30)).status()).isEqualTo(RunStatus.PAID);
    }
}
