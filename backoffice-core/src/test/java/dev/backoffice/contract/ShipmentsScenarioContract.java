package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.CarrierLabel;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.ExpectReceipt;
import dev.backoffice.shipments.api.InboundReceiptSnapshot;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.ReceiveGoods;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.Receiving;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.shipments.spi.CarrierGateway.TrackingEvent;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The whole way of goods through the shipments context over the adapters under test, with stock,
 * its FIFO valuation and the ledger it posts to over the same adapters: bought from a supplier in
 * two deliveries at two costs, ordered, reserved, picked, packed, booked with the carrier, shipped
 * (cost of goods sold posted), tracked to a delivery with proof, a return label, goods back from the
 * customer (sound into stock, damaged apart; the cost of goods sold credited back). After every step
 * the stock, its value and the ledger agree: the valuation report equals the inventory account, what
 * was bought equals inventory plus cost of goods sold, every internal location's stock is what the
 * steps put there, reservations match their rows, and the trial balance nets to zero. A carrier that
 * fails after the goods were picked leaves the books where they were.
 */
public abstract class ShipmentsScenarioContract extends ShipmentsAdapterContract {

    private static final Address CUSTOMER = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");
    private static final LocalDate PROMISED = LocalDate.of(2026, 3, 6);

    protected final InMemoryCarrier carrier = new InMemoryCarrier();
    protected StockContext stock;
    protected StockValuation valuation;
    protected AccountsContext accounts;
    protected Shipping shipping;
    protected Carriers carriers;
    protected Receiving receiving;
    protected Actor alice;
    private LocationId origin;
    private LocationId shelf;
    private LocationId damaged;
    private LocationId customer;
    private StockItemSnapshot bolt;
    private AccountSnapshot inventory;
    private AccountSnapshot costOfGoodsSold;
    private AccountSnapshot receivedNotBilled;
    /** What the steps have bought so far, at the suppliers' costs. */
    private Money bought = Money.zero(EUR);

    @BeforeEach
    void contexts() {
        ValuedContexts contexts = valuedContexts(AccessPolicy.allowAll(), DomainEventPublisher.none(), carrier);
        accounts = contexts.accounts();
        stock = contexts.stock();
        shipping = contexts.shipments().shipping();
        carriers = contexts.shipments().carriers();
        receiving = contexts.shipments().receiving();
        alice = Actor.of(tenant, "alice");
        StockAccounts posting = postStockValue(contexts, alice);
        inventory = posting.inventory();
        costOfGoodsSold = posting.costOfGoodsSold();
        receivedNotBilled = posting.receivedNotBilled();
        valuation = valuation(contexts);
        WarehouseSnapshot main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        origin = main.rootLocation();
        shelf = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        damaged = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "DMG", "Damaged goods")).id();
        customer = stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc"))
                .valuedBy(ValuationMethod.FIFO));
    }

    private static Quantity pc(long n) {
        return Quantity.of(n, "pc");
    }

    /** The ledger balance of an account, debit positive. */
    private Money ledger(AccountSnapshot account) {
        Money balance = accounts.financialReports().balance(alice, account.id()).balance();
        return account.type() == AccountType.ASSET || account.type() == AccountType.EXPENSE ? balance : balance.negate();
    }

    private Quantity onHand(LocationId location) {
        return stock.inventory().level(alice, bolt.id(), location).onHand();
    }

    /** Goods bought from a supplier: expected, then received whole at the unit cost. */
    private void buy(long pieces, String unitCost) {
        InboundReceiptSnapshot expected = receiving.expect(alice, ExpectReceipt.of("supplier-7", shelf, PROMISED)
                .line(bolt.id(), pc(pieces), eur(unitCost)));
        receiving.receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(1, pc(pieces))));
        bought = bought.plus(eur(unitCost).times(pieces));
    }

    /**
     * The books agree: stock where the steps put it (on the shelf, with the damaged goods, reserved, at
     * the customer); its value in the valuation report and in the inventory account; what was bought
     * is in stock or sold, and nothing else; reservations match their rows; the trial balance nets to zero.
     */
    private void assertBooksAgree(String step, long onShelf, long reserved, long withDamaged, long atCustomer) {
        assertThat(onHand(shelf)).as("%s: on the shelf", step).isEqualTo(pc(onShelf));
        assertThat(stock.inventory().level(alice, bolt.id(), shelf).reserved()).as("%s: reserved", step)
                .isEqualTo(pc(reserved));
        assertThat(onHand(damaged)).as("%s: with the damaged goods", step).isEqualTo(pc(withDamaged));
        assertThat(onHand(customer)).as("%s: at the customer", step).isEqualTo(pc(atCustomer));
        assertThat(valuation.itemValuation(alice, bolt.id()).quantity()).as("%s: valued quantity", step)
                .isEqualTo(pc(onShelf + withDamaged));
        Money valued = valuation.report(alice).total();
        assertThat(ledger(inventory)).as("%s: inventory account = valuation report", step).isEqualTo(valued);
        assertThat(ledger(inventory).plus(ledger(costOfGoodsSold))).as("%s: bought = in stock + sold", step)
                .isEqualTo(bought);
        assertThat(ledger(receivedNotBilled)).as("%s: owed to suppliers", step).isEqualTo(bought.negate());
        assertThat(stock.reservations().checkReservations(alice).isConsistent()).as("%s: reservations", step).isTrue();
        assertThat(accounts.financialReports().trialBalance(alice).isBalanced()).as("%s: trial balance", step).isTrue();
    }

    private ShipmentId packedOrder(long pieces) {
        ShipmentId id = shipping.draft(alice, DraftShipment.of(origin, CUSTOMER, PROMISED).reference("order-77")
                .line(bolt.id(), pc(pieces))).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, new PackShipment(id, List.of(box("2.0"), box("1.5")), null, null));
        return id;
    }

    private static PackShipment.Box box(String kg) {
        return new PackShipment.Box("BOX-M", Quantity.of(kg, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                Quantity.of(20, "cm"));
    }

    @Test
    void fromPurchaseToDeliveryAndReturnTheStockAndTheLedgerAgreeAtEveryStep() {
        assertBooksAgree("nothing yet", 0, 0, 0, 0);
        buy(10, "0.50");
        assertBooksAgree("first delivery", 10, 0, 0, 0);
        buy(20, "0.80");
        assertBooksAgree("second delivery", 30, 0, 0, 0);
        assertThat(ledger(inventory)).isEqualTo(eur("21.00"));

        ShipmentId id = shipping.draft(alice, DraftShipment.of(origin, CUSTOMER, PROMISED).reference("order-77")
                .line(bolt.id(), pc(15))).id();
        assertBooksAgree("drafted", 30, 0, 0, 0);
        shipping.confirm(alice, AdvanceShipment.of(id));
        assertBooksAgree("confirmed", 30, 15, 0, 0);
        shipping.pick(alice, AdvanceShipment.of(id));
        assertBooksAgree("picked", 30, 15, 0, 0);
        shipping.pack(alice, new PackShipment(id, List.of(box("2.0"), box("1.5")), null, null));
        assertBooksAgree("packed", 30, 15, 0, 0);
        ShipmentSnapshot booked = carriers.book(alice, BookCarrier.cheapest(id));
        List<String> trackingNumbers = booked.booking().trackingNumbers();
        assertThat(trackingNumbers).hasSize(2);
        assertBooksAgree("booked", 30, 15, 0, 0);

        ShipmentSnapshot shipped = shipping.ship(alice, AdvanceShipment.of(id));
        assertThat(shipped.status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertBooksAgree("shipped", 15, 0, 0, 15);
        // FIFO: the 10 of the first delivery at 0.50, then 5 of the second at 0.80
        assertThat(ledger(costOfGoodsSold)).isEqualTo(eur("9.00"));
        assertThat(ledger(inventory)).isEqualTo(eur("12.00"));

        carrier.script(
                new TrackingEvent("t1", trackingNumbers.get(0), TrackingStatus.IN_TRANSIT, NOW.plusSeconds(600), null),
                new TrackingEvent("t2", trackingNumbers.get(1), TrackingStatus.IN_TRANSIT, NOW.plusSeconds(900), null),
                new TrackingEvent("t3", trackingNumbers.get(0), TrackingStatus.DELIVERED, NOW.plusSeconds(86_000),
                        "Ms Smith"),
                new TrackingEvent("t3", trackingNumbers.get(0), TrackingStatus.DELIVERED, NOW.plusSeconds(86_000),
                        "Ms Smith"),
                new TrackingEvent("t4", trackingNumbers.get(1), TrackingStatus.DELIVERED, NOW.plusSeconds(86_400),
                        "Ms Smith"));
        // delivered when every package is, with the proof of the last one; the duplicate event counts once
        ShipmentSnapshot delivered = carriers.refreshTracking(alice, id);
        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.deliveryProof()).isEqualTo(new DeliveryProof(NOW.plusSeconds(86_400), "Ms Smith"));
        assertThat(delivered.tracking()).extracting(t -> t.eventId()).containsExactly("t1", "t2", "t3", "t4");
        assertBooksAgree("delivered", 15, 0, 0, 15);

        CarrierLabel label = carriers.returnLabel(alice, id, 1);
        assertThat(label.trackingNumber()).isNotBlank();
        assertThat(label.label()).isNotBlank();
        assertBooksAgree("return label", 15, 0, 0, 15);

        Money soldBefore = ledger(costOfGoodsSold);
        shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, damaged)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(3)))
                .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1))).withIdempotencyKey("return-77"));
        assertBooksAgree("returned", 18, 0, 1, 11);
        Money creditedBack = soldBefore.minus(ledger(costOfGoodsSold));
        // the four pieces come back at a cost within the range of the costs they were bought at
        assertThat(creditedBack).isBetween(eur("0.50").times(4), eur("0.80").times(4));

        shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, damaged)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(3)))
                .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1))).withIdempotencyKey("return-77"));
        assertBooksAgree("the same return again", 18, 0, 1, 11);
    }

    @Test
    void aCarrierFailingAfterThePickLeavesTheStockAndTheLedgerWhereTheyWere() {
        buy(10, "0.50");
        ShipmentId id = packedOrder(4);
        assertBooksAgree("packed", 10, 4, 0, 0);
        ShipmentSnapshot before = shipping.shipment(alice, id);

        carrier.failNextBookings(1);
        Throwable thrown = catchThrowable(() -> carriers.book(alice, BookCarrier.cheapest(id)));

        assertThat(thrown).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).isEqualTo("shipments.carrier.failed");
        assertThat(shipping.shipment(alice, id)).isEqualTo(before);
        assertThat(carrier.activeBookings(tenant)).isEmpty();
        assertBooksAgree("booking failed", 10, 4, 0, 0);

        carriers.book(alice, BookCarrier.cheapest(id));
        shipping.ship(alice, AdvanceShipment.of(id));
        assertBooksAgree("booked on the second try and shipped", 6, 0, 0, 4);
        assertThat(ledger(costOfGoodsSold)).isEqualTo(eur("2.00"));
    }
}
