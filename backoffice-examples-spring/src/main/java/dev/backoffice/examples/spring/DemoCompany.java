package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Currency;

/**
 * A small shop's starting data in a tenant, so that the API has something to work on: fiscal year
 * 2026 and a chart of accounts in EUR, a warehouse {@code MAIN} holding 10 pcs of item
 * {@code WIDGET}, employee {@code E-001} (Ada, hired 2025) and paid vacation {@code VAC} of 25
 * days a year. At start the tenant named by {@code shop.demo-tenant} gets it once (empty: none).
 */
@Component
public class DemoCompany {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCompany.class);

    /** The user the starting data is recorded by in the audit trail. */
    static final String SETUP_USER = "setup";

    private final BackOffice backOffice;

    public DemoCompany(BackOffice backOffice) {
        this.backOffice = backOffice;
    }

    /** Sets the shop up in the tenant, in one transaction. */
    @Transactional
    public void setUp(TenantId tenant) {
        Actor setup = Actor.of(tenant, SETUP_USER);
        Currency eur = Money.currency("EUR");
        backOffice.fiscalCalendar().openFiscalYear(setup, OpenFiscalYear.calendarYear(2026));
        backOffice.chartOfAccounts().openAccount(setup, OpenAccount.of("1000", "Cash", AccountType.ASSET, eur));
        backOffice.chartOfAccounts().openAccount(setup, OpenAccount.of("1200", "Accounts receivable", AccountType.ASSET, eur));
        backOffice.chartOfAccounts().openAccount(setup, OpenAccount.of("4000", "Sales", AccountType.REVENUE, eur));
        backOffice.chartOfAccounts().openAccount(setup, OpenAccount.of("6100", "Rent", AccountType.EXPENSE, eur));

        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(setup, OpenWarehouse.of("MAIN", "Main warehouse"));
        StockItemSnapshot widget = backOffice.itemCatalog().createItem(setup, CreateItem.of("WIDGET", "Widget", UnitOfMeasure.of("pcs")));
        backOffice.inventory().move(setup, NewStockMove.receipt(widget.id(), Quantity.of(10, "pcs"), main.rootLocation())
                .reference("opening stock"));

        backOffice.employees().hire(setup, HireEmployee.of("E-001", "Ada", "Lovelace", LocalDate.of(2025, 1, 1)).actingAs("ada"));
        backOffice.leave().defineLeaveType(setup, DefineLeaveType.paidVacation("VAC", "25", "5"));
    }

    /** Whether the tenant has been set up already. */
    @Transactional(readOnly = true)
    public boolean isSetUp(TenantId tenant) {
        return backOffice.chartOfAccounts().accountByCode(Actor.of(tenant, SETUP_USER), "1000").isPresent();
    }

    /** Sets up the tenant named by {@code shop.demo-tenant} at start, unless it is set up already. */
    @Component
    static class AtStart implements ApplicationRunner {

        private final DemoCompany demoCompany;
        private final String demoTenant;

        AtStart(DemoCompany demoCompany, @Value("${shop.demo-tenant:}") String demoTenant) {
            this.demoCompany = demoCompany;
            this.demoTenant = demoTenant;
        }

        @Override
        public void run(ApplicationArguments args) {
            if (demoTenant.isBlank()) {
                return;
            }
            TenantId tenant = TenantId.of(demoTenant);
            if (!demoCompany.isSetUp(tenant)) {
                demoCompany.setUp(tenant); // through the Spring proxy: one transaction
                LOG.info("The demo shop is set up in tenant '{}'", tenant);
            }
        }
    }
}
