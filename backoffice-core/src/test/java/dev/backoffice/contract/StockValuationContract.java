package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.common.Money;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.posting.StockPostingRules;
import dev.backoffice.stock.api.AddLandedCost;
import dev.backoffice.stock.api.ChangeItem;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.ItemValuationSnapshot;
import dev.backoffice.stock.api.LandedCostAllocation;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenCount;
import dev.backoffice.stock.api.RecordCount;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.SetStandardCost;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CostLayer;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.PostingRole;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.ValueEntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock valuation through the api, posting to a ledger over the same adapters: the textbook cases of
 * FIFO, moving average and standard cost with their known cost of goods sold and ending inventory,
 * landed costs, negative stock corrected when stock arrives, reversals and returns, and the report
 * that equals both the sum of the cost layers and the ledger's inventory account.
 */
public abstract class StockValuationContract extends StockScenarioContract {

    protected AccountsContext accounts;
    protected StockValuation valuation;
    protected AccountSnapshot inventory;
    protected AccountSnapshot cogs;
    protected AccountSnapshot receivedNotBilled;
    protected AccountSnapshot priceVariance;
    protected AccountSnapshot inventoryLoss;
    protected AccountSnapshot freight;

    @Override
    protected StockContext stockContext(AccessPolicy policy) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters().unitOfWork(), policy, new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        BackOfficeAdapters a = adapters();
        accounts = new AccountsContext(useCases, a.accounts(), a.accountBalances(), a.journalEntries(),
                a.journalLines(), a.fiscalYears(), a.reconciliations(), a.pendingEntries(), a.journalSeals(),
                a.currencyPolicies(), ExchangeRates.none());
        return new StockContext(useCases, stockAdapters(),
                new StockPostingRules(accounts.ledger(), accounts.chartOfAccounts(), accounts.currencies(), clock));
    }

    @BeforeEach
    void valuationOn() {
        valuation = stock.valuation().orElseThrow(() -> new AssertionError("the adapters provide no valuation ports"));
        accounts.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        inventory = open("1300", "Inventory", AccountType.ASSET);
        cogs = open("5000", "Cost of goods sold", AccountType.EXPENSE);
        receivedNotBilled = open("2100", "Stock received not billed", AccountType.LIABILITY);
        priceVariance = open("5100", "Purchase price variance", AccountType.EXPENSE);
        inventoryLoss = open("5200", "Inventory loss and gain", AccountType.EXPENSE);
        freight = open("2150", "Freight and duties to clear", AccountType.LIABILITY);
        valuation.configure(alice, ConfigureStockValuation.posting(EUR, inventory.id(), cogs.id(), receivedNotBilled.id(),
                priceVariance.id(), inventoryLoss.id()));
        published.clear();
    }

    private AccountSnapshot open(String code, String name, AccountType type) {
        return accounts.chartOfAccounts().openAccount(alice, OpenAccount.of(code, name, type, EUR));
    }

    protected static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    protected StockItemSnapshot item(String sku, ValuationMethod method, NegativeStockPolicy negative) {
        return stock.itemCatalog().createItem(alice, CreateItem.of(sku, "Item " + sku, UnitOfMeasure.of("pc"))
                .valuedBy(method).withNegativeStock(negative));
    }

    protected StockMoveSnapshot buy(StockItemSnapshot item, long pieces, String unitCost) {
        return stock.inventory().move(alice, NewStockMove.receipt(item.id(), pc(pieces), shelfA.id())
                .withUnitCost(eur(unitCost)));
    }

    protected StockMoveSnapshot sell(StockItemSnapshot item, long pieces) {
        return stock.inventory().move(alice, NewStockMove.issue(item.id(), pc(pieces), shelfA.id()));
    }

    protected StockValueEntry entryOf(StockMoveSnapshot move) {
        return valuation.valueOf(alice, move.id()).orElseThrow();
    }

    /** The ledger balance of an account, debit positive. */
    protected Money ledger(AccountSnapshot account) {
        Money balance = accounts.financialReports().balance(alice, account.id()).balance();
        return account.type() == AccountType.ASSET || account.type() == AccountType.EXPENSE ? balance : balance.negate();
    }

    /** The report's total is the sum of every remaining layer less deficits, and the inventory account's balance. */
    protected void assertReportEqualsLayersAndLedger() {
        ValuationReport report = valuation.report(alice);
        Money layers = eur("0");
        for (ItemValuationSnapshot line : report.items()) {
            Money sum = eur("0");
            for (CostLayer layer : line.layers()) {
                sum = sum.plus(layer.value());
                assertThat(layer.value().isNegative()).isFalse();
                assertThat(layer.remaining().signum()).isPositive();
            }
            assertThat(line.value()).isEqualTo(sum.minus(line.deficitValue()));
            layers = layers.plus(line.value());
        }
        assertThat(report.total()).isEqualTo(layers);
        assertThat(ledger(inventory)).isEqualTo(report.total());
    }

    // ---------------------------------------------------------------------------------------------
    // Textbook cases

    @Test
    void fifoIssuesTheOldestLayersFirst() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        StockMoveSnapshot first = buy(nut, 10, "5.00");
        StockMoveSnapshot second = buy(nut, 10, "6.00");
        StockMoveSnapshot issue = sell(nut, 15);

        StockValueEntry sold = entryOf(issue);
        assertThat(sold.kind()).isEqualTo(ValueEntryKind.ISSUE);
        assertThat(sold.value()).isEqualTo(eur("-80.00"));
        assertThat(sold.amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("80.00"));
        assertThat(sold.layers()).extracting(u -> u.receipt(), u -> u.quantity().stripTrailingZeros().toPlainString(), u -> u.value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), "10", eur("50.00")),
                        org.assertj.core.groups.Tuple.tuple(second.id(), "5", eur("30.00")));
        ItemValuationSnapshot ending = valuation.itemValuation(alice, nut.id());
        assertThat(ending.quantity()).isEqualTo(pc(5));
        assertThat(ending.value()).isEqualTo(eur("30.00"));
        assertThat(ending.unitCost()).isEqualByComparingTo("6");
        assertThat(ending.layers()).singleElement().satisfies(l -> assertThat(l.receipt()).isEqualTo(second.id()));
        assertThat(ledger(cogs)).isEqualTo(eur("80.00"));
        assertThat(ledger(receivedNotBilled)).isEqualTo(eur("-110.00"));
        assertThat(entryOf(issue).journalEntry()).isNotNull();
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void movingAverageIssuesAtTheAverageCostOfTheMoment() {
        StockItemSnapshot oil = item("OIL", ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.FORBIDDEN);
        buy(oil, 100, "10.00");            // 100 @ 10 = 1,000
        StockMoveSnapshot a = sell(oil, 60); // 600; 40 left worth 400
        buy(oil, 40, "12.50");             // + 500: 80 worth 900, average 11.25
        StockMoveSnapshot b = sell(oil, 50); // 562.50; 30 left worth 337.50

        assertThat(entryOf(a).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("600.00"));
        assertThat(entryOf(b).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("562.50"));
        ItemValuationSnapshot ending = valuation.itemValuation(alice, oil.id());
        assertThat(ending.quantity()).isEqualTo(pc(30));
        assertThat(ending.value()).isEqualTo(eur("337.50"));
        assertThat(ending.unitCost()).isEqualByComparingTo("11.25");
        assertThat(ledger(cogs)).isEqualTo(eur("1162.50"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void movingAverageLosesNoCentWhenTheAverageDoesNotDivide() {
        StockItemSnapshot tape = item("TAPE", ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.FORBIDDEN);
        buy(tape, 3, "1.00");
        buy(tape, 1, "0.01"); // 4 pieces worth 3.01
        Money sold = eur("0");
        for (int i = 0; i < 4; i++) {
            sold = sold.plus(entryOf(sell(tape, 1)).amountOf(PostingRole.COST_OF_GOODS_SOLD));
        }
        assertThat(sold).isEqualTo(eur("3.01"));
        assertThat(valuation.itemValuation(alice, tape.id()).value()).isEqualTo(eur("0.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void standardCostPostsTheDifferenceToPriceVarianceAndARevaluationPostsTheChange() {
        StockItemSnapshot gear = item("GEAR", ValuationMethod.STANDARD, NegativeStockPolicy.FORBIDDEN);
        assertRefused(() -> buy(gear, 10, "4.50"), "stock.valuation.standard_cost_not_set");
        valuation.setStandardCost(alice, new SetStandardCost(gear.id(), eur("4.00")));

        StockMoveSnapshot receipt = buy(gear, 10, "4.50");
        StockValueEntry received = entryOf(receipt);
        assertThat(received.value()).isEqualTo(eur("40.00"));
        assertThat(received.amountOf(PostingRole.PRICE_VARIANCE)).isEqualTo(eur("5.00"));
        assertThat(received.amountOf(PostingRole.RECEIVED_NOT_BILLED)).isEqualTo(eur("-45.00"));
        assertThat(entryOf(sell(gear, 3)).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("12.00"));

        ItemValuationSnapshot revalued = valuation.setStandardCost(alice, new SetStandardCost(gear.id(), eur("5.00")));
        assertThat(revalued.value()).isEqualTo(eur("35.00"));
        assertThat(revalued.standardCost()).isEqualTo(eur("5.00"));
        assertThat(ledger(priceVariance)).isEqualTo(eur("-2.00")); // +5 on receipt, -7 on revaluation
        assertThat(valuation.history(alice, gear.id())).extracting(StockValueEntry::kind).containsExactly(
                ValueEntryKind.REVALUATION, ValueEntryKind.RECEIPT, ValueEntryKind.ISSUE, ValueEntryKind.REVALUATION);
        assertRefused(() -> valuation.setStandardCost(alice, new SetStandardCost(widget.id(), eur("1.00"))),
                "stock.valuation.not_standard");
        assertReportEqualsLayersAndLedger();
    }

    // ---------------------------------------------------------------------------------------------
    // Landed costs

    @Test
    void aLandedCostRaisesTheRemainingLayersAndSendsTheConsumedPartToCostOfGoodsSold() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        StockItemSnapshot oil = item("OIL", ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.FORBIDDEN);
        StockMoveSnapshot nuts = buy(nut, 10, "5.00");
        StockMoveSnapshot oils = buy(oil, 30, "2.00");
        sell(nut, 4);

        List<StockValueEntry> landed = valuation.addLandedCost(alice, new AddLandedCost(List.of(nuts.id(), oils.id()),
                eur("40.00"), LandedCostAllocation.BY_QUANTITY, freight.id(), "Freight PO-9"));

        // 40 by quantity 10:30 -> 10 and 30; 6 of the 10 nuts are left -> 6 on stock, 4 consumed
        assertThat(landed).hasSize(2);
        assertThat(landed.get(0).amountOf(PostingRole.INVENTORY)).isEqualTo(eur("6.00"));
        assertThat(landed.get(0).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("4.00"));
        assertThat(landed.get(1).amountOf(PostingRole.INVENTORY)).isEqualTo(eur("30.00"));
        assertThat(valuation.itemValuation(alice, nut.id()).value()).isEqualTo(eur("36.00"));
        assertThat(valuation.itemValuation(alice, oil.id()).value()).isEqualTo(eur("90.00"));
        assertThat(ledger(freight)).isEqualTo(eur("-40.00"));
        assertThat(ledger(cogs)).isEqualTo(eur("24.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void aLandedCostByValueLosesNoCent() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        StockMoveSnapshot a = buy(nut, 1, "1.00");
        StockMoveSnapshot b = buy(nut, 1, "1.00");
        StockMoveSnapshot c = buy(nut, 1, "1.00");

        List<StockValueEntry> landed = valuation.addLandedCost(alice, new AddLandedCost(List.of(a.id(), b.id(), c.id()),
                eur("1.00"), LandedCostAllocation.BY_VALUE, freight.id(), null));

        assertThat(landed).extracting(e -> e.amountOf(PostingRole.INVENTORY))
                .containsExactly(eur("0.34"), eur("0.33"), eur("0.33"));
        assertThat(valuation.itemValuation(alice, nut.id()).value()).isEqualTo(eur("4.00"));
        StockMoveSnapshot issue = sell(nut, 1);
        assertRefused(() -> valuation.addLandedCost(alice, new AddLandedCost(List.of(issue.id()), eur("1.00"),
                LandedCostAllocation.BY_VALUE, freight.id(), null)), "stock.valuation.not_a_receipt");
        assertRefused(() -> valuation.addLandedCost(alice, new AddLandedCost(List.of(a.id()), eur("0.00"),
                LandedCostAllocation.BY_VALUE, freight.id(), null)), "stock.valuation.amount_not_positive");
        assertReportEqualsLayersAndLedger();
    }

    // ---------------------------------------------------------------------------------------------
    // Negative stock

    @Test
    void stockIssuedBeyondOnHandIsCostedAtTheLastCostAndCorrectedWhenStockArrives() {
        StockItemSnapshot pin = item("PIN", ValuationMethod.FIFO, NegativeStockPolicy.ALLOWED);
        buy(pin, 10, "5.00");
        StockMoveSnapshot over = sell(pin, 15); // 10 @ 5 + 5 provisional @ 5
        assertThat(entryOf(over).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("75.00"));
        assertThat(valuation.itemValuation(alice, pin.id()).quantity()).isEqualTo(pc(-5));
        assertThat(valuation.itemValuation(alice, pin.id()).value()).isEqualTo(eur("-25.00"));
        assertReportEqualsLayersAndLedger();

        StockMoveSnapshot arrival = buy(pin, 10, "7.00"); // covers 5 at 7 instead of 5: 10 more cost of goods sold
        StockValueEntry arrived = entryOf(arrival);
        assertThat(arrived.amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("10.00"));
        assertThat(arrived.amountOf(PostingRole.RECEIVED_NOT_BILLED)).isEqualTo(eur("-70.00"));
        ItemValuationSnapshot after = valuation.itemValuation(alice, pin.id());
        assertThat(after.quantity()).isEqualTo(pc(5));
        assertThat(after.value()).isEqualTo(eur("35.00"));
        assertThat(after.layers()).singleElement().satisfies(l -> assertThat(l.value()).isEqualTo(eur("35.00")));
        assertThat(ledger(cogs)).isEqualTo(eur("85.00")); // 10 @ 5 + 5 @ 7
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void aSeriesOfMovesWithNegativeStockNeverLeavesALayerOutsideTheReceivedCosts() {
        for (ValuationMethod method : List.of(ValuationMethod.FIFO, ValuationMethod.MOVING_AVERAGE)) {
            StockItemSnapshot pin = item("PIN-" + method, method, NegativeStockPolicy.ALLOWED);
            Random random = new Random(42 + method.ordinal());
            Money received = eur("0");
            BigDecimal minCost = null;
            BigDecimal maxCost = null;
            Money consumed = eur("0");
            for (int step = 0; step < 60; step++) {
                if (random.nextInt(3) == 0) {
                    BigDecimal cost = BigDecimal.valueOf(200 + random.nextInt(600), 2); // 2.00 .. 7.99
                    long pieces = 1 + random.nextInt(9);
                    StockValueEntry in = entryOf(buy(pin, pieces, cost.toPlainString()));
                    received = received.plus(in.amountOf(PostingRole.RECEIVED_NOT_BILLED).negate());
                    consumed = consumed.plus(in.amountOf(PostingRole.COST_OF_GOODS_SOLD));
                    minCost = minCost == null ? cost : minCost.min(cost);
                    maxCost = maxCost == null ? cost : maxCost.max(cost);
                } else if (minCost != null) {
                    consumed = consumed.plus(entryOf(sell(pin, 1 + random.nextInt(6)))
                            .amountOf(PostingRole.COST_OF_GOODS_SOLD));
                }
                ItemValuationSnapshot now = valuation.itemValuation(alice, pin.id());
                for (CostLayer layer : now.layers()) {
                    BigDecimal unit = layer.value().amount().divide(layer.remaining(), 6, java.math.RoundingMode.HALF_EVEN);
                    assertThat(unit).as("layer unit cost of %s at step %d", method, step)
                            .isBetween(minCost.subtract(new BigDecimal("0.01")), maxCost.add(new BigDecimal("0.01")));
                }
                // value is conserved: what came in is what is left plus what was consumed
                assertThat(received).isEqualTo(now.value().plus(consumed));
            }
        }
        assertReportEqualsLayersAndLedger();
    }

    // ---------------------------------------------------------------------------------------------
    // Returns, reversals, adjustments, counts

    @Test
    void aReversalOfAReceiptRemovesExactlyItsLayerAndOfAnIssueBringsBackItsCost() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        buy(nut, 10, "5.00");
        StockMoveSnapshot second = buy(nut, 10, "6.00");
        StockMoveSnapshot issue = sell(nut, 12); // 10 @ 5 + 2 @ 6 = 62

        StockMoveSnapshot back = stock.inventory().reverseMove(alice, new ReverseStockMove(issue.id(), null));
        StockValueEntry returned = entryOf(back);
        assertThat(returned.kind()).isEqualTo(ValueEntryKind.REVERSAL);
        assertThat(returned.value()).isEqualTo(eur("62.00"));
        assertThat(returned.amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("-62.00"));

        StockMoveSnapshot undone = stock.inventory().reverseMove(alice, new ReverseStockMove(second.id(), null));
        StockValueEntry removed = entryOf(undone);
        // the issue's reversal put its 2 pieces back into the second receipt's layer: it is whole again
        assertThat(removed.value()).isEqualTo(eur("-60.00"));
        assertThat(removed.amountOf(PostingRole.RECEIVED_NOT_BILLED)).isEqualTo(eur("60.00"));
        assertThat(removed.amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("0.00"));
        assertThat(valuation.itemValuation(alice, nut.id()).value()).isEqualTo(eur("50.00"));
        assertThat(valuation.itemValuation(alice, nut.id()).quantity()).isEqualTo(pc(10));
        assertThat(ledger(receivedNotBilled)).isEqualTo(eur("-50.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void aReversalOfAPartlyConsumedReceiptTakesTheRestFromOtherLayersAndTheDifferenceGoesToCostOfGoodsSold() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        StockMoveSnapshot first = buy(nut, 10, "5.00");
        buy(nut, 10, "6.00");
        sell(nut, 4); // 4 of the first layer

        StockValueEntry removed = entryOf(stock.inventory().reverseMove(alice, new ReverseStockMove(first.id(), null)));

        // its 6 left (30.00) and 4 from the next layer at 6 (24.00); the supplier side clears exactly 50.00
        assertThat(removed.value()).isEqualTo(eur("-54.00"));
        assertThat(removed.amountOf(PostingRole.RECEIVED_NOT_BILLED)).isEqualTo(eur("50.00"));
        assertThat(removed.amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("4.00"));
        assertThat(valuation.itemValuation(alice, nut.id()).value()).isEqualTo(eur("36.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void aCustomerReturnComesBackAtTheCostItLeftWithAndFoundStockAtTheCurrentCost() {
        StockItemSnapshot oil = item("OIL", ValuationMethod.MOVING_AVERAGE, NegativeStockPolicy.FORBIDDEN);
        buy(oil, 10, "3.00");
        sell(oil, 4);
        var customer = stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER);
        StockMoveSnapshot returned = stock.inventory().move(alice, NewStockMove.receipt(oil.id(), pc(2), shelfA.id())
                .from(customer.id()));
        assertThat(entryOf(returned).kind()).isEqualTo(ValueEntryKind.CUSTOMER_RETURN);
        assertThat(entryOf(returned).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("-6.00"));

        StockMoveSnapshot found = stock.inventory().move(alice, NewStockMove.adjustIn(oil.id(), pc(1), shelfA.id(),
                AdjustmentReason.FOUND));
        assertThat(entryOf(found).amountOf(PostingRole.INVENTORY_LOSS)).isEqualTo(eur("-3.00"));
        StockMoveSnapshot lost = stock.inventory().move(alice, NewStockMove.adjustOut(oil.id(), pc(2), shelfA.id(),
                AdjustmentReason.LOST));
        assertThat(entryOf(lost).amountOf(PostingRole.INVENTORY_LOSS)).isEqualTo(eur("6.00"));
        assertThat(ledger(inventoryLoss)).isEqualTo(eur("3.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void aCountsAdjustmentsAreValuedLikeAnyMoveAndTransfersMoveNoValue() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        buy(nut, 10, "2.00");
        StockMoveSnapshot transfer = stock.inventory().move(alice, NewStockMove.transfer(nut.id(), pc(4), shelfA.id(),
                shelfB.id()));
        assertThat(valuation.valueOf(alice, transfer.id())).isEmpty();
        var count = stock.stocktaking().openCount(alice, OpenCount.of(shelfB.id()));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), nut.id(), pc(3)).because(AdjustmentReason.LOST));
        stock.stocktaking().postCount(alice, count.id());

        assertThat(valuation.history(alice, nut.id())).extracting(StockValueEntry::kind)
                .containsExactly(ValueEntryKind.RECEIPT, ValueEntryKind.ADJUSTMENT_OUT);
        assertThat(valuation.itemValuation(alice, nut.id()).value()).isEqualTo(eur("18.00"));
        assertThat(ledger(inventoryLoss)).isEqualTo(eur("2.00"));
        assertReportEqualsLayersAndLedger();
    }

    // ---------------------------------------------------------------------------------------------
    // Refusals and settings

    @Test
    void aReceiptWithoutItsCostIsRefusedAndChangesNothing() {
        assertRefused(() -> receive(widget, 5, shelfA), "stock.valuation.cost_required");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(widget.id(), pc(5), shelfA.id())
                .withUnitCost(Money.of("1.00", "USD"))), "stock.valuation.currency_mismatch");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(1), shelfA.id())
                .withUnitCost(eur("1.00"))), "stock.valuation.cost_not_allowed");
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(0));
        assertThat(valuation.report(alice).items()).isEmpty();
    }

    @Test
    void aDraftKeepsItsCostUntilItIsCompleted() {
        StockMoveSnapshot draft = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(4), shelfA.id())
                .withUnitCost(eur("2.50")));
        stock.inventory().completeMove(alice, draft.id());
        assertThat(entryOf(draft).value()).isEqualTo(eur("10.00"));
        assertReportEqualsLayersAndLedger();
    }

    @Test
    void settingsAreCheckedAndWithoutAccountsValuationWorksWithoutPosting() {
        assertRefused(() -> valuation.configure(alice, ConfigureStockValuation.withoutPosting(USD)),
                "stock.valuation.currency_mismatch");
        assertRefused(() -> valuation.configure(alice, new ConfigureStockValuation(EUR, inventory.id(), null, null, null,
                null)), "stock.valuation.accounts_incomplete");
        assertThat(valuation.settings(alice)).hasValueSatisfying(s -> assertThat(s.posts()).isTrue());

        valuation.configure(alice, ConfigureStockValuation.withoutPosting(EUR));
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        StockMoveSnapshot receipt = buy(nut, 2, "3.00");
        assertThat(entryOf(receipt).journalEntry()).isNull();
        assertThat(valuation.report(alice).total()).isEqualTo(eur("6.00"));
        assertThat(ledger(inventory)).isEqualTo(eur("0.00"));
    }

    @Test
    void anotherTenantSeesNoneOfIt() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        buy(nut, 2, "3.00");
        assertRefused(() -> valuation.report(mallory), "stock.valuation.not_configured");
        assertRefused(() -> valuation.itemValuation(mallory, nut.id()), "stock.valuation.not_configured");
        valuation.configure(mallory, ConfigureStockValuation.withoutPosting(EUR));
        assertThat(valuation.report(mallory).items()).isEmpty();
        assertRefused(() -> valuation.history(mallory, nut.id()), "stock.item.not_found");
    }

    @Test
    void changingAnItemFromFifoToMovingAverageMergesItsLayers() {
        StockItemSnapshot nut = item("NUT", ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN);
        buy(nut, 10, "5.00");
        buy(nut, 10, "6.00");
        stock.itemCatalog().changeItem(alice, new ChangeItem(nut.id(), nut.name(), ValuationMethod.MOVING_AVERAGE,
                NegativeStockPolicy.FORBIDDEN, false));
        assertThat(entryOf(sell(nut, 10)).amountOf(PostingRole.COST_OF_GOODS_SOLD)).isEqualTo(eur("55.00"));
        assertThat(valuation.itemValuation(alice, nut.id()).layers()).hasSize(1);
        assertReportEqualsLayersAndLedger();
    }
}
