package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.support.StartingGun;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.ItemValuationSnapshot;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.domain.CostLayer;
import dev.backoffice.stock.domain.LayerUse;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PostingRole;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.ValueEntryKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock valuation on PostgreSQL under concurrent moves: threads issuing one FIFO item at once never
 * consume a layer twice (the item's valuation row is taken with {@code SELECT ... FOR UPDATE}), no
 * layer goes negative, the value is conserved, and the sum of the layers equals the ledger's inventory
 * account, which every move posts to in its own unit of work. First receipts of a new item at once
 * all land (the lost insert of the valuation row is retried).
 */
class PostgresStockValuationConcurrencyTest {

    private static final int THREADS = 8;

    private static JpaAdapters adapters;
    private static BackOffice backOffice;
    private static final Actor ALICE = Actor.of("valuation", "alice");
    private static AccountSnapshot inventory;
    private static LocationSnapshot shelf;

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "stock_valuation_concurrency");
        backOffice = BackOffice.builder(adapters).build();
        int year = LocalDate.now(ZoneOffset.UTC).getYear();
        backOffice.fiscalCalendar().openFiscalYear(ALICE, OpenFiscalYear.calendarYear(year));
        inventory = open("1300", AccountType.ASSET);
        backOffice.stockValuation().configure(ALICE, ConfigureStockValuation.posting(eur("0").currency(), inventory.id(),
                open("5000", AccountType.EXPENSE).id(), open("2100", AccountType.LIABILITY).id(),
                open("5100", AccountType.EXPENSE).id(), open("5200", AccountType.EXPENSE).id()));
        var main = backOffice.warehousing().openWarehouse(ALICE, OpenWarehouse.of("MAIN", "Main"));
        shelf = backOffice.warehousing().addLocation(ALICE, AddLocation.of(main.rootLocation(), "A", "Shelf A"));
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    private static AccountSnapshot open(String code, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(ALICE, OpenAccount.of(code, "Account " + code, type, eur("0").currency()));
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return StartingGun.all(tasks, 5, TimeUnit.MINUTES);
    }

    private static StockMoveSnapshot receive(StockItemSnapshot item, long pieces, String unitCost) {
        return backOffice.inventory().move(ALICE, NewStockMove.receipt(item.id(), Quantity.of(pieces, "pc"), shelf.id())
                .withUnitCost(eur(unitCost)));
    }

    @Test
    void concurrentIssuesOfOneFifoItemNeverConsumeALayerTwice() throws Exception {
        StockItemSnapshot nut = backOffice.itemCatalog().createItem(ALICE, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc"))
                .valuedBy(ValuationMethod.FIFO));
        Map<MoveId, BigDecimal> received = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            received.put(receive(nut, 10, (5 + i) + ".00").id(), BigDecimal.TEN); // 100 pieces worth 950.00
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> {
                for (int i = 0; i < 3; i++) {
                    backOffice.inventory().move(ALICE, NewStockMove.issue(nut.id(), Quantity.of(3, "pc"), shelf.id()));
                }
                return 3;
            });
        }

        assertThat(all(tasks)).hasSize(THREADS); // 8 x 3 x 3 = 72 pieces issued

        ItemValuationSnapshot left = backOffice.stockValuation().itemValuation(ALICE, nut.id());
        assertThat(left.quantity()).isEqualTo(Quantity.of(28, "pc"));
        assertThat(left.layers()).allSatisfy(l -> {
            assertThat(l.remaining().signum()).isPositive();
            assertThat(l.value().isNegative()).isFalse();
        });
        // every receipt's quantity is taken at most once: consumed plus remaining is what it received
        List<StockValueEntry> history = backOffice.stockValuation().history(ALICE, nut.id());
        Map<MoveId, BigDecimal> accounted = new HashMap<>();
        Money cogs = eur("0");
        for (StockValueEntry entry : history) {
            if (entry.kind() == ValueEntryKind.ISSUE) {
                cogs = cogs.plus(entry.amountOf(PostingRole.COST_OF_GOODS_SOLD));
                for (LayerUse use : entry.layers()) {
                    assertThat(use.provisional()).isFalse();
                    accounted.merge(use.receipt(), use.quantity(), BigDecimal::add);
                }
            }
        }
        for (CostLayer layer : left.layers()) {
            accounted.merge(layer.receipt(), layer.remaining(), BigDecimal::add);
        }
        assertThat(accounted.keySet()).isEqualTo(received.keySet());
        accounted.forEach((receipt, quantity) -> assertThat(quantity).isEqualByComparingTo(received.get(receipt)));
        // the oldest 72 pieces went first: 7 layers at 5..11 and 2 of the layer at 12
        assertThat(cogs).isEqualTo(eur("584.00"));
        assertThat(left.value()).isEqualTo(eur("366.00"));
        assertLayersEqualTheInventoryAccount();
    }

    @Test
    void firstReceiptsOfANewItemAtOnceAllLand() throws Exception {
        StockItemSnapshot bolt = backOffice.itemCatalog().createItem(ALICE, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc"))
                .valuedBy(ValuationMethod.MOVING_AVERAGE));
        List<Callable<StockMoveSnapshot>> tasks = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            tasks.add(() -> receive(bolt, 2, "1.50"));
        }

        assertThat(all(tasks)).hasSize(THREADS);

        ItemValuationSnapshot valued = backOffice.stockValuation().itemValuation(ALICE, bolt.id());
        assertThat(valued.quantity()).isEqualTo(Quantity.of(2L * THREADS, "pc"));
        assertThat(valued.value()).isEqualTo(eur("3.00").times(THREADS));
        assertLayersEqualTheInventoryAccount();
    }

    private static void assertLayersEqualTheInventoryAccount() {
        ValuationReport report = backOffice.stockValuation().report(ALICE);
        Money layers = eur("0");
        for (ItemValuationSnapshot item : report.items()) {
            for (CostLayer layer : item.layers()) {
                layers = layers.plus(layer.value());
            }
            layers = layers.minus(item.deficitValue());
        }
        assertThat(report.total()).isEqualTo(layers);
        assertThat(backOffice.financialReports().balance(ALICE, inventory.id()).balance()).isEqualTo(report.total());
    }
}
