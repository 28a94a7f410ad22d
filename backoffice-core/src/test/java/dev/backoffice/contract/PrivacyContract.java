package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.DepartmentSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.EmployeeAnonymized;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.TerminationReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Personal data only for actors the access policy allows; anonymization after the retention period. */
public abstract class PrivacyContract extends PersonnelApiContract {

    private Employees employees;
    private EmployeeSnapshot ada;
    private Actor clerk;

    @Override
    protected Period retention() {
        return Period.ofDays(30);
    }

    @BeforeEach
    void people() {
        employees = personnelContext.employees();
        DepartmentSnapshot ops = personnelContext.organisation().createDepartment(hr, CreateDepartment.root("OPS", "Ops"));
        EmployeeSnapshot boss = employees.hire(hr, HireEmployee.of("E-000", "Bo", "Boss", LocalDate.of(2020, 1, 1))
                .in(ops.id(), null));
        personnelContext.organisation().appointManager(hr, ops.id(), boss.id());
        ada = employees.hire(hr, HireEmployee.of("E-001", "Ada", "Lovelace", LocalDate.of(2025, 1, 1))
                .withContact("ada@example.org", null, null).in(ops.id(), null).actingAs("ada"));
        clerk = Actor.of(tenant, "clerk");
        // the clerk reads employee records but not personal data, pay or payroll
        policy = (actor, permission) -> !actor.id().equals("clerk")
                || !(permission.equals(PersonnelPermissions.READ_PERSONAL_DATA)
                || permission.equals(PersonnelPermissions.READ_CONTRACTS)
                || permission.equals(PersonnelPermissions.READ_PAYROLL));
        published.clear();
    }

    @Test
    void personalDataIsShownOnlyToActorsThePolicyAllows() {
        assertThat(employees.employee(hr, ada.id()).name()).isEqualTo(PersonName.of("Ada", "Lovelace"));

        EmployeeSnapshot seen = employees.employee(clerk, ada.id());
        assertThat(seen.name()).isNull();
        assertThat(seen.contact()).isNull();
        assertThat(seen.number()).isEqualTo("E-001");
        assertThat(employees.employees(clerk)).allSatisfy(e -> assertThat(e.name()).isNull());
        assertThat(employees.employeeByNumber(clerk, "E-001")).hasValueSatisfying(e -> assertThat(e.contact()).isNull());
        EmployeeSnapshot boss = employees.employeeByNumber(hr, "E-000").orElseThrow();
        assertThat(personnelContext.organisation().directReports(clerk, boss.id(), LocalDate.of(2026, 3, 1)))
                .singleElement().satisfies(e -> assertThat(e.name()).isNull());
        assertRefused("access.denied", () -> employees.contract(clerk, ada.id()));
        assertRefused("access.denied", () -> personnelContext.payroll().payrollRuns(clerk, YearMonth.of(2026, 1)));
    }

    @Test
    void anonymizesATerminatedEmployeeAfterTheRetentionPeriodAndHistoryStaysBalanced() {
        // January payroll for Ada, who left on 15 January: 3,000.00 x 15 / 31 = 1,451.61
        accountsContext.fiscalCalendar().openFiscalYear(hr, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot salaries = open("6100", AccountType.EXPENSE);
        personnelContext.payroll().configureAccounts(hr, new ConfigurePayrollAccounts(salaries.id(),
                open("6200", AccountType.EXPENSE).id(), open("2300", AccountType.LIABILITY).id(),
                open("2400", AccountType.LIABILITY).id()));
        employees.startContract(hr, StartContract.monthly(ada.id(), ada.hireDate(), ContractType.FULL_TIME, "40",
                eur("3000.00"), "CC-1"));
        employees.terminate(hr, new TerminateEmployee(ada.id(), LocalDate.of(2026, 1, 15), TerminationReason.RESIGNATION));
        EmployeeSnapshot boss = employees.employeeByNumber(hr, "E-000").orElseThrow();
        employees.terminate(hr, new TerminateEmployee(boss.id(), LocalDate.of(2026, 2, 20), TerminationReason.RETIREMENT));
        PayrollRunSnapshot run = personnelContext.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 1)));
        personnelContext.payroll().approve(Actor.of(tenant, "director"), run.id());
        PayrollRunSnapshot posted = personnelContext.payroll().post(Actor.of(tenant, "director"), run.id());

        EmployeeSnapshot anonymized = employees.anonymize(hr, ada.id());

        assertThat(anonymized.status()).isEqualTo(EmploymentStatus.ANONYMIZED);
        assertThat(anonymized.name()).isEqualTo(PersonName.of("Anonymized", "E-001"));
        assertThat(anonymized.contact()).isEqualTo(ContactDetails.NONE);
        assertThat(anonymized.actorId()).isNull();
        assertThat(anonymized.terminationDate()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(employees.anonymize(hr, ada.id())).isEqualTo(anonymized);
        assertThat(events(EmployeeAnonymized.class)).singleElement()
                .satisfies(e -> assertThat(e.toString()).doesNotContain("Ada", "Lovelace"));
        // the payroll history and the ledger are untouched
        assertThat(personnelContext.payroll().payrollRun(hr, run.id())).isEqualTo(posted);
        assertThat(posted.totalGross()).isEqualTo(eur("1451.61"));
        assertThat(accountsContext.financialReports().balance(hr, salaries.id()).balance()).isEqualTo(eur("1451.61"));
        assertThat(employees.contract(hr, ada.id()).versions()).hasSize(1);
        assertRefused("personnel.employee.anonymized", () -> employees.changeDetails(hr,
                new dev.backoffice.personnel.api.ChangeEmployeeDetails(ada.id(), "A", "B", null, null, null)));

        // the boss left on 20 February: kept until 22 March
        assertRefused("personnel.privacy.retention_not_over", () -> employees.anonymize(hr, boss.id()));
        EmployeeSnapshot active = employees.hire(hr, HireEmployee.of("E-009", "Still", "Here", LocalDate.of(2026, 1, 1)));
        assertRefused("personnel.employee.not_employed", () -> employees.anonymize(hr, active.id()));
        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.ANONYMIZE);
        assertRefused("access.denied", () -> employees.anonymize(hr, boss.id()));
    }

    private AccountSnapshot open(String code, AccountType type) {
        return accountsContext.chartOfAccounts().openAccount(hr, OpenAccount.of(code, "Account " + code, type, EUR));
    }
}
