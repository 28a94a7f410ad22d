package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.PickingList;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.application.ShipmentsContext;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentStep;
import dev.backoffice.shipments.domain.ShipmentTransition;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.ReservationStatus;
import dev.backoffice.stock.domain.Tracking;
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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The shipments context through its public api over the adapters under test, with the stock it
 * acts on: from order to delivery, stock levels checked at every step; cancellation, refusals,
 * idempotency, permissions and tenant isolation.
 */
public abstract class ShippingContract extends ShipmentsAdapterContract {

    private static final LocalDate PROMISED = LocalDate.of(2026, 3, 6);
    private static final Address TO = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected StockContext stock;
    protected Shipping shipping;
    protected Actor alice;
    protected Actor mallory;
    private WarehouseSnapshot main;
    private LocationId shelf;
    private StockItemSnapshot bolt;

    @BeforeEach
    void contexts() {
        wire(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        main = stock.warehousing().openWarehouse(alice, dev.backoffice.stock.api.OpenWarehouse.of("MAIN", "Main"));
        shelf = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), Quantity.of(10, "pc"), shelf));
        published.clear();
    }

    private void wire(AccessPolicy policy) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters().unitOfWork(), policy, new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        stock = new StockContext(useCases, stockAdapters());
        shipping = new ShipmentsContext(useCases, shipmentsAdapters(), stock.warehousing(), stock.reservations(),
                stock.inventory(), stock.itemCatalog(), dev.backoffice.shipments.spi.CarrierGateway.none()).shipping();
    }

    private static PackShipment packed(ShipmentId id) {
        return PackShipment.of(id).box("BOX-M", Quantity.of("2.5", "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                Quantity.of(20, "cm"));
    }

    private DraftShipment order(int bolts) {
        return DraftShipment.of(main.rootLocation(), TO, PROMISED).reference("order-1")
                .line(bolt.id(), Quantity.of(bolts, "pc"));
    }

    private StockLevel atShelf() {
        return stock.inventory().level(alice, bolt.id(), shelf);
    }

    private Quantity atCustomer(StockItemSnapshot item) {
        LocationId customer = stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
        return stock.inventory().level(alice, item.id(), customer).onHand();
    }

    private static Quantity pc(long n) {
        return Quantity.of(n, "pc");
    }

    private List<AuditRecord> auditTrail() {
        return inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100_000));
    }

    private String stateOf(ShipmentId id) {
        return inTx(() -> shipmentsAdapters().shipments().find(tenant, id)).map(s -> s.status() + " " + s.history())
                .orElse("none") + " | " + stock.inventory().levels(alice, bolt.id());
    }

    /** The call fails with the code; the shipment, the stock, the audit trail and the events stay as they were. */
    private BackOfficeException assertRefused(ShipmentId shipment, ThrowingCallable call, String code) {
        String before = shipment == null ? "" : stateOf(shipment);
        int auditBefore = auditTrail().size();
        published.clear();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).as("code of %s", thrown).isEqualTo(code);
        if (shipment != null) {
            assertThat(stateOf(shipment)).isEqualTo(before);
        }
        assertThat(auditTrail()).hasSize(auditBefore);
        assertThat(published).isEmpty();
        return (BackOfficeException) thrown;
    }

    @Test
    void fromOrderToDeliveryWithStockLevelsAtEveryStep() {
        ShipmentSnapshot drafted = shipping.draft(alice, order(4));
        ShipmentId id = drafted.id();
        assertThat(drafted.status()).isEqualTo(ShipmentStatus.DRAFT);
        assertThat(drafted.origin()).isEqualTo(main.rootLocation());
        assertThat(drafted.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(pc(4)));
        assertThat(atShelf().reserved()).isEqualTo(pc(0));

        shipping.confirm(alice, AdvanceShipment.of(id));
        assertThat(atShelf().onHand()).isEqualTo(pc(10));
        assertThat(atShelf().reserved()).isEqualTo(pc(4));
        assertThat(atShelf().available()).isEqualTo(pc(6));

        shipping.pick(alice, AdvanceShipment.of(id));
        assertThat(atShelf().reserved()).isEqualTo(pc(4));
        shipping.pack(alice, packed(id));
        assertThat(atShelf().reserved()).isEqualTo(pc(4));
        assertThat(atCustomer(bolt)).isEqualTo(pc(0));

        ShipmentSnapshot shipped = shipping.ship(alice, AdvanceShipment.of(id));
        assertThat(shipped.status()).isEqualTo(ShipmentStatus.SHIPPED);
        assertThat(atShelf().onHand()).isEqualTo(pc(6));
        assertThat(atShelf().reserved()).isEqualTo(pc(0));
        assertThat(atShelf().available()).isEqualTo(pc(6));
        assertThat(atCustomer(bolt)).isEqualTo(pc(4));
        assertThat(stock.reservations().reservations(alice, "shipment/" + id))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(ReservationStatus.CONSUMED));

        shipping.markInTransit(alice, AdvanceShipment.of(id).note("with the carrier"));
        ShipmentSnapshot delivered = shipping.recordDelivery(alice,
                RecordDelivery.of(id, "Ms Smith").at(NOW.plusSeconds(86_400)));
        assertThat(delivered.status()).isEqualTo(ShipmentStatus.DELIVERED);
        assertThat(delivered.deliveryProof()).isEqualTo(new DeliveryProof(NOW.plusSeconds(86_400), "Ms Smith"));
        assertThat(atShelf().onHand()).isEqualTo(pc(6));
        assertThat(atCustomer(bolt)).isEqualTo(pc(4));

        ShipmentSnapshot read = shipping.shipment(alice, id);
        assertThat(read.history()).extracting(ShipmentStep::transition).containsExactly(ShipmentTransition.CONFIRM,
                ShipmentTransition.PICK, ShipmentTransition.PACK, ShipmentTransition.SHIP, ShipmentTransition.DEPART,
                ShipmentTransition.DELIVER);
        assertThat(read.history()).allSatisfy(step -> {
            assertThat(step.actor()).isEqualTo("alice");
            assertThat(step.at()).isEqualTo(NOW);
        });
        assertThat(read.history().get(4).note()).isEqualTo("with the carrier");
        assertThat(published).extracting(DomainEvent::eventType).contains("ShipmentDrafted", "ShipmentConfirmed",
                "ShipmentPicked", "ShipmentPacked", "ShipmentDispatched", "ShipmentDeparted", "ShipmentDelivered",
                "StockReserved");
        assertThat(auditTrail()).filteredOn(r -> r.subjectId().equals(id.value())).hasSize(7);
        assertThat(shipping.shipments(alice, ShipmentStatus.DELIVERED)).extracting(ShipmentSnapshot::id).containsExactly(id);
    }

    @Test
    void cancellingBeforeShippingReleasesTheReservations() {
        ShipmentId id = shipping.draft(alice, order(4)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, packed(id));
        assertThat(atShelf().reserved()).isEqualTo(pc(4));

        ShipmentSnapshot cancelled = shipping.cancel(alice, AdvanceShipment.of(id).note("customer changed mind"));

        assertThat(cancelled.status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(atShelf().reserved()).isEqualTo(pc(0));
        assertThat(atShelf().onHand()).isEqualTo(pc(10));
        assertThat(published).extracting(DomainEvent::eventType).contains("ShipmentCancelled", "ReservationReleased");
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id)), "shipments.transition.not_allowed");
    }

    @Test
    void aDraftCancelsWithoutTouchingStock() {
        ShipmentId id = shipping.draft(alice, order(4)).id();
        assertThat(shipping.cancel(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.CANCELLED);
        assertThat(atShelf().available()).isEqualTo(pc(10));
    }

    @Test
    void aShipmentThatLeftCannotBeCancelled() {
        ShipmentId id = shipping.draft(alice, order(4)).id();
        for (Function<AdvanceShipment, ShipmentSnapshot> step : List.<Function<AdvanceShipment, ShipmentSnapshot>>of(
                c -> shipping.confirm(alice, c), c -> shipping.pick(alice, c), c -> shipping.pack(alice, packed(c.shipment())),
                c -> shipping.ship(alice, c))) {
            step.apply(AdvanceShipment.of(id));
        }
        assertRefused(id, () -> shipping.cancel(alice, AdvanceShipment.of(id)), "shipments.transition.not_allowed");
        assertThat(atShelf().onHand()).isEqualTo(pc(6));
    }

    @Test
    void unpickAndUnpackKeepTheStockReserved() {
        ShipmentId id = shipping.draft(alice, order(3)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, packed(id));
        assertThat(shipping.unpack(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.PICKED);
        assertThat(shipping.unpick(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.CONFIRMED);
        assertThat(atShelf().reserved()).isEqualTo(pc(3));
        assertRefused(id, () -> shipping.ship(alice, AdvanceShipment.of(id)), "shipments.transition.not_allowed");
    }

    @Test
    void failedDeliveryThenRetryOrReturn() {
        ShipmentId id = shipping.draft(alice, order(1)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, packed(id));
        shipping.ship(alice, AdvanceShipment.of(id));
        shipping.recordDeliveryFailure(alice, AdvanceShipment.of(id).note("nobody home"));
        assertThat(shipping.retryDelivery(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        shipping.recordDeliveryFailure(alice, AdvanceShipment.of(id));
        assertThat(shipping.recordReturn(alice, AdvanceShipment.of(id)).status()).isEqualTo(ShipmentStatus.RETURNED);
        assertRefused(id, () -> shipping.recordDelivery(alice, RecordDelivery.of(id, "x")),
                "shipments.transition.not_allowed");
    }

    @Test
    void notEnoughStockConfirmsNothing() {
        ShipmentId id = shipping.draft(alice, order(4).line(bolt.id(), Quantity.of(7, "pc"))).id();
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id)), "stock.quantity.insufficient");
        assertThat(atShelf().reserved()).isEqualTo(pc(0));
        assertThat(stock.reservations().reservations(alice, "shipment/" + id)).isEmpty();
        assertThat(shipping.shipment(alice, id).status()).isEqualTo(ShipmentStatus.DRAFT);
    }

    @Test
    void anItemTakingBackordersIsStillConfirmedWholeOrNotAtAll() {
        StockItemSnapshot nut = stock.itemCatalog().createItem(alice,
                CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc")).withBackorders(true));
        stock.inventory().move(alice, NewStockMove.receipt(nut.id(), pc(2), shelf));
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(nut.id(), pc(5))).id();

        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id)), "shipments.stock.insufficient");
        assertThat(stock.reservations().reservations(alice, "shipment/" + id)).isEmpty();
        assertThat(stock.reservations().backorders(alice, "shipment/" + id)).isEmpty();
        assertThat(stock.inventory().level(alice, nut.id(), shelf).reserved()).isEqualTo(pc(0));
    }

    @Test
    void lotsAndSerialNumbersAreReservedAndIssuedAsDrafted() {
        StockItemSnapshot paint = stock.itemCatalog().createItem(alice,
                CreateItem.of("PAINT", "Paint", UnitOfMeasure.of("pc")).tracked(Tracking.LOT));
        StockItemSnapshot phone = stock.itemCatalog().createItem(alice,
                CreateItem.of("PHONE", "Phone", UnitOfMeasure.of("pc")).tracked(Tracking.SERIAL));
        stock.inventory().move(alice, NewStockMove.receipt(paint.id(), pc(5), shelf).lot("L1"));
        stock.inventory().move(alice, NewStockMove.receipt(paint.id(), pc(5), shelf).lot("L2"));
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(3), shelf).serials("P1", "P2", "P3"));
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(DraftShipment.Line.of(paint.id(), pc(2)).lot("L2"))
                .line(DraftShipment.Line.of(phone.id(), pc(2)).serials("P1", "P3"))).id();

        shipping.confirm(alice, AdvanceShipment.of(id));
        assertThat(stock.reservations().reservations(alice, "shipment/" + id))
                .extracting(r -> r.lot()).containsExactlyInAnyOrder("L2", "P1", "P3");
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, packed(id));
        shipping.ship(alice, AdvanceShipment.of(id));

        assertThat(stock.inventory().levels(alice, paint.id())).filteredOn(l -> l.location().equals(shelf))
                .extracting(StockLevel::lot, StockLevel::onHand)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("L1", pc(5)),
                        org.assertj.core.groups.Tuple.tuple("L2", pc(3)));
        assertThat(stock.inventory().levels(alice, phone.id())).filteredOn(l -> l.location().equals(shelf)
                        && l.onHand().isPositive()).extracting(StockLevel::lot).containsExactly("P2");
        assertThat(atCustomer(phone)).isEqualTo(pc(2));
    }

    @Test
    void aLotTheStockDoesNotHaveIsRefusedByTheStockContext() {
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(DraftShipment.Line.of(bolt.id(), pc(1)).lot("L9"))).id();
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id)), "stock.lot.not_allowed");
    }

    @Test
    void theSameKeyReturnsTheFirstResultAndChangesNothingMore() {
        DraftShipment draft = order(2).withIdempotencyKey("draft-1");
        ShipmentSnapshot first = shipping.draft(alice, draft);
        ShipmentSnapshot again = shipping.draft(alice, draft);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(shipping.shipments(alice, ShipmentStatus.DRAFT)).hasSize(1);

        ShipmentId id = first.id();
        shipping.confirm(alice, AdvanceShipment.of(id).withIdempotencyKey("confirm-1"));
        int audit = auditTrail().size();
        published.clear();
        ShipmentSnapshot repeated = shipping.confirm(alice, AdvanceShipment.of(id).withIdempotencyKey("confirm-1"));
        assertThat(repeated.status()).isEqualTo(ShipmentStatus.CONFIRMED);
        assertThat(repeated.history()).hasSize(1);
        assertThat(atShelf().reserved()).isEqualTo(pc(2));
        assertThat(auditTrail()).hasSize(audit);
        assertThat(published).isEmpty();

        assertRefused(id, () -> shipping.pick(alice, AdvanceShipment.of(id).withIdempotencyKey("confirm-1")),
                "idempotency.key_reused");
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id)), "shipments.transition.not_allowed");
    }

    @Test
    void badInputIsRefusedWithACodeAndChangesNothing() {
        ShipmentId id = shipping.draft(alice, order(2)).id();
        assertRefused(id, () -> shipping.draft(alice, null), "validation.failed");
        assertRefused(id, () -> shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)),
                "validation.failed");
        assertRefused(id, () -> shipping.draft(alice, DraftShipment.of(null, TO, null).line(bolt.id(), pc(1))),
                "validation.failed");
        assertRefused(id, () -> shipping.draft(alice, order(0)), "shipments.lines.invalid");
        assertRefused(id, () -> shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(DraftShipment.Line.of(bolt.id(), pc(2)).serials("S1"))), "shipments.line.serials_mismatch");
        LocationId customer = stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
        assertRefused(id, () -> shipping.draft(alice, DraftShipment.of(customer, TO, PROMISED).line(bolt.id(), pc(1))),
                "shipments.origin.invalid");
        assertRefused(id, () -> shipping.draft(alice, DraftShipment.of(LocationId.of(newId()), TO, PROMISED)
                .line(bolt.id(), pc(1))), "shipments.origin.invalid");
        assertRefused(id, () -> shipping.confirm(alice, null), "validation.failed");
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(id).note("x".repeat(501))), "validation.failed");
        assertRefused(id, () -> shipping.confirm(alice, AdvanceShipment.of(ShipmentId.of(newId()))),
                "shipments.shipment.not_found");
        assertRefused(id, () -> shipping.shipment(alice, null), "validation.failed");
        assertRefused(id, () -> shipping.shipments(alice, null), "validation.failed");
        assertRefused(id, () -> shipping.confirm(null, AdvanceShipment.of(id)), "validation.failed");
    }

    @Test
    void anotherTenantNeitherSeesNorMovesAShipment() {
        ShipmentId id = shipping.draft(alice, order(2)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        assertRefused(id, () -> shipping.shipment(mallory, id), "shipments.shipment.not_found");
        assertRefused(id, () -> shipping.pick(mallory, AdvanceShipment.of(id)), "shipments.shipment.not_found");
        assertRefused(id, () -> shipping.cancel(mallory, AdvanceShipment.of(id)), "shipments.shipment.not_found");
        assertRefused(id, () -> shipping.draft(mallory, order(1)), "shipments.origin.invalid");
        assertThat(shipping.shipments(mallory, ShipmentStatus.CONFIRMED)).isEmpty();
        assertThat(atShelf().reserved()).isEqualTo(pc(2));
    }

    @Test
    void everyStepAsksForItsPermission() {
        ShipmentId id = shipping.draft(alice, order(2)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.FULFIL));
        assertRefused(id, () -> shipping.pick(alice, AdvanceShipment.of(id)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.CANCEL));
        assertRefused(id, () -> shipping.cancel(alice, AdvanceShipment.of(id)), "access.denied");
        wire((actor, permission) -> !permission.equals(dev.backoffice.stock.api.StockPermissions.RELEASE));
        assertRefused(id, () -> shipping.cancel(alice, AdvanceShipment.of(id)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.READ));
        assertRefused(id, () -> shipping.shipment(alice, id), "access.denied");
    }

    @Test
    void whatIsAvailableShipsAndTheRestBecomesALinkedBackorder() {
        StockItemSnapshot nut = stock.itemCatalog().createItem(alice, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc")));
        ShipmentId id = shipping.draft(alice, order(14).line(nut.id(), pc(2))).id();

        ShipmentSnapshot confirmed = shipping.confirmAvailable(alice, AdvanceShipment.of(id));

        assertThat(confirmed.status()).isEqualTo(ShipmentStatus.CONFIRMED);
        assertThat(confirmed.lines()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo(bolt.id());
            assertThat(l.quantity()).isEqualTo(pc(10));
        });
        assertThat(atShelf().reserved()).isEqualTo(pc(10));
        ShipmentSnapshot backorder = shipping.shipment(alice, confirmed.backorder());
        assertThat(backorder.status()).isEqualTo(ShipmentStatus.DRAFT);
        assertThat(backorder.backorderOf()).isEqualTo(id);
        assertThat(backorder.reference()).isEqualTo("order-1");
        assertThat(backorder.promisedDate()).isEqualTo(PROMISED);
        assertThat(backorder.lines()).extracting(l -> l.number() + " " + l.quantity())
                .containsExactly("1 4 pc", "2 2 pc");
        assertThat(published).extracting(DomainEvent::eventType).contains("ShipmentBackordered", "ShipmentDrafted",
                "ShipmentConfirmed");

        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), pc(4), shelf));
        stock.inventory().move(alice, NewStockMove.receipt(nut.id(), pc(2), shelf));
        shipping.confirm(alice, AdvanceShipment.of(backorder.id()));
        assertThat(atShelf().reserved()).isEqualTo(pc(14));
        assertThat(stock.inventory().level(alice, nut.id(), shelf).reserved()).isEqualTo(pc(2));
    }

    @Test
    void serialNumbersSplitOneByOne() {
        StockItemSnapshot phone = stock.itemCatalog().createItem(alice,
                CreateItem.of("PHONE", "Phone", UnitOfMeasure.of("pc")).tracked(Tracking.SERIAL));
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(2), shelf).serials("P1", "P2"));
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(DraftShipment.Line.of(phone.id(), pc(2)).serials("P1", "P3"))).id();

        ShipmentSnapshot confirmed = shipping.confirmAvailable(alice, AdvanceShipment.of(id));

        assertThat(confirmed.lines()).singleElement().satisfies(l -> assertThat(l.serials()).containsExactly("P1"));
        assertThat(shipping.shipment(alice, confirmed.backorder()).lines()).singleElement()
                .satisfies(l -> assertThat(l.serials()).containsExactly("P3"));
    }

    @Test
    void everythingAvailableConfirmsWithoutASplitAndNothingAvailableIsRefused() {
        ShipmentId whole = shipping.draft(alice, order(10)).id();
        ShipmentSnapshot confirmed = shipping.confirmAvailable(alice, AdvanceShipment.of(whole));
        assertThat(confirmed.backorder()).isNull();
        assertThat(confirmed.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(pc(10)));

        ShipmentId none = shipping.draft(alice, order(1)).id();
        assertRefused(none, () -> shipping.confirmAvailable(alice, AdvanceShipment.of(none)),
                "shipments.stock.insufficient");
        assertThat(shipping.shipments(alice, ShipmentStatus.DRAFT)).extracting(ShipmentSnapshot::id).containsExactly(none);
    }

    @Test
    void thePickingListIsGroupedAndOrderedByLocation() {
        LocationId binB = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "B", "Shelf B")).id();
        stock.inventory().move(alice, NewStockMove.transfer(bolt.id(), pc(10), shelf, binB));
        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), pc(2), shelf));
        ShipmentId id = shipping.draft(alice, order(5)).id();
        assertThat(shipping.pickingList(alice, id).stops()).isEmpty();
        shipping.confirm(alice, AdvanceShipment.of(id));

        PickingList list = shipping.pickingList(alice, id);

        assertThat(list.stops()).extracting(PickingList.Stop::code).containsExactly("MAIN/A", "MAIN/B");
        assertThat(list.stops()).flatExtracting(PickingList.Stop::picks).extracting(PickingList.Pick::quantity)
                .containsExactly(pc(2), pc(3));
        assertRefused(id, () -> shipping.pickingList(mallory, id), "shipments.shipment.not_found");
    }

    @Test
    void packagesAreKeptWhenPackedAndDroppedWhenUnpacked() {
        ShipmentId id = shipping.draft(alice, order(2)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        assertRefused(id, () -> shipping.pack(alice, PackShipment.of(id)), "validation.failed");
        assertRefused(id, () -> shipping.pack(alice, PackShipment.of(id).box("BOX", Quantity.of(0, "kg"),
                pc(1), pc(1), pc(1))), "shipments.package.invalid");
        assertRefused(id, () -> shipping.pack(alice, PackShipment.of(id).box("BOX", Quantity.of(1, "kg"),
                Quantity.of(1, "cm"), Quantity.of(1, "cm"), Quantity.of(1, "mm"))), "shipments.package.invalid");

        ShipmentSnapshot packed = shipping.pack(alice, packed(id).box("BOX-S", Quantity.of("0.8", "kg"),
                Quantity.of(20, "cm"), Quantity.of(15, "cm"), Quantity.of(10, "cm")));

        assertThat(packed.packages()).extracting(p -> p.number() + " " + p.boxType() + " " + p.weight())
                .containsExactly("1 BOX-M 2.5 kg", "2 BOX-S 0.8 kg");
        assertThat(shipping.unpack(alice, AdvanceShipment.of(id)).packages()).isEmpty();
    }

    @Test
    void lateShipmentsThroughTheApi() {
        ShipmentId late = shipping.draft(alice, order(1)).id();
        ShipmentId done = shipping.draft(alice, order(1)).id();
        shipping.cancel(alice, AdvanceShipment.of(done));
        assertThat(shipping.lateShipments(alice, PROMISED)).isEmpty();
        assertThat(shipping.lateShipments(alice, PROMISED.plusDays(1))).extracting(ShipmentSnapshot::id)
                .containsExactly(late);
        assertThat(shipping.lateShipments(mallory, PROMISED.plusDays(1))).isEmpty();
        assertRefused(late, () -> shipping.lateShipments(alice, null), "validation.failed");
    }

    private ShipmentId delivered(int bolts) {
        ShipmentId id = shipping.draft(alice, order(bolts)).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, packed(id));
        shipping.ship(alice, AdvanceShipment.of(id));
        shipping.recordDelivery(alice, RecordDelivery.of(id, "Ms Smith"));
        return id;
    }

    @Test
    void returnedGoodsGoBackIntoStockOrToTheDamagedLocation() {
        LocationId damaged = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "DMG", "Damaged")).id();
        ShipmentId id = delivered(4);
        assertThat(atShelf().onHand()).isEqualTo(pc(6));

        ShipmentSnapshot back = shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, damaged)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(2)))
                .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1))).withIdempotencyKey("return-1"));

        assertThat(atShelf().onHand()).isEqualTo(pc(8));
        assertThat(stock.inventory().level(alice, bolt.id(), damaged).onHand()).isEqualTo(pc(1));
        assertThat(atCustomer(bolt)).isEqualTo(pc(1));
        assertThat(back.returns()).extracting(r -> r.quantity() + " " + r.damaged()).containsExactly("2 pc false", "1 pc true");
        assertThat(published).extracting(DomainEvent::eventType).contains("ShipmentGoodsReturned", "StockMoved");
        shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, damaged)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(2)))
                .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1))).withIdempotencyKey("return-1"));
        assertThat(atShelf().onHand()).isEqualTo(pc(8));

        assertRefused(id, () -> shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, null)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(2)))), "shipments.return.too_much");
        shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(1))));
        assertThat(atCustomer(bolt)).isEqualTo(pc(0));
    }

    @Test
    void aReturnIsRefusedWholeAndChangesNothing() {
        ShipmentId id = delivered(4);
        StockItemSnapshot nut = stock.itemCatalog().createItem(alice, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc")));
        assertRefused(id, () -> shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, null)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))
                .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1)))), "shipments.return.location_required");
        assertRefused(id, () -> shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, null)
                .line(ReceiveReturn.Line.sound(nut.id(), pc(1)))), "shipments.return.too_much");
        assertRefused(id, () -> shipping.receiveReturn(alice, ReceiveReturn.of(id, shelf, null)), "validation.failed");
        assertRefused(id, () -> shipping.receiveReturn(mallory, ReceiveReturn.of(id, shelf, null)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))), "shipments.shipment.not_found");
        ShipmentId packedOnly = shipping.draft(alice, order(1)).id();
        assertRefused(packedOnly, () -> shipping.receiveReturn(alice, ReceiveReturn.of(packedOnly, shelf, null)
                .line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))), "shipments.return.not_allowed");
        assertThat(atShelf().onHand()).isEqualTo(pc(6));
    }
}
