package dev.backoffice.contract;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.shipments.api.AdvanceReturn;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.AuthorizeReturn;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.Carriers;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.ReceiveReturnShipment;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.RequestReturnLabel;
import dev.backoffice.shipments.api.ReturnShipmentSnapshot;
import dev.backoffice.shipments.api.Returns;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import dev.backoffice.shipments.domain.ReturnShipmentStep;
import dev.backoffice.shipments.domain.ReturnShipmentTransition;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Return shipments (return merchandise authorizations) through the {@link Returns} api over the
 * adapters under test, with the shipments, the carrier ({@link InMemoryCarrier}), the stock, its
 * valuation and the ledger it posts to over the same adapters: authorized against a delivered
 * shipment, labelled by the carrier, in transit, received back into stock and into a location for
 * damaged goods; the stock on hand, its value and the ledger (inventory, cost of goods sold) agree
 * afterwards; what may come back is never exceeded; every step the table does not allow and every
 * other refusal changes nothing; idempotency, permissions, tenants; and the port's optimistic version.
 */
public abstract class ReturnsContract extends ShipmentsAdapterContract {

    private static final Address TO = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected final InMemoryCarrier carrier = new InMemoryCarrier();
    protected StockContext stock;
    protected Shipping shipping;
    protected Carriers carriers;
    protected Returns returns;
    protected StockValuation valuation;
    protected AccountsContext accounts;
    protected Actor alice;
    protected Actor mallory;
    private WarehouseSnapshot main;
    private LocationId shelf;
    private LocationId damaged;
    private StockItemSnapshot bolt;
    private StockItemSnapshot nut;
    private AccountSnapshot inventoryAccount;
    private AccountSnapshot cogs;
    private ValuedContexts contexts;

    @BeforeEach
    void contexts() {
        wire(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        StockAccounts posting = postStockValue(contexts, alice);
        inventoryAccount = posting.inventory();
        cogs = posting.costOfGoodsSold();
        valuation = valuation(contexts);
        main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        shelf = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        damaged = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "DMG", "Damaged")).id();
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc").with("box", "2"))
                .valuedBy(ValuationMethod.FIFO));
        nut = stock.itemCatalog().createItem(alice, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc"))
                .valuedBy(ValuationMethod.FIFO));
        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), pc(10), shelf).withUnitCost(eur("2.00")));
        published.clear();
    }

    private void wire(AccessPolicy policy) {
        contexts = valuedContexts(policy, published::addAll, carrier);
        accounts = contexts.accounts();
        stock = contexts.stock();
        shipping = contexts.shipments().shipping();
        carriers = contexts.shipments().carriers();
        returns = contexts.shipments().returns();
    }

    private static Quantity pc(long n) {
        return Quantity.of(n, "pc");
    }

    /** A shipment of that many bolts, booked with the carrier (one package) when asked, shipped and delivered. */
    private ShipmentId delivered(int bolts, boolean booked) {
        ShipmentId id = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO, LocalDate.of(2026, 3, 6))
                .reference("order-1").line(bolt.id(), pc(bolts))).id();
        shipping.confirm(alice, AdvanceShipment.of(id));
        shipping.pick(alice, AdvanceShipment.of(id));
        shipping.pack(alice, PackShipment.of(id).box("BOX-M", Quantity.of("2.5", "kg"), Quantity.of(40, "cm"),
                Quantity.of(30, "cm"), Quantity.of(20, "cm")));
        if (booked) {
            carriers.book(alice, BookCarrier.cheapest(id));
        }
        shipping.ship(alice, AdvanceShipment.of(id));
        shipping.recordDelivery(alice, RecordDelivery.of(id, "Ms Smith"));
        published.clear();
        return id;
    }

    private Quantity onHand(LocationId location) {
        return stock.inventory().level(alice, bolt.id(), location).onHand();
    }

    private LocationId customer() {
        return stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
    }

    /** The ledger balance of an account, debit positive. */
    private Money ledger(AccountSnapshot account) {
        return accounts.financialReports().balance(alice, account.id()).balance();
    }

    /** Stock on hand per place, its value at 2.00 a bolt, the valuation report and the ledger agree. */
    private void assertStockAndLedgerAgree(long onShelf, long inDamaged, long atCustomer) {
        assertThat(onHand(shelf)).isEqualTo(pc(onShelf));
        assertThat(onHand(damaged)).isEqualTo(pc(inDamaged));
        assertThat(onHand(customer())).isEqualTo(pc(atCustomer));
        Money value = eur("2.00").times(onShelf + inDamaged);
        assertThat(valuation.itemValuation(alice, bolt.id()).quantity()).isEqualTo(pc(onShelf + inDamaged));
        assertThat(valuation.itemValuation(alice, bolt.id()).value()).isEqualTo(value);
        assertThat(valuation.report(alice).total()).isEqualTo(value);
        assertThat(ledger(inventoryAccount)).isEqualTo(value);
        // what went to the customers and did not come back is the cost of goods sold
        assertThat(ledger(cogs)).isEqualTo(eur("2.00").times(atCustomer));
        assertThat(accounts.financialReports().trialBalance(alice).isBalanced()).isTrue();
    }

    private List<AuditRecord> auditTrail() {
        return inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100_000));
    }

    private String stateOf(ReturnShipmentId id) {
        return (id == null ? "" : inTx(() -> shipmentsAdapters().returnShipments().find(tenant, id))
                .map(r -> r.status() + " " + r.trackingNumber() + " " + r.history() + " v" + r.version())
                .orElse("none"))
                + " | " + stock.inventory().levels(alice, bolt.id()) + " | " + valuation.report(alice).total()
                + " | " + accounts.financialReports().trialBalance(alice);
    }

    /** The call fails with the code; the return, the stock, its value, the ledger, the audit trail and the events stay as they were. */
    private void assertRefused(ReturnShipmentId returnShipment, ThrowingCallable call, String code) {
        String before = stateOf(returnShipment);
        int auditBefore = auditTrail().size();
        published.clear();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).as("code of %s", thrown).isEqualTo(code);
        assertThat(stateOf(returnShipment)).isEqualTo(before);
        assertThat(auditTrail()).hasSize(auditBefore);
        assertThat(published).isEmpty();
    }

    @Test
    void fromAuthorizationToReceiptTheGoodsAreBackInStockAndTheLedgerAgrees() {
        ShipmentId shipment = delivered(4, true);
        assertStockAndLedgerAgree(6, 0, 4);

        ReturnShipmentSnapshot authorized = returns.authorize(alice, AuthorizeReturn.of(shipment).reason(" too small ")
                .line(bolt.id(), Quantity.of(1, "box")).line(bolt.id(), pc(1)));
        assertThat(authorized.status()).isEqualTo(ReturnShipmentStatus.AUTHORIZED);
        assertThat(authorized.shipment()).isEqualTo(shipment);
        assertThat(authorized.reason()).isEqualTo("too small");
        assertThat(authorized.lines()).extracting(ShipmentLine::number, ShipmentLine::quantity)
                .containsExactly(Tuple.tuple(1, pc(2)), Tuple.tuple(2, pc(1)));
        assertThat(authorized.createdBy()).isEqualTo("alice");
        assertThat(authorized.createdAt()).isEqualTo(NOW);
        assertThat(authorized.history()).isEmpty();
        assertStockAndLedgerAgree(6, 0, 4);

        ReturnShipmentSnapshot labelled = returns.requestLabel(alice, RequestReturnLabel.of(authorized.id(), 1));
        assertThat(labelled.status()).isEqualTo(ReturnShipmentStatus.LABELLED);
        assertThat(labelled.trackingNumber()).isNotBlank();
        assertThat(labelled.label()).contains(labelled.trackingNumber());
        ReturnShipmentSnapshot underway = returns.markInTransit(alice, AdvanceReturn.of(authorized.id())
                .note("handed to the carrier"));
        assertThat(underway.status()).isEqualTo(ReturnShipmentStatus.IN_TRANSIT);

        ReturnShipmentSnapshot received = returns.receive(alice, ReceiveReturnShipment.of(authorized.id(), shelf)
                .damaged(damaged, 2).note("one dented"));

        assertThat(received.status()).isEqualTo(ReturnShipmentStatus.RECEIVED);
        assertThat(received.history()).extracting(ReturnShipmentStep::transition, ReturnShipmentStep::from,
                ReturnShipmentStep::to).containsExactly(
                Tuple.tuple(ReturnShipmentTransition.LABEL, ReturnShipmentStatus.AUTHORIZED, ReturnShipmentStatus.LABELLED),
                Tuple.tuple(ReturnShipmentTransition.DEPART, ReturnShipmentStatus.LABELLED, ReturnShipmentStatus.IN_TRANSIT),
                Tuple.tuple(ReturnShipmentTransition.RECEIVE, ReturnShipmentStatus.IN_TRANSIT, ReturnShipmentStatus.RECEIVED));
        assertThat(received.history()).allSatisfy(step -> {
            assertThat(step.actor()).isEqualTo("alice");
            assertThat(step.at()).isEqualTo(NOW);
        });
        assertThat(received.history()).extracting(ReturnShipmentStep::note)
                .containsExactly(null, "handed to the carrier", "one dented");
        // received exactly as Shipping.receiveReturn receives: kept on the shipment, through the stock api
        assertThat(shipping.shipment(alice, shipment).returns())
                .extracting(g -> g.quantity() + " " + g.damaged() + " " + g.location())
                .containsExactly("2 pc false " + shelf.value(), "1 pc true " + damaged.value());
        assertStockAndLedgerAgree(8, 1, 1);
        assertThat(published).extracting(DomainEvent::eventType).contains("ReturnShipmentLabelled",
                "ReturnShipmentDeparted", "ReturnShipmentReceived", "ShipmentGoodsReturned", "StockMoved");
        assertThat(returns.returnShipment(alice, authorized.id())).isEqualTo(received);
        assertThat(returns.returnsOf(alice, shipment)).containsExactly(received);
        assertThat(auditTrail()).filteredOn(r -> r.subjectId().equals(authorized.id().value()))
                .extracting(AuditRecord::action).containsExactly(ShipmentsPermissions.AUTHORIZE_RETURN,
                        ShipmentsPermissions.BOOK, ShipmentsPermissions.TRACK, ShipmentsPermissions.RECEIVE_RETURN);
    }

    @Test
    void aReturnMayBeReceivedStraightAfterItsAuthorization() {
        ShipmentId shipment = delivered(4, false);
        ReturnShipmentId id = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(4))).id();
        published.clear();

        ReturnShipmentSnapshot received = returns.receive(alice, ReceiveReturnShipment.of(id, shelf));

        assertThat(received.status()).isEqualTo(ReturnShipmentStatus.RECEIVED);
        assertThat(received.trackingNumber()).isNull();
        assertStockAndLedgerAgree(10, 0, 0);
        assertThat(published).extracting(DomainEvent::eventType).containsSubsequence("ShipmentGoodsReturned",
                "ReturnShipmentReceived");
    }

    @Test
    void authorizationsCountAgainstWhatMayStillComeBack() {
        ShipmentId shipment = delivered(4, false);
        ReturnShipmentId first = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(3))).id();
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(2))),
                "shipments.return.too_much");
        ReturnShipmentId second = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))).id();
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))),
                "shipments.return.too_much");

        returns.cancel(alice, AdvanceReturn.of(first).note("the customer kept them"));
        ReturnShipmentId third = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(3))).id();
        returns.receive(alice, ReceiveReturnShipment.of(second, shelf));
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))),
                "shipments.return.too_much");

        assertThat(returns.returnsOf(alice, shipment)).extracting(ReturnShipmentSnapshot::id, ReturnShipmentSnapshot::status)
                .containsExactly(Tuple.tuple(first, ReturnShipmentStatus.CANCELLED),
                        Tuple.tuple(second, ReturnShipmentStatus.RECEIVED),
                        Tuple.tuple(third, ReturnShipmentStatus.AUTHORIZED));
        assertStockAndLedgerAgree(7, 0, 3);
    }

    @Test
    void refusesAuthorizationsThatCannotBeGiven() {
        ShipmentId shipment = delivered(4, false);
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(nut.id(), pc(1))),
                "shipments.return.too_much");
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(5))),
                "shipments.return.too_much");
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(0))),
                "shipments.lines.invalid");
        assertRefused(null, () -> returns.authorize(alice, new AuthorizeReturn(shipment, null,
                List.of(new AuthorizeReturn.Line(bolt.id(), pc(2), null, List.of("S1"))), null)),
                "shipments.line.serials_mismatch");
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment)), "validation.failed");
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))
                .reason("x".repeat(501))), "validation.failed");
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(ShipmentId.of(newId()))
                .line(bolt.id(), pc(1))), "shipments.shipment.not_found");
        ShipmentId notDelivered = shipping.draft(alice, DraftShipment.of(main.rootLocation(), TO,
                LocalDate.of(2026, 3, 6)).line(bolt.id(), pc(1))).id();
        assertRefused(null, () -> returns.authorize(alice, AuthorizeReturn.of(notDelivered).line(bolt.id(), pc(1))),
                "shipments.return.not_allowed");
        assertThat(returns.returnsOf(alice, shipment)).isEmpty();
        assertStockAndLedgerAgree(6, 0, 4);
    }

    @Test
    void stepsTheTableDoesNotAllowAreRefusedAndChangeNothing() {
        ShipmentId shipment = delivered(4, true);
        ReturnShipmentId id = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))).id();
        returns.requestLabel(alice, RequestReturnLabel.of(id, 1));
        assertRefused(id, () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 1)),
                "shipments.return_shipment.not_allowed");
        returns.markInTransit(alice, AdvanceReturn.of(id));
        assertRefused(id, () -> returns.markInTransit(alice, AdvanceReturn.of(id)), "shipments.return_shipment.not_allowed");
        assertRefused(id, () -> returns.cancel(alice, AdvanceReturn.of(id)), "shipments.return_shipment.not_allowed");
        returns.receive(alice, ReceiveReturnShipment.of(id, shelf));
        for (ThrowingCallable call : List.<ThrowingCallable>of(
                () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf)),
                () -> returns.cancel(alice, AdvanceReturn.of(id)),
                () -> returns.markInTransit(alice, AdvanceReturn.of(id)),
                () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 1)))) {
            assertRefused(id, call, "shipments.return_shipment.not_allowed");
        }

        ReturnShipmentId cancelled = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))).id();
        returns.cancel(alice, AdvanceReturn.of(cancelled));
        assertRefused(cancelled, () -> returns.receive(alice, ReceiveReturnShipment.of(cancelled, shelf)),
                "shipments.return_shipment.not_allowed");
        assertRefused(cancelled, () -> returns.requestLabel(alice, RequestReturnLabel.of(cancelled, 1)),
                "shipments.return_shipment.not_allowed");
        assertRefused(null, () -> returns.markInTransit(alice, AdvanceReturn.of(ReturnShipmentId.of(newId()))),
                "shipments.return_shipment.not_found");
        assertRefused(null, () -> returns.returnShipment(alice, ReturnShipmentId.of(newId())),
                "shipments.return_shipment.not_found");
        assertStockAndLedgerAgree(7, 0, 3);
    }

    @Test
    void aRefusedReceiptChangesNothing() {
        ShipmentId shipment = delivered(4, false);
        ReturnShipmentId id = returns.authorize(alice, AuthorizeReturn.of(shipment)
                .line(bolt.id(), pc(2)).line(bolt.id(), pc(1))).id();
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf).damaged(null, 2)),
                "shipments.return.location_required");
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf).damaged(damaged, 3)),
                "shipments.return_shipment.line_unknown");
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, null)), "validation.failed");
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf).damaged(damaged, 0)),
                "validation.failed");
        // meanwhile two came back without the return: the third is more than the shipment has out
        shipping.receiveReturn(alice, ReceiveReturn.of(shipment, shelf, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(2))));
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf)), "shipments.return.too_much");
        assertStockAndLedgerAgree(8, 0, 2);
    }

    @Test
    void theCarriersRefusalsChangeNothing() {
        ShipmentId unbooked = delivered(2, false);
        ReturnShipmentId withoutBooking = returns.authorize(alice, AuthorizeReturn.of(unbooked).line(bolt.id(), pc(1))).id();
        assertRefused(withoutBooking, () -> returns.requestLabel(alice, RequestReturnLabel.of(withoutBooking, 1)),
                "shipments.booking.none");
        ShipmentId booked = delivered(2, true);
        ReturnShipmentId id = returns.authorize(alice, AuthorizeReturn.of(booked).line(bolt.id(), pc(1))).id();
        assertRefused(id, () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 2)), "shipments.tracking.unknown");
        assertRefused(id, () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 0)), "validation.failed");
        carrier.failEverything(true);
        assertRefused(id, () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 1)), "shipments.carrier.failed");
        carrier.failEverything(false);
        assertThat(returns.requestLabel(alice, RequestReturnLabel.of(id, 1)).status())
                .isEqualTo(ReturnShipmentStatus.LABELLED);
    }

    @Test
    void anIdempotencyKeyTakesEachStepOnce() {
        ShipmentId shipment = delivered(4, true);
        AuthorizeReturn authorize = AuthorizeReturn.of(shipment).line(bolt.id(), pc(2)).withIdempotencyKey("rma-1");
        ReturnShipmentSnapshot first = returns.authorize(alice, authorize);
        assertThat(returns.authorize(alice, authorize)).isEqualTo(first);
        assertThat(returns.returnsOf(alice, shipment)).hasSize(1);

        RequestReturnLabel label = RequestReturnLabel.of(first.id(), 1).withIdempotencyKey("label-1");
        ReturnShipmentSnapshot labelled = returns.requestLabel(alice, label);
        published.clear();
        assertThat(returns.requestLabel(alice, label)).isEqualTo(labelled);
        assertThat(published).isEmpty();

        AdvanceReturn depart = AdvanceReturn.of(first.id()).withIdempotencyKey("depart-1");
        ReturnShipmentSnapshot underway = returns.markInTransit(alice, depart);
        assertThat(returns.markInTransit(alice, depart)).isEqualTo(underway);

        ReceiveReturnShipment receive = ReceiveReturnShipment.of(first.id(), shelf).withIdempotencyKey("dock-1");
        ReturnShipmentSnapshot received = returns.receive(alice, receive);
        published.clear();
        int audit = auditTrail().size();
        assertThat(returns.receive(alice, receive)).isEqualTo(received);
        assertThat(published).isEmpty();
        assertThat(auditTrail()).hasSize(audit);
        assertStockAndLedgerAgree(8, 0, 2);
        assertRefused(first.id(), () -> returns.cancel(alice, AdvanceReturn.of(first.id()).withIdempotencyKey("dock-1")),
                "idempotency.key_reused");
    }

    @Test
    void tenantsAndPermissionsAreKept() {
        ShipmentId shipment = delivered(4, true);
        ReturnShipmentId id = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))).id();
        assertRefused(id, () -> returns.returnShipment(mallory, id), "shipments.return_shipment.not_found");
        assertRefused(id, () -> returns.markInTransit(mallory, AdvanceReturn.of(id)), "shipments.return_shipment.not_found");
        assertRefused(id, () -> returns.cancel(mallory, AdvanceReturn.of(id)), "shipments.return_shipment.not_found");
        assertRefused(id, () -> returns.receive(mallory, ReceiveReturnShipment.of(id, shelf)),
                "shipments.return_shipment.not_found");
        assertRefused(id, () -> returns.requestLabel(mallory, RequestReturnLabel.of(id, 1)),
                "shipments.return_shipment.not_found");
        assertRefused(id, () -> returns.authorize(mallory, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))),
                "shipments.shipment.not_found");
        assertThat(returns.returnsOf(mallory, shipment)).isEmpty();

        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.AUTHORIZE_RETURN));
        assertRefused(id, () -> returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))),
                "access.denied");
        assertRefused(id, () -> returns.cancel(alice, AdvanceReturn.of(id)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.BOOK));
        assertRefused(id, () -> returns.requestLabel(alice, RequestReturnLabel.of(id, 1)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.TRACK));
        assertRefused(id, () -> returns.markInTransit(alice, AdvanceReturn.of(id)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.RECEIVE_RETURN));
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf)), "access.denied");
        wire((actor, permission) -> !permission.equals("stock.move.complete"));
        assertRefused(id, () -> returns.receive(alice, ReceiveReturnShipment.of(id, shelf)), "access.denied");
        wire((actor, permission) -> !permission.equals(ShipmentsPermissions.READ));
        assertRefused(id, () -> returns.returnShipment(alice, id), "access.denied");
        assertRefused(id, () -> returns.returnsOf(alice, shipment), "access.denied");
    }

    @Test
    void thePortKeepsReturnsPerTenantOldestFirstAndRefusesAStaleUpdate() {
        ShipmentId shipment = delivered(4, false);
        ReturnShipmentId one = returns.authorize(alice, AuthorizeReturn.of(shipment).reason("late")
                .line(bolt.id(), pc(1))).id();
        ReturnShipmentId two = returns.authorize(alice, AuthorizeReturn.of(shipment).line(bolt.id(), pc(1))).id();
        assertThat(inTx(() -> shipmentsAdapters().returnShipments().findByShipment(tenant, shipment)))
                .extracting(ReturnShipment::id).containsExactly(one, two);
        assertThat(inTx(() -> shipmentsAdapters().returnShipments().findByShipment(otherTenant, shipment))).isEmpty();
        assertThat(inTx(() -> shipmentsAdapters().returnShipments().find(otherTenant, one))).isEmpty();
        assertThat(inTx(() -> shipmentsAdapters().returnShipments().find(tenant, null))).isEmpty();

        ReturnShipment a = inTx(() -> shipmentsAdapters().returnShipments().find(tenant, one)).orElseThrow();
        ReturnShipment b = inTx(() -> shipmentsAdapters().returnShipments().find(tenant, one)).orElseThrow();
        a.label("RT-1", "LABEL RT-1", "alice", NOW, AdapterContract::newId);
        inTx(() -> shipmentsAdapters().returnShipments().update(a));
        b.advance(ReturnShipmentTransition.CANCEL, "bob", NOW, null, AdapterContract::newId);
        assertThatThrownBy(() -> inTx(() -> shipmentsAdapters().returnShipments().update(b)))
                .isInstanceOf(ConcurrentUpdateException.class);

        ReturnShipment stored = inTx(() -> shipmentsAdapters().returnShipments().find(tenant, one)).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReturnShipmentStatus.LABELLED);
        assertThat(stored.trackingNumber()).isEqualTo("RT-1");
        assertThat(stored.label()).isEqualTo("LABEL RT-1");
        assertThat(stored.reason()).isEqualTo("late");
        assertThat(stored.lines()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo(bolt.id().value());
            assertThat(l.quantity()).isEqualTo(pc(1));
        });
        assertThat(stored.history()).singleElement().satisfies(s -> assertThat(s.actor()).isEqualTo("alice"));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @Test
    void linesWithLotsAndSerialNumbersAreStoredAsGiven() {
        ShipmentId shipment = delivered(4, false);
        ReturnShipment r = ReturnShipment.authorize(ReturnShipmentId.of(newId()), tenant, shipment, null,
                List.of(new ShipmentLine(1, UUID.randomUUID(), pc(2), null, List.of("S-1", "S-2")),
                        new ShipmentLine(2, UUID.randomUUID(), Quantity.of("1.5", "kg"), "L-7", List.of())),
                "alice", NOW, AdapterContract::newId);
        inTx(() -> shipmentsAdapters().returnShipments().add(r));
        ReturnShipment stored = inTx(() -> shipmentsAdapters().returnShipments().find(tenant, r.id())).orElseThrow();
        assertThat(stored.lines()).isEqualTo(r.lines());
        assertThat(stored.status()).isEqualTo(ReturnShipmentStatus.AUTHORIZED);
        assertThat(stored.version()).isZero();
    }
}
