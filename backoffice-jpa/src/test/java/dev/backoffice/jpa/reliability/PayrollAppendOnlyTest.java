package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.ReversePayrollRun;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.RunStatus;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4 append-only payroll in the database: connected as an application role that may select,
 * insert, update and delete every table (but does not own them and is no superuser), SQL cannot
 * change or delete a posted payroll run, its payslips or their components; the library can still
 * mark the run paid and reversed, and a draft run stays free to change. PostgreSQL only: the
 * triggers are PL/pgSQL.
 */
class PayrollAppendOnlyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String APP_ROLE = "bo_payroll_application";
    private static final String TENANT = "r4p";

    private static DataSource application;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() throws SQLException {
        DataSource owner = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r4_payroll");
        application = ApplicationRole.connect(owner, APP_ROLE);
        adapters = JpaAdapters.create(application);
        backOffice = BackOffice.builder(adapters)
                .payrollRules(new FlatRatePayrollRules(
                        List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20")),
                                new FlatRatePayrollRules.Rate("social_security", new BigDecimal("0.08"))),
                        List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12")))))
                .build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void aPostedRunCannotBeChangedOrDeletedBySql() throws SQLException {
        Actor hr = Actor.of(TENANT, "hr");
        Actor director = Actor.of(TENANT, "finance-director");
        backOffice.fiscalCalendar().openFiscalYear(hr, OpenFiscalYear.calendarYear(2026));
        backOffice.payroll().configureAccounts(hr, new ConfigurePayrollAccounts(open(hr, "6100", AccountType.EXPENSE).id(),
                open(hr, "6200", AccountType.EXPENSE).id(), open(hr, "2300", AccountType.LIABILITY).id(),
                open(hr, "2400", AccountType.LIABILITY).id()));
        for (String number : List.of("E-1", "E-2")) {
            EmployeeSnapshot e = backOffice.employees().hire(hr, HireEmployee.of(number, "Given", "Person", LocalDate.of(2025, 1, 1)));
            backOffice.employees().startContract(hr, StartContract.monthly(e.id(), e.hireDate(), ContractType.FULL_TIME,
                    "40", Money.of("3000.00", EUR), "CC-1"));
        }
        PayrollRunSnapshot june = backOffice.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 6)));
        backOffice.payroll().approve(director, june.id());
        backOffice.payroll().post(director, june.id());
        PayrollRunSnapshot paid = backOffice.payroll().markPaid(director, june.id(), LocalDate.of(2026, 6, 30));
        assertThat(paid.payslips()).allSatisfy(p -> assertThat(p.deductions()).hasSize(2));
        UUID run = june.id().value();
        UUID otherEntry = UUID.randomUUID();

        List<String> attempts = List.of(
                "UPDATE bo_payroll_runs SET status = 'DRAFT' WHERE id = '" + run + "'",
                "UPDATE bo_payroll_runs SET period_month = DATE '2026-07-01' WHERE id = '" + run + "'",
                "UPDATE bo_payroll_runs SET journal_entry_id = '" + otherEntry + "' WHERE id = '" + run + "'",
                "UPDATE bo_payroll_runs SET paid_on = DATE '2026-07-15' WHERE id = '" + run + "'",
                "UPDATE bo_payroll_runs SET approved_by = 'payroll-clerk' WHERE id = '" + run + "'",
                "UPDATE bo_payroll_runs SET currency = 'USD' WHERE id = '" + run + "'",
                "DELETE FROM bo_payroll_runs WHERE id = '" + run + "'",
                "UPDATE bo_payslips SET gross_minor = gross_minor + 100, base_pay_minor = base_pay_minor + 100 WHERE run_id = '" + run + "'",
                "UPDATE bo_payslips SET net_minor = net_minor + 100 WHERE run_id = '" + run + "' AND line_no = 1",
                "DELETE FROM bo_payslips WHERE run_id = '" + run + "'",
                "UPDATE bo_payslip_components SET amount_minor = 0 WHERE run_id = '" + run + "'",
                "DELETE FROM bo_payslip_components WHERE run_id = '" + run + "'");
        List<String> accepted = new ArrayList<>();
        for (String attempt : attempts) {
            try (Connection connection = application.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate(attempt);
                accepted.add(attempt);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(attempt).isEqualTo("55000");
            }
        }
        assertThat(backOffice.payroll().payrollRun(hr, june.id())).isEqualTo(paid);

        // the library still marks the reversal, and the reversal run is posted beside it
        PayrollRunSnapshot reversal = backOffice.payroll().reverse(director,
                ReversePayrollRun.of(june.id(), LocalDate.of(2026, 7, 1), "wrong rates"));
        boolean reversedMarked = backOffice.payroll().payrollRun(hr, june.id()).reversedBy().equals(reversal.id());

        PayrollRunSnapshot draft = backOffice.payroll().runPayroll(hr, RunPayroll.of(YearMonth.of(2026, 6)));
        int draftChanges = 0;
        try (Connection connection = application.getConnection()) {
            draftChanges += update(connection, "UPDATE bo_payslips SET cost_centre = 'CC-2' WHERE run_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_payslip_components WHERE run_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_payslips WHERE run_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_payroll_runs WHERE id = ?", draft.id().value());
        }

        System.out.println("RELIABILITY R4 append-only-payroll threads=1 operations=" + (attempts.size() + 5)
                + " refused=" + (attempts.size() - accepted.size()) + " anomalies=" + (accepted.size() + (reversedMarked ? 0 : 1)));
        assertThat(accepted).as("statements the database let through").isEmpty();
        assertThat(paid.status()).isEqualTo(RunStatus.PAID);
        assertThat(reversedMarked).as("the library marks a paid run reversed").isTrue();
        assertThat(draftChanges).as("a draft run stays free to change: 2 payslips, 6 components, 2 payslips, 1 run")
                .isEqualTo(2 + 6 + 2 + 1);
    }

    private static AccountSnapshot open(Actor actor, String code, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, "Account " + code, type, EUR));
    }

    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }
}
