package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.jpa.support.StartingGun;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.AdvanceReturn;
import dev.backoffice.shipments.api.AuthorizeReturn;
import dev.backoffice.shipments.api.ReceiveReturnShipment;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ReturnShipmentSnapshot;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentTransition;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shipments advanced from many threads at once on PostgreSQL, through {@link BackOffice#shipping()}
 * and {@link BackOffice#carriers()} over the JPA adapter: of steps that exclude each other exactly
 * one wins and the others get a typed refusal (or, with the same idempotency key, the first result);
 * the stock is reserved and issued once, and the reservations never drift from the quantity rows. A
 * return shipment received from many threads at once enters stock once, and one received while it is
 * cancelled ends one way or the other, whole.
 */
class PostgresShipmentsConcurrencyTest {

    private static final int THREADS = 8;
    private static final Address TO = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");
    private static final LocalDate PROMISED = LocalDate.of(2026, 3, 6);

    private static JpaAdapters adapters;
    private static InMemoryCarrier carrier;
    private static BackOffice backOffice;

    /** Outcome of one call: the state it left the shipment in, or the code it was refused with. */
    private record Outcome(ShipmentStatus status, String refusal) {

        static Outcome of(Callable<ShipmentSnapshot> call) throws Exception {
            try {
                return new Outcome(call.call().status(), null);
            } catch (BackOfficeException refused) {
                return new Outcome(null, refused.code());
            }
        }

        boolean won() {
            return refusal == null;
        }
    }

    /** A tenant with a warehouse, a shelf and 10 bolts on it. */
    private record Stock(Actor actor, WarehouseSnapshot warehouse, LocationId shelf, StockItemSnapshot bolt) {

        Quantity onShelf() {
            return backOffice.inventory().level(actor, bolt.id(), shelf).onHand();
        }

        Quantity reserved() {
            return backOffice.inventory().level(actor, bolt.id(), shelf).reserved();
        }

        Quantity atCustomer() {
            LocationId customer = backOffice.warehousing().virtualLocation(actor, LocationType.CUSTOMER).id();
            return backOffice.inventory().level(actor, bolt.id(), customer).onHand();
        }

        void assertReservationsDoNotDrift() {
            assertThat(backOffice.reservations().checkReservations(actor).drifts()).isEmpty();
        }
    }

    @BeforeAll
    static void start() {
        adapters = TestDatabases.newAdapters(TestDatabases.Kind.POSTGRES, "shipments_concurrency");
        carrier = new InMemoryCarrier();
        backOffice = BackOffice.builder(adapters).carrierGateway(carrier).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    private static Stock stock(String tenant) {
        Actor actor = Actor.of(tenant, "alice");
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        LocationId shelf = backOffice.warehousing().addLocation(actor, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        StockItemSnapshot bolt = backOffice.itemCatalog().createItem(actor, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        backOffice.inventory().move(actor, NewStockMove.receipt(bolt.id(), Quantity.of(10, "pc"), shelf));
        return new Stock(actor, main, shelf, bolt);
    }

    private static ShipmentId drafted(Stock stock, long bolts) {
        return backOffice.shipping().draft(stock.actor(), DraftShipment.of(stock.warehouse().rootLocation(), TO, PROMISED)
                .line(stock.bolt().id(), Quantity.of(bolts, "pc"))).id();
    }

    private static ShipmentId packed(Stock stock, long bolts) {
        ShipmentId id = drafted(stock, bolts);
        backOffice.shipping().confirm(stock.actor(), AdvanceShipment.of(id));
        backOffice.shipping().pick(stock.actor(), AdvanceShipment.of(id));
        backOffice.shipping().pack(stock.actor(), PackShipment.of(id).box("BOX", Quantity.of(2, "kg"),
                Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")));
        return id;
    }

    private static <T> List<T> all(List<Callable<T>> tasks) throws Exception {
        return StartingGun.all(tasks, 2, TimeUnit.MINUTES);
    }

    private static List<Outcome> atOnce(int times, Callable<ShipmentSnapshot> call) throws Exception {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            tasks.add(() -> Outcome.of(call));
        }
        return all(tasks);
    }

    private static long steps(ShipmentSnapshot shipment, ShipmentTransition step) {
        return shipment.history().stream().filter(s -> s.transition() == step).count();
    }

    /** A shipment of that many bolts, shipped and delivered, with a return of {@code back} of them authorized. */
    private static ReturnShipmentId authorizedReturn(Stock stock, long bolts, long back) {
        ShipmentId id = packed(stock, bolts);
        backOffice.shipping().ship(stock.actor(), AdvanceShipment.of(id));
        backOffice.shipping().recordDelivery(stock.actor(), RecordDelivery.of(id, "Ms Smith"));
        return backOffice.returns().authorize(stock.actor(), AuthorizeReturn.of(id)
                .line(stock.bolt().id(), Quantity.of(back, "pc"))).id();
    }

    /** Runs the call from many threads at once: the state it left the return in, or the code it was refused with. */
    private static List<String> returnsAtOnce(List<Callable<ReturnShipmentSnapshot>> calls) throws Exception {
        List<Callable<String>> tasks = new ArrayList<>();
        for (Callable<ReturnShipmentSnapshot> call : calls) {
            tasks.add(() -> {
                try {
                    return call.call().status().name();
                } catch (BackOfficeException refused) {
                    return refused.code();
                }
            });
        }
        return all(tasks);
    }

    @Test
    void aReturnReceivedFromManyThreadsEntersStockOnce() throws Exception {
        Stock stock = stock("return-twice");
        ReturnShipmentId id = authorizedReturn(stock, 4, 3);
        List<Callable<ReturnShipmentSnapshot>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            calls.add(() -> backOffice.returns().receive(stock.actor(), ReceiveReturnShipment.of(id, stock.shelf())));
        }

        List<String> outcomes = returnsAtOnce(calls);

        assertThat(outcomes).filteredOn("RECEIVED"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.equals("RECEIVED")).hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o).isIn("shipments.return_shipment.not_allowed", "concurrency.conflict"));
        ReturnShipmentSnapshot received = backOffice.returns().returnShipment(stock.actor(), id);
        assertThat(received.history()).singleElement().satisfies(s -> assertThat(s.to())
                .isEqualTo(ReturnShipmentStatus.RECEIVED));
        assertThat(backOffice.shipping().shipment(stock.actor(), received.shipment()).returns()).hasSize(1);
        assertThat(stock.onShelf()).isEqualTo(Quantity.of(9, "pc"));
        assertThat(stock.atCustomer()).isEqualTo(Quantity.of(1, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void receivingWhileCancellingLeavesEachReturnWholeOneWayOrTheOther() throws Exception {
        Stock stock = stock("return-cancel");
        List<ReturnShipmentId> ids = new ArrayList<>();
        for (int i = 0; i < THREADS / 2; i++) {
            ids.add(authorizedReturn(stock, 2, 2));
        }
        List<Callable<ReturnShipmentSnapshot>> calls = new ArrayList<>();
        for (ReturnShipmentId id : ids) {
            calls.add(() -> backOffice.returns().receive(stock.actor(), ReceiveReturnShipment.of(id, stock.shelf())));
            calls.add(() -> backOffice.returns().cancel(stock.actor(), AdvanceReturn.of(id)));
        }

        List<String> outcomes = returnsAtOnce(calls);

        long received = 0;
        for (int i = 0; i < ids.size(); i++) {
            ReturnShipmentSnapshot r = backOffice.returns().returnShipment(stock.actor(), ids.get(i));
            assertThat(r.history()).as("return %s", ids.get(i)).hasSize(1);
            assertThat(List.of(outcomes.get(2 * i), outcomes.get(2 * i + 1))).as("outcomes of %s", ids.get(i))
                    .contains(r.status().name());
            assertThat(backOffice.shipping().shipment(stock.actor(), r.shipment()).returns())
                    .hasSize(r.status() == ReturnShipmentStatus.RECEIVED ? 1 : 0);
            received += r.status() == ReturnShipmentStatus.RECEIVED ? 2 : 0;
        }
        assertThat(stock.onShelf()).isEqualTo(Quantity.of(10 - 2L * ids.size() + received, "pc"));
        assertThat(stock.atCustomer()).isEqualTo(Quantity.of(2L * ids.size() - received, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void shippingTwiceShipsOnceAndIssuesTheStockOnce() throws Exception {
        Stock stock = stock("ship-twice");
        ShipmentId id = packed(stock, 4);

        List<Outcome> outcomes = atOnce(THREADS, () -> backOffice.shipping().ship(stock.actor(), AdvanceShipment.of(id)));

        assertThat(outcomes).filteredOn(Outcome::won).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(ShipmentStatus.SHIPPED));
        assertThat(outcomes).filteredOn(o -> !o.won()).hasSize(THREADS - 1)
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo("shipments.transition.not_allowed"));
        ShipmentSnapshot shipped = backOffice.shipping().shipment(stock.actor(), id);
        assertThat(steps(shipped, ShipmentTransition.SHIP)).isEqualTo(1);
        assertThat(stock.onShelf()).isEqualTo(Quantity.of(6, "pc"));
        assertThat(stock.atCustomer()).isEqualTo(Quantity.of(4, "pc"));
        assertThat(stock.reserved()).isEqualTo(Quantity.of(0, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void shippingWithOneKeyFromManyThreadsGivesEveryoneTheFirstResult() throws Exception {
        Stock stock = stock("ship-key");
        ShipmentId id = packed(stock, 3);

        List<Outcome> outcomes = atOnce(THREADS, () -> backOffice.shipping().ship(stock.actor(),
                AdvanceShipment.of(id).withIdempotencyKey("ship-" + id)));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(ShipmentStatus.SHIPPED));
        assertThat(steps(backOffice.shipping().shipment(stock.actor(), id), ShipmentTransition.SHIP)).isEqualTo(1);
        assertThat(stock.onShelf()).isEqualTo(Quantity.of(7, "pc"));
        assertThat(stock.atCustomer()).isEqualTo(Quantity.of(3, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void pickingWhileCancellingLeavesEachShipmentWholeOneWayOrTheOther() throws Exception {
        Stock stock = stock("pick-cancel");
        List<ShipmentId> ids = new ArrayList<>();
        for (int i = 0; i < THREADS / 2; i++) {
            ShipmentId id = drafted(stock, 2);
            backOffice.shipping().confirm(stock.actor(), AdvanceShipment.of(id));
            ids.add(id);
        }
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (ShipmentId id : ids) {
            tasks.add(() -> Outcome.of(() -> backOffice.shipping().pick(stock.actor(), AdvanceShipment.of(id))));
            tasks.add(() -> Outcome.of(() -> backOffice.shipping().cancel(stock.actor(), AdvanceShipment.of(id))));
        }

        List<Outcome> outcomes = all(tasks);

        for (int i = 0; i < ids.size(); i++) {
            Outcome pick = outcomes.get(2 * i);
            Outcome cancel = outcomes.get(2 * i + 1);
            ShipmentSnapshot shipment = backOffice.shipping().shipment(stock.actor(), ids.get(i));
            // a cancel always lands (it is allowed before and after picking); a pick lands only before it
            assertThat(cancel.won()).as("cancel of %s", ids.get(i)).isTrue();
            assertThat(shipment.status()).isEqualTo(ShipmentStatus.CANCELLED);
            if (!pick.won()) {
                assertThat(pick.refusal()).isEqualTo("shipments.transition.not_allowed");
                assertThat(steps(shipment, ShipmentTransition.PICK)).isZero();
            } else {
                assertThat(steps(shipment, ShipmentTransition.PICK)).isEqualTo(1);
            }
        }
        assertThat(stock.reserved()).isEqualTo(Quantity.of(0, "pc"));
        assertThat(stock.onShelf()).isEqualTo(Quantity.of(10, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void confirmingMoreThanThereIsReservesNoMoreThanThereIs() throws Exception {
        Stock stock = stock("confirm-race");
        List<ShipmentId> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ids.add(drafted(stock, 3));
        }
        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (ShipmentId id : ids) {
            tasks.add(() -> Outcome.of(() -> backOffice.shipping().confirm(stock.actor(), AdvanceShipment.of(id))));
        }

        List<Outcome> outcomes = all(tasks);

        assertThat(outcomes).filteredOn(Outcome::won).hasSize(3)
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(ShipmentStatus.CONFIRMED));
        assertThat(outcomes).filteredOn(o -> !o.won()).hasSize(THREADS - 3)
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo("stock.quantity.insufficient"));
        assertThat(backOffice.shipping().shipments(stock.actor(), ShipmentStatus.CONFIRMED)).hasSize(3);
        assertThat(backOffice.shipping().shipments(stock.actor(), ShipmentStatus.DRAFT)).hasSize(THREADS - 3);
        assertThat(stock.reserved()).isEqualTo(Quantity.of(9, "pc"));
        stock.assertReservationsDoNotDrift();
    }

    @Test
    void theSameTrackingEventFromManyThreadsIsRecordedOnce() throws Exception {
        Stock stock = stock("tracking-race");
        ShipmentId id = packed(stock, 1);
        String tracking = backOffice.carriers().book(stock.actor(), BookCarrier.cheapest(id)).booking()
                .trackingNumbers().get(0);
        backOffice.shipping().ship(stock.actor(), AdvanceShipment.of(id));
        RecordTracking event = new RecordTracking(tracking, "EV-1", TrackingStatus.IN_TRANSIT,
                Instant.parse("2026-03-02T08:00:00Z"), null);

        List<Outcome> outcomes = atOnce(THREADS, () -> backOffice.carriers().recordTracking(stock.actor(), event));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(ShipmentStatus.IN_TRANSIT));
        ShipmentSnapshot shipment = backOffice.carriers().shipmentByTrackingNumber(stock.actor(), tracking);
        assertThat(shipment.tracking()).singleElement().satisfies(t -> assertThat(t.eventId()).isEqualTo("EV-1"));
        assertThat(steps(shipment, ShipmentTransition.DEPART)).isEqualTo(1);
    }

    @Test
    void bookingOneShipmentFromManyThreadsKeepsOneBookingAtTheCarrier() throws Exception {
        Stock stock = stock("booking-race");
        ShipmentId id = packed(stock, 2);

        List<Object> answers = all(java.util.Collections.nCopies(THREADS / 2, () -> {
            try {
                return backOffice.carriers().book(stock.actor(), BookCarrier.cheapest(id));
            } catch (dev.backoffice.common.BackOfficeException refused) {
                return refused.code();
            }
        }));

        // the calls that read the shipment before it was booked passed the carrier the same key (the shipment
        // at the version it read), so the carrier made one booking; the first call stored it and the others
        // found it stored: none cancels it. A call that read the shipment after it was booked is refused.
        String reference = backOffice.shipping().shipment(stock.actor(), id).booking().reference();
        assertThat(answers).allSatisfy(a -> {
            if (a instanceof ShipmentSnapshot booked) {
                assertThat(booked.booking().reference()).isEqualTo(reference);
            } else {
                assertThat(a).isEqualTo("shipments.booking.not_allowed");
            }
        });
        assertThat(answers).filteredOn(ShipmentSnapshot.class::isInstance).isNotEmpty();
        assertThat(carrier.activeBookings(stock.actor().tenant())).singleElement()
                .satisfies(b -> assertThat(b.reference()).isEqualTo(reference));
        assertThat(stock.reserved()).isEqualTo(Quantity.of(2, "pc"));
        stock.assertReservationsDoNotDrift();
    }
}
