package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.CarrierQuote;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.application.ShipmentsContext;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.shipments.spi.CarrierGateway.TrackingEvent;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Shipments with a carrier, over the adapters under test and the deterministic
 * {@link InMemoryCarrier}: quotes and the rule that picks one, bookings, failures that leave
 * nothing half-done, tracking with duplicates and late events, proof of delivery, return labels.
 */
public abstract class CarriersContract extends ShipmentsAdapterContract {

    private static final Address HOME = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected final InMemoryCarrier carrier = new InMemoryCarrier();
    protected StockContext stock;
    protected Shipping shipping;
    protected Carriers carriers;
    protected Actor alice;
    protected Actor mallory;
    private WarehouseSnapshot main;
    private LocationId shelf;
    private StockItemSnapshot bolt;

    @BeforeEach
    void contexts() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters().unitOfWork(), AccessPolicy.allowAll(), new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        stock = new StockContext(useCases, stockAdapters());
        ShipmentsContext context = new ShipmentsContext(useCases, shipmentsAdapters(), stock.warehousing(),
                stock.reservations(), stock.inventory(), stock.itemCatalog(), carrier);
        shipping = context.shipping();
        carriers = context.carriers();
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        shelf = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), Quantity.of(10, "pc"), shelf));
    }

    private static PackShipment.Box box(String kg) {
        return new PackShipment.Box("BOX", Quantity.of(kg, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                Quantity.of(20, "cm"));
    }

    /** A packed shipment of 4 bolts to the address, in packages of the given weights. */
    private ShipmentId packed(Address to, String... kilograms) {
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), to, LocalDate.of(2026, 3, 6))
                .line(bolt.id(), Quantity.of(4, "pc"))).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        List<PackShipment.Box> boxes = new ArrayList<>();
        for (String kg : kilograms) {
            boxes.add(box(kg));
        }
        shipping.pack(alice, new PackShipment(id, boxes, null, null));
        return id;
    }

    private List<AuditRecord> auditTrail() {
        return inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100_000));
    }

    private String stateOf(ShipmentId id) {
        return shipping.shipment(alice, id) + " | " + stock.inventory().levels(alice, bolt.id())
                + " | " + carrier.activeBookings(tenant);
    }

    private void assertRefused(ShipmentId shipment, ThrowingCallable call, String code) {
        String before = stateOf(shipment);
        int auditBefore = auditTrail().size();
        published.clear();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).as("code of %s", thrown).isEqualTo(code);
        assertThat(stateOf(shipment)).isEqualTo(before);
        assertThat(auditTrail()).hasSize(auditBefore);
        assertThat(published).isEmpty();
    }

    @Test
    void quotesAreDeterministicAndTheRuleChoosesOne() {
        ShipmentId home = packed(HOME, "2.5");
        assertThat(carriers.quotes(alice, home)).containsExactly(
                new CarrierQuote("STANDARD", Money.of("7.00", "EUR"), 2),
                new CarrierQuote("EXPRESS", Money.of("19.00", "EUR"), 1));
        ShipmentId france = packed(Address.of("FR", "75001", "1 rue de Rivoli"), "0.5", "0.6");
        assertThat(carriers.quotes(alice, france)).first()
                .isEqualTo(new CarrierQuote("STANDARD", Money.of("12.00", "EUR"), 3));

        assertThat(carriers.book(alice, BookCarrier.cheapest(home)).booking().service()).isEqualTo("STANDARD");
        assertThat(carriers.book(alice, BookCarrier.fastest(france)).booking().service()).isEqualTo("EXPRESS");
    }

    @Test
    void aBookingGivesEachPackageATrackingNumberOnce() {
        ShipmentId id = packed(HOME, "1", "2");

        ShipmentSnapshot booked = carriers.book(alice, BookCarrier.cheapest(id).withIdempotencyKey("book-1"));
        ShipmentSnapshot again = carriers.book(alice, BookCarrier.cheapest(id).withIdempotencyKey("book-1"));

        assertThat(booked.booking().trackingNumbers()).hasSize(2).doesNotHaveDuplicates();
        assertThat(booked.booking().labels()).hasSize(2);
        assertThat(again.booking()).isEqualTo(booked.booking());
        assertThat(carrier.activeBookings(tenant)).hasSize(1);
        assertThat(published).extracting(DomainEvent::eventType).containsOnlyOnce("ShipmentBooked");
        String second = booked.booking().trackingNumbers().get(1);
        assertThat(carriers.shipmentByTrackingNumber(alice, second).id()).isEqualTo(id);
        assertRefused(id, () -> carriers.shipmentByTrackingNumber(mallory, second), "shipments.tracking.unknown");
        assertRefused(id, () -> carriers.book(alice, BookCarrier.cheapest(id)), "shipments.booking.not_allowed");
    }

    @Test
    void aBookingFailureAfterPickingLeavesNothingHalfDone() {
        ShipmentId id = packed(HOME, "1");
        carrier.failNextBookings(1);

        assertRefused(id, () -> carriers.book(alice, BookCarrier.cheapest(id)), "shipments.carrier.failed");

        ShipmentSnapshot shipment = shipping.shipment(alice, id);
        assertThat(shipment.status()).isEqualTo(ShipmentStatus.PACKED);
        assertThat(shipment.booking()).isNull();
        assertThat(stock.inventory().level(alice, bolt.id(), shelf).reserved()).isEqualTo(Quantity.of(4, "pc"));
        assertThat(carrier.activeBookings(tenant)).isEmpty();
        assertThat(carriers.book(alice, BookCarrier.cheapest(id)).booking()).isNotNull();
    }

    @Test
    void aBookingThatCanNoLongerBeStoredIsCancelledAtTheCarrier() {
        ShipmentId id = packed(HOME, "1");
        carrier.onBook(booking -> shipping.cancel(alice, AdvanceShipment.of(id)));

        Throwable refused = catchThrowable(() -> carriers.book(alice, BookCarrier.cheapest(id)));

        assertThat(((BackOfficeException) refused).code()).isEqualTo("shipments.booking.not_allowed");
        assertThat(carrier.activeBookings(tenant)).isEmpty();
        assertThat(shipping.shipment(alice, id).status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(shipping.shipment(alice, id).booking()).isNull();
        assertThat(stock.inventory().level(alice, bolt.id(), shelf).reserved()).isEqualTo(Quantity.of(0, "pc"));
    }

    @Test
    void aBookedShipmentIsNeitherUnpackedNorCancelledUntilItsBookingIs() {
        ShipmentId draft = shipping.draft(alice, DraftShipment.of(main.rootLocation(), HOME, LocalDate.of(2026, 3, 6))
                .line(bolt.id(), Quantity.of(1, "pc"))).id();
        assertRefused(draft, () -> carriers.book(alice, BookCarrier.cheapest(draft)), "shipments.booking.not_allowed");
        ShipmentId id = packed(HOME, "1");
        carriers.book(alice, BookCarrier.cheapest(id));
        assertRefused(id, () -> shipping.unpack(alice, AdvanceShipment.of(id)), "shipments.booking.not_allowed");
        assertRefused(id, () -> shipping.cancel(alice, AdvanceShipment.of(id)), "shipments.booking.not_allowed");

        ShipmentSnapshot unbooked = carriers.cancelBooking(alice, AdvanceShipment.of(id));

        assertThat(unbooked.booking()).isNull();
        assertThat(carrier.activeBookings(tenant)).isEmpty();
        assertThat(shipping.unpack(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.PICKED);
        assertRefused(id, () -> carriers.cancelBooking(alice, AdvanceShipment.of(id)), "shipments.booking.none");
    }

    @Test
    void trackingWithDuplicatesAndLateEventsEndsInADeliveryWithProof() {
        ShipmentId id = packed(HOME, "1", "1");
        List<String> numbers = carriers.book(alice, BookCarrier.cheapest(id)).booking().trackingNumbers();
        shipping.ship(alice, AdvanceShipment.of(id));
        String first = numbers.get(0);
        String second = numbers.get(1);
        carrier.script(
                new TrackingEvent("e3", first, TrackingStatus.DELIVERED, NOW.plusSeconds(7_200), "Ms Smith"),
                new TrackingEvent("e1", first, TrackingStatus.IN_TRANSIT, NOW.plusSeconds(600), null),
                new TrackingEvent("e1", first, TrackingStatus.IN_TRANSIT, NOW.plusSeconds(600), null),
                new TrackingEvent("e2", second, TrackingStatus.IN_TRANSIT, NOW.plusSeconds(900), null));

        ShipmentSnapshot inTransit = carriers.refreshTracking(alice, id);
        assertThat(inTransit.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(inTransit.tracking()).extracting(t -> t.eventId()).containsExactly("e1", "e2", "e3");

        ShipmentSnapshot delivered = carriers.recordTracking(alice, new RecordTracking(second, "e4",
                TrackingStatus.DELIVERED, NOW.plusSeconds(9_000), "Mr Jones"));
        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.deliveryProof()).isEqualTo(new DeliveryProof(NOW.plusSeconds(9_000), "Mr Jones"));

        int audit = auditTrail().size();
        ShipmentSnapshot duplicate = carriers.recordTracking(alice, new RecordTracking(second, "e4",
                TrackingStatus.DELIVERED, NOW.plusSeconds(9_000), "Mr Jones"));
        assertThat(duplicate.tracking()).hasSize(4);
        assertThat(auditTrail()).hasSize(audit);
        ShipmentSnapshot late = carriers.recordTracking(alice, new RecordTracking(second, "e0",
                TrackingStatus.IN_TRANSIT, NOW.plusSeconds(300), null));
        assertThat(late.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(late.tracking()).extracting(t -> t.eventId()).containsExactly("e0", "e1", "e2", "e3", "e4");
        assertThat(carriers.returnLabel(alice, id, 2).label()).contains(second);
    }

    @Test
    void aFailedDeliveryAndItsRetryFollowTheCarrier() {
        ShipmentId id = packed(HOME, "1");
        String number = carriers.book(alice, BookCarrier.cheapest(id)).booking().trackingNumbers().get(0);
        shipping.ship(alice, AdvanceShipment.of(id));
        assertThat(carriers.recordTracking(alice, new RecordTracking(number, "f1", TrackingStatus.DELIVERY_FAILED,
                NOW.plusSeconds(100), null)).status()).isEqualTo(ShipmentStatus.DELIVERY_FAILED);
        assertThat(carriers.recordTracking(alice, new RecordTracking(number, "f2", TrackingStatus.OUT_FOR_DELIVERY,
                NOW.plusSeconds(200), null)).status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertRefused(id, () -> carriers.recordTracking(alice, new RecordTracking("NOPE", "x",
                TrackingStatus.DELIVERED, NOW, null)), "shipments.tracking.unknown");
        assertRefused(id, () -> carriers.recordTracking(mallory, new RecordTracking(number, "x",
                TrackingStatus.DELIVERED, NOW, null)), "shipments.tracking.unknown");
        carrier.failEverything(true);
        assertRefused(id, () -> carriers.refreshTracking(alice, id), "shipments.carrier.failed");
    }
}
