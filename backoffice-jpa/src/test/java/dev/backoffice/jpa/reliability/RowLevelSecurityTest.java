package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * R8, the optional second wall: PostgreSQL row-level security policies
 * ({@link BackOfficeMigrations#enableRowLevelSecurity}) with the JPA adapter scoping each unit of
 * work to its tenant ({@code tenantScopedTransactions()}), the application connected as a role
 * that owns no table. The library works through its api for two tenants; then plain SQL as the
 * application's role, which has no tenant filter at all, sees in every covered table only the
 * rows of the tenant its transaction names, sees nothing without one, and cannot move a row to
 * another tenant.
 */
class RowLevelSecurityTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String APP_ROLE = "bo_rls_application";

    private static DataSource owner;
    private static DataSource application;
    private static JpaAdapters adapters;
    private static int coveredTables;

    @BeforeAll
    static void start() throws SQLException {
        owner = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r8_row_level_security");
        coveredTables = BackOfficeMigrations.enableRowLevelSecurity(owner);
        assertThat(BackOfficeMigrations.enableRowLevelSecurity(owner)).as("idempotent").isEqualTo(coveredTables);
        application = ApplicationRole.connect(owner, APP_ROLE);
        adapters = JpaAdapters.builder(application).tenantScopedTransactions().build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    /** A little of everything in one tenant, through the api. */
    private static void work(BackOffice backOffice, String tenant) {
        Actor actor = Actor.of(tenant, "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 3, 2), "Sale").idempotencyKey("sale-1")
                .debit(cash.id(), Money.of("12.00", EUR)).credit(sales.id(), Money.of("12.00", EUR)).build());
        backOffice.journalIntegrity().seal(actor);
        backOffice.parties().register(actor, RegisterParty.customer("Dupont", 30, EUR));
        StockItemSnapshot item = backOffice.itemCatalog().createItem(actor, CreateItem.of("SKU-1", "Bolt", UnitOfMeasure.of("pc")));
        WarehouseSnapshot warehouse = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        backOffice.inventory().move(actor, NewStockMove.receipt(item.id(), Quantity.of("10", "pc"), warehouse.rootLocation()));
        backOffice.shipping().draft(actor, dev.backoffice.shipments.api.DraftShipment.of(warehouse.rootLocation(),
                dev.backoffice.shipments.domain.Address.of("FR", "75001", "1 rue de Rivoli"), LocalDate.of(2026, 3, 9))
                .line(item.id(), Quantity.of("2", "pc")));
        assertThat(backOffice.financialReports().trialBalance(actor).isBalanced()).isTrue();
    }

    @Test
    void eachTransactionSeesOnlyItsTenantsRowsAndNoneWithoutATenant() throws SQLException {
        BackOffice backOffice = BackOffice.builder(adapters).build();
        work(backOffice, "rls-a");
        work(backOffice, "rls-b");

        List<String> anomalies = new ArrayList<>();
        List<String> tables = coveredTables();
        int checked = 0;
        for (String table : tables) {
            long ownA = countAsOwner("SELECT count(*) FROM " + table + " WHERE tenant_id = 'rls-a'");
            long seenByA = countAsApplication("rls-a", "SELECT count(*) FROM " + table);
            long othersSeenByA = countAsApplication("rls-a", "SELECT count(*) FROM " + table + " WHERE tenant_id <> 'rls-a'");
            long seenWithoutTenant = countAsApplication(null, "SELECT count(*) FROM " + table);
            if (seenByA != ownA || othersSeenByA != 0 || seenWithoutTenant != 0) {
                anomalies.add(table + ": tenant A has " + ownA + " rows, its transaction saw " + seenByA + " (" + othersSeenByA
                        + " of others), a transaction without a tenant saw " + seenWithoutTenant);
            }
            checked += ownA > 0 ? 1 : 0;
        }
        String moved = moveAnAccountToTheOtherTenant();
        if (moved != null) {
            anomalies.add(moved);
        }
        System.out.println("RELIABILITY R8 row-level-security threads=1 operations=" + (4 * tables.size() + 1)
                + " tables=" + tables.size() + " tables_with_rows=" + checked + " anomalies=" + anomalies.size());
        assertThat(tables).as("the policies cover the tables of every context")
                .contains("bo_journal_entries", "bo_journal_lines", "bo_account_balances", "bo_accounts", "bo_audit_records",
                        "bo_idempotency_keys", "bo_parties", "bo_stock_items", "bo_stock_moves", "bo_stock_quants",
                        "bo_employees", "bo_payroll_runs", "bo_shipments", "bo_shipment_labels")
                .doesNotContain("bo_outbox_events");
        assertThat(checked).as("tables where tenant A has rows").isGreaterThanOrEqualTo(10);
        assertThat(anomalies).isEmpty();
    }

    @Test
    void aUnitOfWorkServesOneTenant() {
        TenantId a = TenantId.of("rls-one");
        assertThatThrownBy(() -> adapters.unitOfWork().execute(a, () -> adapters.unitOfWork().execute(TenantId.of("rls-two"),
                () -> 1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("rls-one");
        assertThat(adapters.unitOfWork().execute(a, () -> adapters.unitOfWork().read(a, () -> 2))).isEqualTo(2);
    }

    /** Scoped to tenant A, an update that moves A's account to B breaks the policy's check; returns an anomaly or null. */
    private static String moveAnAccountToTheOtherTenant() throws SQLException {
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(false);
            scope(connection, "rls-a");
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE bo_accounts SET tenant_id = 'rls-b' WHERE tenant_id = 'rls-a'");
                connection.rollback();
                return "an account of tenant A was moved to tenant B";
            } catch (SQLException refused) {
                connection.rollback();
                return "42501".equals(refused.getSQLState()) ? null
                        : "moving an account was refused with " + refused.getSQLState() + " instead of 42501";
            }
        }
    }

    private static List<String> coveredTables() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_policies WHERE schemaname = current_schema()"
                     + " AND policyname = 'bo_tenant_isolation' ORDER BY tablename")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static long countAsOwner(String sql) throws SQLException {
        try (Connection connection = owner.getConnection()) {
            return count(connection, sql);
        }
    }

    /** Counts in a transaction of the application's role, scoped to the tenant (none when null). */
    private static long countAsApplication(String tenant, String sql) throws SQLException {
        try (Connection connection = application.getConnection()) {
            connection.setAutoCommit(false);
            if (tenant != null) {
                scope(connection, tenant);
            }
            long counted = count(connection, sql);
            connection.rollback();
            return counted;
        }
    }

    private static void scope(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('backoffice.tenant', ?, true)")) {
            set.setString(1, tenant);
            set.executeQuery().close();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
