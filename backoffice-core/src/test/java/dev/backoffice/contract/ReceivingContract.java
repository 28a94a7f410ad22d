package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.shipments.api.CloseReceipt;
import dev.backoffice.shipments.api.ExpectReceipt;
import dev.backoffice.shipments.api.InboundReceiptSnapshot;
import dev.backoffice.shipments.api.ReceiveGoods;
import dev.backoffice.shipments.api.Receiving;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.domain.InboundGoodsReceived;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptCancelled;
import dev.backoffice.shipments.domain.InboundReceiptClosedShort;
import dev.backoffice.shipments.domain.InboundReceiptExpected;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.InboundReceiptStatus;
import dev.backoffice.shipments.domain.InboundReceiptStep;
import dev.backoffice.shipments.domain.InboundReceiptTransition;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.ItemValuationSnapshot;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Inbound receipts through the {@link Receiving} api over the adapters under test, with the stock,
 * its valuation and the ledger it posts to over the same adapters: expected, received in partial
 * deliveries (accepted into stock at the supplier's cost, rejected kept out), closed short,
 * cancelled; the stock on hand, the valuation and the ledger agree after every delivery; refusals
 * change nothing; idempotency, queries, permissions, tenants; and the port's optimistic version.
 */
public abstract class ReceivingContract extends ShipmentsAdapterContract {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected StockContext stock;
    protected Receiving receiving;
    protected StockValuation valuation;
    private ValuedContexts contexts;
    protected AccountsContext accounts;
    protected Actor alice;
    protected Actor mallory;
    private LocationId dock;
    private LocationId quarantine;
    private StockItemSnapshot bolt;
    private StockItemSnapshot paint;
    private AccountSnapshot inventoryAccount;
    private AccountSnapshot receivedNotBilled;

    @BeforeEach
    void contexts() {
        wire(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        StockAccounts posting = postStockValue(contexts, alice);
        inventoryAccount = posting.inventory();
        receivedNotBilled = posting.receivedNotBilled();
        valuation = valuation(contexts);
        WarehouseSnapshot main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        dock = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "DOCK", "Dock")).id();
        quarantine = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "QC", "Quality")).id();
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc").with("box", "12"))
                .valuedBy(ValuationMethod.FIFO));
        paint = stock.itemCatalog().createItem(alice, CreateItem.of("PAINT", "Paint", UnitOfMeasure.of("pc"))
                .tracked(Tracking.LOT).valuedBy(ValuationMethod.FIFO));
        published.clear();
    }

    private void wire(AccessPolicy policy) {
        contexts = valuedContexts(policy, published::addAll, CarrierGateway.none());
        accounts = contexts.accounts();
        stock = contexts.stock();
        receiving = contexts.shipments().receiving();
    }

    private static Quantity pc(long n) {
        return Quantity.of(n, "pc");
    }

    /** 100 bolts at 0.50 and 20 cans of paint of lot L1 at 7.25. */
    private InboundReceiptSnapshot expected() {
        return receiving.expect(alice, ExpectReceipt.of("supplier-42", dock, DUE).supplierReference("PO-1001")
                .line(bolt.id(), pc(100), eur("0.50"))
                .line(new ExpectReceipt.Line(paint.id(), pc(20), eur("7.25"), "L1")));
    }

    private Quantity onHand(StockItemSnapshot item, LocationId location) {
        return stock.inventory().level(alice, item.id(), location).onHand();
    }

    /** The ledger balance of an account, debit positive, as {@code StockValuationContract} reads it. */
    private Money ledger(AccountSnapshot account) {
        Money balance = accounts.financialReports().balance(alice, account.id()).balance();
        return account.type() == AccountType.ASSET || account.type() == AccountType.EXPENSE ? balance : balance.negate();
    }

    /** The stock on hand, its value at the lines' costs, the valuation report and the inventory account agree. */
    private void assertStockAndValueAgree(long bolts, long cans) {
        assertThat(onHand(bolt, dock)).isEqualTo(pc(bolts));
        assertThat(onHand(paint, dock)).isEqualTo(pc(cans));
        ItemValuationSnapshot boltValue = valuation.itemValuation(alice, bolt.id());
        ItemValuationSnapshot paintValue = valuation.itemValuation(alice, paint.id());
        assertThat(boltValue.quantity()).isEqualTo(pc(bolts));
        assertThat(boltValue.value()).isEqualTo(eur("0.50").times(bolts));
        assertThat(paintValue.quantity()).isEqualTo(pc(cans));
        assertThat(paintValue.value()).isEqualTo(eur("7.25").times(cans));
        Money total = eur("0.50").times(bolts).plus(eur("7.25").times(cans));
        assertThat(valuation.report(alice).total()).isEqualTo(total);
        assertThat(ledger(inventoryAccount)).isEqualTo(total);
        // what the supplier is owed for the accepted goods (the rejected ones are not), credit negative
        assertThat(ledger(receivedNotBilled)).isEqualTo(total.negate());
    }

    private List<AuditRecord> auditTrail() {
        return inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100_000));
    }

    private String stateOf(InboundReceiptId id) {
        return inTx(() -> shipmentsAdapters().inboundReceipts().find(tenant, id))
                .map(r -> r.status() + " " + r.goods() + " " + r.history() + " v" + r.version()).orElse("none")
                + " | " + stock.inventory().levels(alice, bolt.id()) + " | " + stock.inventory().levels(alice, paint.id())
                + " | " + valuation.report(alice).total();
    }

    /** The call fails with the code; the receipt, the stock, its value, the audit trail and the events stay as they were. */
    private void assertRefused(InboundReceiptId receipt, ThrowingCallable call, String code) {
        String before = receipt == null ? "" : stateOf(receipt);
        int auditBefore = auditTrail().size();
        published.clear();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).as("code of %s", thrown).isEqualTo(code);
        if (receipt != null) {
            assertThat(stateOf(receipt)).isEqualTo(before);
        }
        assertThat(auditTrail()).hasSize(auditBefore);
        assertThat(published).isEmpty();
    }

    @Test
    void expectsGoodsInBaseUnitsWithoutTouchingStock() {
        InboundReceiptSnapshot receipt = receiving.expect(alice, ExpectReceipt.of(" supplier-42 ", dock, DUE)
                .line(bolt.id(), Quantity.of(5, "box"), eur("0.50")));

        assertThat(receipt.status()).isEqualTo(InboundReceiptStatus.EXPECTED);
        assertThat(receipt.supplier()).isEqualTo("supplier-42");
        assertThat(receipt.destination()).isEqualTo(dock);
        assertThat(receipt.lines()).singleElement().satisfies(line -> {
            assertThat(line.expected()).isEqualTo(pc(60));
            assertThat(line.open()).isEqualTo(pc(60));
            assertThat(line.accepted()).isEqualTo(Quantity.zero("pc"));
        });
        assertThat(receiving.receipt(alice, receipt.id())).isEqualTo(receipt);
        assertThat(onHand(bolt, dock)).isEqualTo(Quantity.zero("pc"));
        assertThat(published).singleElement().isInstanceOf(InboundReceiptExpected.class);
        assertThat(auditTrail()).anySatisfy(r -> assertThat(r.action()).isEqualTo(ShipmentsPermissions.EXPECT_RECEIPT));
    }

    @Test
    void partialDeliveriesEnterStockAtTheSuppliersCostAndRejectedGoodsStayOut() {
        InboundReceiptSnapshot receipt = expected();
        assertStockAndValueAgree(0, 0);

        InboundReceiptSnapshot first = receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.split(1, pc(60), pc(4), "crushed box"))
                .line(ReceiveGoods.Line.accepted(2, pc(8))).note("first truck"));

        assertThat(first.status()).isEqualTo(InboundReceiptStatus.PARTIALLY_RECEIVED);
        assertThat(first.lines()).extracting(InboundReceiptSnapshot.LineSnapshot::accepted,
                        InboundReceiptSnapshot.LineSnapshot::rejected, InboundReceiptSnapshot.LineSnapshot::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pc(60), pc(4), pc(40)),
                        org.assertj.core.groups.Tuple.tuple(pc(8), Quantity.zero("pc"), pc(12)));
        assertThat(first.goods()).hasSize(2).allSatisfy(g -> {
            assertThat(g.delivery()).isEqualTo(1);
            assertThat(g.move()).isNotNull();
            assertThat(g.location()).isEqualTo(dock.value());
        });
        assertThat(first.goods().get(0).rejectReason()).isEqualTo("crushed box");
        assertThat(first.goods().get(1).lot()).isEqualTo("L1");
        assertStockAndValueAgree(60, 8);
        LocationId supplier = stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER).id();
        assertThat(onHand(bolt, supplier)).isEqualTo(pc(-60));
        assertThat(published).hasAtLeastOneElementOfType(InboundGoodsReceived.class);

        InboundReceiptSnapshot done = receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(40)))
                .line(ReceiveGoods.Line.accepted(2, pc(12)).lot("L1")));

        assertThat(done.status()).isEqualTo(InboundReceiptStatus.RECEIVED);
        assertThat(done.lines()).allSatisfy(l -> assertThat(l.open().isZero()).isTrue());
        assertThat(done.goods()).extracting(g -> g.delivery()).containsExactly(1, 1, 2, 2);
        assertThat(done.history()).extracting(InboundReceiptStep::transition, InboundReceiptStep::from, InboundReceiptStep::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(InboundReceiptTransition.RECEIVE, InboundReceiptStatus.EXPECTED,
                                InboundReceiptStatus.PARTIALLY_RECEIVED),
                        org.assertj.core.groups.Tuple.tuple(InboundReceiptTransition.RECEIVE,
                                InboundReceiptStatus.PARTIALLY_RECEIVED, InboundReceiptStatus.RECEIVED));
        assertThat(done.history().get(0).note()).isEqualTo("first truck");
        assertThat(done.history().get(0).actor()).isEqualTo("alice");
        assertStockAndValueAgree(100, 20);
        assertThat(valuation.valueOf(alice, dev.backoffice.stock.domain.MoveId.of(done.goods().get(0).move())))
                .hasValueSatisfying(entry -> assertThat(entry.value()).isEqualTo(eur("30.00")));
        assertThat(receiving.receipt(alice, receipt.id())).isEqualTo(done);
        assertRefused(receipt.id(), () -> receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "shipments.receipt.not_allowed");
    }

    @Test
    void acceptedGoodsMayGoIntoAnotherInternalLocation() {
        InboundReceiptSnapshot receipt = expected();
        receiving.receive(alice, ReceiveGoods.of(receipt.id()).into(quarantine)
                .line(ReceiveGoods.Line.accepted(1, Quantity.of(1, "box"))));

        assertThat(onHand(bolt, quarantine)).isEqualTo(pc(12));
        assertThat(onHand(bolt, dock)).isEqualTo(Quantity.zero("pc"));
        assertThat(valuation.itemValuation(alice, bolt.id()).value()).isEqualTo(eur("6.00"));
    }

    @Test
    void aDeliveryOfOnlyRejectedGoodsKeepsTheReceiptExpectedAndMovesNoStock() {
        InboundReceiptSnapshot receipt = expected();
        InboundReceiptSnapshot after = receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.split(1, pc(0), pc(100), "wrong size")));

        assertThat(after.status()).isEqualTo(InboundReceiptStatus.EXPECTED);
        assertThat(after.goods()).singleElement().satisfies(g -> assertThat(g.move()).isNull());
        assertThat(after.lines().get(0).rejected()).isEqualTo(pc(100));
        assertThat(after.lines().get(0).open()).isEqualTo(pc(100));
        assertStockAndValueAgree(0, 0);
        assertThat(receiving.cancel(alice, CloseReceipt.of(receipt.id())).status()).isEqualTo(InboundReceiptStatus.CANCELLED);
    }

    @Test
    void overReceiptIsRefusedUnlessAllowedAndThenOnlyUpToTheTolerance() {
        InboundReceiptSnapshot strict = expected();
        assertRefused(strict.id(), () -> receiving.receive(alice, ReceiveGoods.of(strict.id())
                .line(ReceiveGoods.Line.accepted(1, pc(101)))), "shipments.receipt.over_received");

        InboundReceiptSnapshot tolerant = receiving.expect(alice, ExpectReceipt.of("supplier-42", dock, DUE)
                .line(bolt.id(), pc(100), eur("0.50")).allowingOverReceipt(10));
        receiving.receive(alice, ReceiveGoods.of(tolerant.id()).line(ReceiveGoods.Line.accepted(1, pc(105))));
        assertRefused(tolerant.id(), () -> receiving.receive(alice, ReceiveGoods.of(tolerant.id())
                .line(ReceiveGoods.Line.accepted(1, pc(6)))), "shipments.receipt.not_allowed");

        InboundReceiptSnapshot other = receiving.expect(alice, ExpectReceipt.of("supplier-42", dock, DUE)
                .line(bolt.id(), pc(100), eur("0.50")).allowingOverReceipt(10));
        receiving.receive(alice, ReceiveGoods.of(other.id()).line(ReceiveGoods.Line.accepted(1, pc(50))));
        assertRefused(other.id(), () -> receiving.receive(alice, ReceiveGoods.of(other.id())
                .line(ReceiveGoods.Line.accepted(1, pc(61)))), "shipments.receipt.over_received");
        InboundReceiptSnapshot full = receiving.receive(alice, ReceiveGoods.of(other.id())
                .line(ReceiveGoods.Line.accepted(1, pc(60))));
        assertThat(full.status()).isEqualTo(InboundReceiptStatus.RECEIVED);
        assertThat(onHand(bolt, dock)).isEqualTo(pc(215));
        assertThat(valuation.itemValuation(alice, bolt.id()).value()).isEqualTo(eur("107.50"));
    }

    @Test
    void refusedDeliveriesChangeNothing() {
        InboundReceiptSnapshot receipt = expected();
        InboundReceiptId id = receipt.id();
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(3, pc(1)))), "shipments.receipt.line_unknown");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(1, pc(1))).line(ReceiveGoods.Line.accepted(1, pc(1)))),
                "shipments.receipt.line_unknown");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.split(1, pc(1), pc(1), " "))), "shipments.receipt.reason_required");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(1, pc(0)))), "shipments.receipt.lines_invalid");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(2, pc(1)).lot("L2"))), "shipments.receipt.lot_mismatch");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(1, pc(2)).serials("S1"))), "shipments.line.serials_mismatch");
        LocationId customer = stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id).into(customer)
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "shipments.receipt.location_invalid");
        // the first line is fine and enters stock; the second is refused by the stock context: all or nothing
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)
                .line(ReceiveGoods.Line.accepted(1, pc(10)))
                .line(ReceiveGoods.Line.accepted(2, Quantity.of("0.5", "pc")))), "stock.quantity.too_precise");
        assertRefused(id, () -> receiving.receive(alice, ReceiveGoods.of(id)), "validation.failed");
        assertRefused(null, () -> receiving.receive(alice, ReceiveGoods.of(InboundReceiptId.of(newId()))
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "shipments.receipt.not_found");
        assertStockAndValueAgree(0, 0);
    }

    @Test
    void refusesReceiptsThatCannotBeExpected() {
        LocationId supplier = stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER).id();
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", supplier, DUE)
                .line(bolt.id(), pc(1), eur("1.00"))), "shipments.receipt.location_invalid");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", LocationId.of(newId()), DUE)
                .line(bolt.id(), pc(1), eur("1.00"))), "shipments.receipt.location_invalid");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(0), eur("1.00"))), "shipments.receipt.lines_invalid");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(1), eur("-1.00"))), "shipments.receipt.lines_invalid");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(1), eur("1.00")).line(bolt.id(), pc(1), Money.of("1.00", "USD"))),
                "shipments.receipt.lines_invalid");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)), "validation.failed");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of(" ", dock, DUE)
                .line(bolt.id(), pc(1), eur("1.00"))), "validation.failed");
        assertRefused(null, () -> receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(1), eur("1.00")).allowingOverReceipt(101)), "validation.failed");
        assertThat(receiving.openReceipts(alice)).isEmpty();
    }

    @Test
    void closesShortOnlyWhatIsPartlyReceivedAndCancelsOnlyWhatHasNothingAccepted() {
        InboundReceiptSnapshot receipt = expected();
        assertRefused(receipt.id(), () -> receiving.closeShort(alice, CloseReceipt.of(receipt.id())),
                "shipments.receipt.not_allowed");
        receiving.receive(alice, ReceiveGoods.of(receipt.id()).line(ReceiveGoods.Line.accepted(1, pc(30))));
        assertRefused(receipt.id(), () -> receiving.cancel(alice, CloseReceipt.of(receipt.id())),
                "shipments.receipt.not_allowed");

        published.clear();
        InboundReceiptSnapshot closed = receiving.closeShort(alice, CloseReceipt.of(receipt.id()).note("supplier out of stock"));

        assertThat(closed.status()).isEqualTo(InboundReceiptStatus.CLOSED_SHORT);
        assertThat(closed.history().get(closed.history().size() - 1).note()).isEqualTo("supplier out of stock");
        assertThat(published).singleElement().isInstanceOf(InboundReceiptClosedShort.class);
        assertStockAndValueAgree(30, 0);
        assertRefused(receipt.id(), () -> receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "shipments.receipt.not_allowed");

        InboundReceiptSnapshot other = expected();
        published.clear();
        assertThat(receiving.cancel(alice, CloseReceipt.of(other.id())).status()).isEqualTo(InboundReceiptStatus.CANCELLED);
        assertThat(published).singleElement().isInstanceOf(InboundReceiptCancelled.class);
        assertRefused(other.id(), () -> receiving.cancel(alice, CloseReceipt.of(other.id())),
                "shipments.receipt.not_allowed");
    }

    @Test
    void listsOpenAndLateReceipts() {
        InboundReceiptSnapshot late = receiving.expect(alice, ExpectReceipt.of("a", dock, DUE.minusDays(5))
                .line(bolt.id(), pc(1), eur("1.00")));
        InboundReceiptSnapshot due = expected();
        InboundReceiptSnapshot partial = receiving.expect(alice, ExpectReceipt.of("b", dock, DUE.minusDays(1))
                .line(bolt.id(), pc(2), eur("1.00")));
        receiving.receive(alice, ReceiveGoods.of(partial.id()).line(ReceiveGoods.Line.accepted(1, pc(1))));
        InboundReceiptSnapshot done = receiving.expect(alice, ExpectReceipt.of("c", dock, DUE.minusDays(9))
                .line(bolt.id(), pc(1), eur("1.00")));
        receiving.receive(alice, ReceiveGoods.of(done.id()).line(ReceiveGoods.Line.accepted(1, pc(1))));
        InboundReceiptSnapshot cancelled = receiving.expect(alice, ExpectReceipt.of("d", dock, DUE.minusDays(9))
                .line(bolt.id(), pc(1), eur("1.00")));
        receiving.cancel(alice, CloseReceipt.of(cancelled.id()));

        assertThat(receiving.openReceipts(alice)).extracting(InboundReceiptSnapshot::id)
                .containsExactly(late.id(), partial.id(), due.id());
        assertThat(receiving.lateReceipts(alice, DUE)).extracting(InboundReceiptSnapshot::id)
                .containsExactly(late.id(), partial.id());
        assertThat(receiving.lateReceipts(alice, DUE.minusDays(5))).isEmpty();
        assertThat(receiving.openReceipts(mallory)).isEmpty();
        assertThat(receiving.lateReceipts(mallory, DUE.plusDays(30))).isEmpty();
    }

    @Test
    void anIdempotencyKeyReceivesOnce() {
        InboundReceiptSnapshot receipt = receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(100), eur("0.50")).withIdempotencyKey("po-1"));
        assertThat(receiving.expect(alice, ExpectReceipt.of("s", dock, DUE)
                .line(bolt.id(), pc(100), eur("0.50")).withIdempotencyKey("po-1")).id()).isEqualTo(receipt.id());
        assertThat(receiving.openReceipts(alice)).hasSize(1);

        ReceiveGoods delivery = ReceiveGoods.of(receipt.id()).line(ReceiveGoods.Line.accepted(1, pc(40)))
                .withIdempotencyKey("truck-1");
        InboundReceiptSnapshot first = receiving.receive(alice, delivery);
        published.clear();
        InboundReceiptSnapshot again = receiving.receive(alice, delivery);

        assertThat(again).isEqualTo(first);
        assertThat(published).isEmpty();
        assertThat(onHand(bolt, dock)).isEqualTo(pc(40));
        assertRefused(receipt.id(), () -> receiving.closeShort(alice, CloseReceipt.of(receipt.id())
                .withIdempotencyKey("truck-1")), "idempotency.key_reused");
    }

    @Test
    void tenantsAndPermissionsAreKept() {
        InboundReceiptSnapshot receipt = expected();
        assertRefused(receipt.id(), () -> receiving.receipt(mallory, receipt.id()), "shipments.receipt.not_found");
        assertRefused(receipt.id(), () -> receiving.receive(mallory, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "shipments.receipt.not_found");
        assertRefused(receipt.id(), () -> receiving.cancel(mallory, CloseReceipt.of(receipt.id())),
                "shipments.receipt.not_found");

        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.RECEIVE));
        assertRefused(receipt.id(), () -> receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "access.denied");
        wire((actor, permission) -> !permission.equals("stock.move.complete"));
        assertRefused(receipt.id(), () -> receiving.receive(alice, ReceiveGoods.of(receipt.id())
                .line(ReceiveGoods.Line.accepted(1, pc(1)))), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.READ));
        assertRefused(null, () -> receiving.openReceipts(alice), "access.denied");
    }

    @Test
    void thePortRefusesAStaleUpdate() {
        InboundReceiptSnapshot receipt = expected();
        InboundReceipt one = inTx(() -> shipmentsAdapters().inboundReceipts().find(tenant, receipt.id())).orElseThrow();
        InboundReceipt two = inTx(() -> shipmentsAdapters().inboundReceipts().find(tenant, receipt.id())).orElseThrow();
        one.cancel("alice", NOW, null, AdapterContract::newId);
        inTx(() -> shipmentsAdapters().inboundReceipts().update(one));
        two.cancel("bob", NOW, null, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> shipmentsAdapters().inboundReceipts().update(two)))
                .isInstanceOf(ConcurrentUpdateException.class);
        InboundReceipt stored = inTx(() -> shipmentsAdapters().inboundReceipts().find(tenant, receipt.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(InboundReceiptStatus.CANCELLED);
        assertThat(stored.history()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("alice"));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(inTx(() -> shipmentsAdapters().inboundReceipts().find(otherTenant, receipt.id()))).isEmpty();
    }
}
