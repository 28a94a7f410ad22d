package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.CloseReceipt;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.ExpectReceipt;
import dev.backoffice.shipments.api.InboundReceiptSnapshot;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.ReceiveGoods;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.reliability.BadInputCheck.printable;
import static dev.backoffice.reliability.BadInputCheck.repeat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R7 bad input in shipments: drafts with bad addresses and lines, packing with bad weights and
 * dimensions, tracking, deliveries, customer returns and inbound receipts, each refused with a
 * typed error and its code, and nothing is stored: no shipment, receipt, stock move, audit record
 * or event. Generated text fuzzes the {@link Address} value object, which answers a valid address
 * or a typed error with its code.
 */
class BadInputShipmentsTest {

    private static final LocalDate PROMISED = LocalDate.of(2026, 3, 20);
    private static final String[] COUNTRIES = java.util.Locale.getISOCountries();
    private static final Address TO = Address.of("DE", "10115", "Invalidenstr. 1", "Berlin");

    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).eventPublisher(events::addAll)
            .clock(Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC)).build();
    private final Actor alice = Actor.of("bad-input", "alice");
    private final Actor mallory = Actor.of("bad-input-other", "mallory");
    private final BadInputCheck check = new BadInputCheck(events);

    private static Quantity pc(long count) {
        return Quantity.of(count, "pc");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private ShipmentSnapshot advanced(Actor actor, LocationId origin, ItemId item, int count, boolean deliver) {
        ShipmentId id = backOffice.shipping().draft(actor, DraftShipment.of(origin, TO, PROMISED).line(item, pc(count))).id();
        backOffice.shipping().confirm(actor, AdvanceShipment.of(id));
        ShipmentSnapshot picked = backOffice.shipping().pick(actor, AdvanceShipment.of(id));
        if (!deliver) {
            return picked;
        }
        backOffice.shipping().pack(actor, PackShipment.of(id).box("BOX-M", Quantity.of("2.5", "kg"), Quantity.of(40, "cm"),
                Quantity.of(30, "cm"), Quantity.of(20, "cm")));
        backOffice.shipping().ship(actor, AdvanceShipment.of(id));
        return backOffice.shipping().recordDelivery(actor, RecordDelivery.of(id, "Ms Smith"));
    }

    private PackShipment box(ShipmentId id, Quantity weight, Quantity length, Quantity width, Quantity height) {
        return PackShipment.of(id).box("BOX-M", weight, length, width, height);
    }

    @Test
    void malformedShipmentsCommandsAreRefusedWithACodeAndChangeNothing() {
        WarehouseSnapshot main = backOffice.warehousing().openWarehouse(alice, dev.backoffice.stock.api.OpenWarehouse.of("MAIN",
                "Main"));
        LocationId shelf = backOffice.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A")).id();
        StockItemSnapshot bolt = backOffice.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")));
        StockItemSnapshot nut = backOffice.itemCatalog().createItem(alice, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc")));
        backOffice.inventory().move(alice, NewStockMove.receipt(bolt.id(), pc(20), shelf));
        LocationId customer = backOffice.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id();
        ShipmentSnapshot draft = backOffice.shipping().draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                .line(bolt.id(), pc(1)));
        ShipmentSnapshot picked = advanced(alice, main.rootLocation(), bolt.id(), 2, false);
        ShipmentSnapshot delivered = advanced(alice, main.rootLocation(), bolt.id(), 3, true);
        InboundReceiptSnapshot expected = backOffice.receiving().expect(alice, ExpectReceipt.of("supplier-7", shelf, PROMISED)
                .line(bolt.id(), pc(100), eur("0.50")));

        WarehouseSnapshot foreignMain = backOffice.warehousing().openWarehouse(mallory,
                dev.backoffice.stock.api.OpenWarehouse.of("MAIN", "Main"));
        LocationId foreignShelf = backOffice.warehousing().addLocation(mallory, AddLocation.of(foreignMain.rootLocation(), "A",
                "Shelf A")).id();
        StockItemSnapshot foreignBolt = backOffice.itemCatalog().createItem(mallory, CreateItem.of("BOLT", "Bolt",
                UnitOfMeasure.of("pc")));
        backOffice.inventory().move(mallory, NewStockMove.receipt(foreignBolt.id(), pc(20), foreignShelf));
        ShipmentSnapshot foreignDelivered = advanced(mallory, foreignMain.rootLocation(), foreignBolt.id(), 3, true);
        InboundReceiptSnapshot foreignExpected = backOffice.receiving().expect(mallory, ExpectReceipt.of("supplier-7",
                foreignShelf, PROMISED).line(foreignBolt.id(), pc(100), eur("0.50")));

        check.watch("audit trail", () -> backOffice.auditTrail().records(alice, AuditQuery.all()).size())
                .watch("another tenant's audit trail", () -> backOffice.auditTrail().records(mallory, AuditQuery.all()).size())
                .watch("shipments", () -> Arrays.stream(ShipmentStatus.values())
                        .map(status -> backOffice.shipping().shipments(alice, status)).toList())
                .watch("another tenant's shipments", () -> Arrays.stream(ShipmentStatus.values())
                        .map(status -> backOffice.shipping().shipments(mallory, status)).toList())
                .watch("receipts", () -> backOffice.receiving().openReceipts(alice))
                .watch("another tenant's receipts", () -> backOffice.receiving().openReceipts(mallory))
                .watch("bolts on the shelf", () -> backOffice.inventory().level(alice, bolt.id(), shelf))
                .watch("bolts at the customer", () -> backOffice.inventory().level(alice, bolt.id(), customer))
                .watch("nuts on the shelf", () -> backOffice.inventory().level(alice, nut.id(), shelf))
                .watch("another tenant's bolts", () -> backOffice.inventory().level(mallory, foreignBolt.id(), foreignShelf));

        // ---- draft shipments: addresses ----
        String[][] badCountries = {{null}, {""}, {" "}, {"XX"}, {"DEU"}, {"D"}, {"D\u0000"}, {"' OR 1=1"}, {"ÄÖ"}};
        for (String[] country : badCountries) {
            check.refused("country " + printable(country[0]), "shipments.address.country_invalid", () -> backOffice.shipping()
                    .draft(alice, DraftShipment.of(main.rootLocation(), Address.of(country[0], "10115", "Main St 1"), PROMISED)
                            .line(bolt.id(), pc(1))));
        }
        String[] badPostalCodes = {null, "", " ", "-1234", repeat(16), "10115\u0000", "10;115", "'; DROP TABLE x;--", "１０１１５"};
        for (String postal : badPostalCodes) {
            check.refused("postal code " + printable(postal), "shipments.address.postal_code_invalid", () -> backOffice
                    .shipping().draft(alice, DraftShipment.of(main.rootLocation(), Address.of("DE", postal, "Main St 1"),
                            PROMISED).line(bolt.id(), pc(1))));
        }
        List<List<String>> badLines = Arrays.asList(null, List.of(), List.of(" "), List.of(repeat(101)), List.of("a", "b", "c", "d", "e"),
                List.of("Main St 1\u0000"), List.of("Main St 1", "\u001b[2J"), Arrays.asList("Main St 1", null), List.of("Main\nSt 1"));
        for (List<String> lines : badLines) {
            check.refused("address lines " + lines, "shipments.address.lines_invalid", () -> backOffice.shipping()
                    .draft(alice, DraftShipment.of(main.rootLocation(), new Address("DE", "10115", lines), PROMISED)
                            .line(bolt.id(), pc(1))));
        }
        check.refused("draft without destination", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), null, PROMISED).line(bolt.id(), pc(1))));

        // ---- draft shipments: lines, origin, dates, texts ----
        check.refused("draft without lines", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED)));
        check.refused("draft with a null line", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(null)));
        check.refused("draft of zero", "shipments.lines.invalid", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), pc(0))));
        check.refused("draft of a negative quantity", "shipments.lines.invalid", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), pc(-2))));
        check.refused("draft of half a piece", "stock.quantity.too_precise", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), Quantity.of("0.5", "pc"))));
        check.refused("draft in an unknown unit", "stock.unit.unknown", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), Quantity.of(1, "kg"))));
        check.refused("draft without quantity", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), null)));
        check.refused("draft without item", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(null, pc(1))));
        check.refused("draft of another tenant's item", "stock.item.not_found", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(foreignBolt.id(), pc(1))));
        check.refused("draft of an unknown item", "stock.item.not_found", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(ItemId.of(UUID.randomUUID()), pc(1))));
        check.refused("draft with two serials for one piece", "shipments.line.serials_mismatch", () -> backOffice.shipping()
                .draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                        .line(DraftShipment.Line.of(bolt.id(), pc(1)).serials("S1", "S2"))));
        check.refused("draft with a serial twice", "shipments.line.serials_mismatch", () -> backOffice.shipping()
                .draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED)
                        .line(DraftShipment.Line.of(bolt.id(), pc(2)).serials("S1", "S1"))));
        String[] badLots = {"lot with space", "L\u0000", "-L1", repeat(65), "L1;DROP"};
        for (String lot : badLots) {
            check.refused("draft with lot " + printable(lot), "validation.failed", () -> backOffice.shipping().draft(alice,
                    DraftShipment.of(main.rootLocation(), TO, PROMISED).line(DraftShipment.Line.of(bolt.id(), pc(1)).lot(lot))));
        }
        check.refused("draft with a blank serial", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, PROMISED).line(DraftShipment.Line.of(bolt.id(), pc(1)).serials(" "))));
        check.refused("draft from another tenant's warehouse", "shipments.origin.invalid", () -> backOffice.shipping()
                .draft(alice, DraftShipment.of(foreignMain.rootLocation(), TO, PROMISED).line(bolt.id(), pc(1))));
        check.refused("draft from the customer location", "shipments.origin.invalid", () -> backOffice.shipping()
                .draft(alice, DraftShipment.of(customer, TO, PROMISED).line(bolt.id(), pc(1))));
        check.refused("draft without origin", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(null, TO, PROMISED).line(bolt.id(), pc(1))));
        check.refused("draft without promised date", "validation.failed", () -> backOffice.shipping().draft(alice,
                DraftShipment.of(main.rootLocation(), TO, null).line(bolt.id(), pc(1))));
        LocalDate[] impossibleDates = {LocalDate.MIN, LocalDate.MAX, LocalDate.of(-1, 1, 1), LocalDate.of(10000, 1, 1)};
        for (LocalDate date : impossibleDates) {
            check.refused("draft promised on " + date, "validation.failed", () -> backOffice.shipping().draft(alice,
                    DraftShipment.of(main.rootLocation(), TO, date).line(bolt.id(), pc(1))));
        }
        String[] badReferences = {repeat(201), "order\u0000", "order\u0007"};
        for (String reference : badReferences) {
            check.refused("draft reference " + printable(reference), "validation.failed", () -> backOffice.shipping()
                    .draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED).reference(reference).line(bolt.id(), pc(1))));
        }
        String[] badKeys = {"", repeat(129), "key\u0000"};
        for (String key : badKeys) {
            check.refused("draft idempotency key " + printable(key), "validation.failed", () -> backOffice.shipping()
                    .draft(alice, DraftShipment.of(main.rootLocation(), TO, PROMISED).line(bolt.id(), pc(1))
                            .withIdempotencyKey(key)));
        }
        check.refused("confirming another tenant's shipment", "shipments.shipment.not_found", () -> backOffice.shipping()
                .confirm(alice, AdvanceShipment.of(foreignDelivered.id())));
        check.refused("confirming an unknown shipment", "shipments.shipment.not_found", () -> backOffice.shipping()
                .confirm(alice, AdvanceShipment.of(ShipmentId.of(UUID.randomUUID()))));
        check.refused("shipping a draft", "shipments.transition.not_allowed", () -> backOffice.shipping()
                .ship(alice, AdvanceShipment.of(draft.id())));
        check.refused("cancelling with a note of 501 characters", "validation.failed", () -> backOffice.shipping()
                .cancel(alice, AdvanceShipment.of(draft.id()).note(repeat(501))));
        check.refused("cancelling a delivered shipment", "shipments.transition.not_allowed", () -> backOffice.shipping()
                .cancel(alice, AdvanceShipment.of(delivered.id())));

        // ---- packing ----
        Quantity[][] badMeasures = {
                {Quantity.of(0, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")},
                {Quantity.of(-1, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")},
                {Quantity.of(2, "kg"), Quantity.of(0, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")},
                {Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(-30, "cm"), Quantity.of(20, "cm")},
                {Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of("-0.001", "cm")},
                {Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(300, "mm"), Quantity.of(20, "cm")},
                {Quantity.of(2, "cm"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")},
                {Quantity.of(2, "kg"), Quantity.of(40, "kg"), Quantity.of(30, "kg"), Quantity.of(20, "kg")},
                {Quantity.of(2, "parsec"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm")}};
        for (Quantity[] measures : badMeasures) {
            check.refused("box of " + Arrays.toString(measures), "shipments.package.invalid", () -> backOffice.shipping()
                    .pack(alice, box(picked.id(), measures[0], measures[1], measures[2], measures[3])));
        }
        check.refused("box without weight", "validation.failed", () -> backOffice.shipping().pack(alice,
                box(picked.id(), null, Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm"))));
        check.refused("box without height", "validation.failed", () -> backOffice.shipping().pack(alice,
                box(picked.id(), Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), null)));
        String[] badBoxTypes = {null, "", " ", repeat(41), "BOX\u0000"};
        for (String type : badBoxTypes) {
            check.refused("box type " + printable(type), "validation.failed", () -> backOffice.shipping().pack(alice,
                    PackShipment.of(picked.id()).box(type, Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                            Quantity.of(20, "cm"))));
        }
        check.refused("packing nothing", "validation.failed", () -> backOffice.shipping().pack(alice, PackShipment.of(picked.id())));
        check.refused("packing with a note holding a NUL", "validation.failed", () -> backOffice.shipping().pack(alice,
                box(picked.id(), Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm"))
                        .note("fragile\u0000")));
        check.refused("packing a draft", "shipments.transition.not_allowed", () -> backOffice.shipping().pack(alice,
                box(draft.id(), Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"), Quantity.of(20, "cm"))));
        check.refused("packing another tenant's shipment", "shipments.shipment.not_found", () -> backOffice.shipping()
                .pack(alice, box(foreignDelivered.id(), Quantity.of(2, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                        Quantity.of(20, "cm"))));

        // ---- carriers and tracking ----
        check.refused("booking without rule", "validation.failed", () -> backOffice.carriers().book(alice,
                new BookCarrier(picked.id(), null, null, null)));
        check.refused("booking a draft", "shipments.booking.not_allowed", () -> backOffice.carriers().book(alice,
                BookCarrier.cheapest(draft.id())));
        check.refused("booking another tenant's shipment", "shipments.shipment.not_found", () -> backOffice.carriers()
                .book(alice, BookCarrier.cheapest(foreignDelivered.id())));
        String[] badTrackingNumbers = {null, "", " ", repeat(65), "1Z\u0000"};
        for (String number : badTrackingNumbers) {
            check.refused("tracking number " + printable(number), "validation.failed", () -> backOffice.carriers()
                    .recordTracking(alice, new RecordTracking(number, "ev-1", TrackingStatus.IN_TRANSIT,
                            Instant.parse("2026-03-10T08:00:00Z"), null)));
        }
        check.refused("tracking an unknown number", "shipments.tracking.unknown", () -> backOffice.carriers()
                .recordTracking(alice, new RecordTracking("1Z999", "ev-1", TrackingStatus.IN_TRANSIT,
                        Instant.parse("2026-03-10T08:00:00Z"), null)));
        check.refused("tracking without status", "validation.failed", () -> backOffice.carriers().recordTracking(alice,
                new RecordTracking("1Z999", "ev-1", null, Instant.parse("2026-03-10T08:00:00Z"), null)));
        check.refused("tracking without time", "validation.failed", () -> backOffice.carriers().recordTracking(alice,
                new RecordTracking("1Z999", "ev-1", TrackingStatus.DELIVERED, null, null)));
        check.refused("tracking with a blank event id", "validation.failed", () -> backOffice.carriers().recordTracking(alice,
                new RecordTracking("1Z999", " ", TrackingStatus.DELIVERED, Instant.parse("2026-03-10T08:00:00Z"), null)));
        check.refused("tracking signed with an escape sequence", "validation.failed", () -> backOffice.carriers()
                .recordTracking(alice, new RecordTracking("1Z999", "ev-1", TrackingStatus.DELIVERED,
                        Instant.parse("2026-03-10T08:00:00Z"), "Ms Smith\u001b[2J")));

        // ---- deliveries ----
        check.refused("delivering a picked shipment", "shipments.transition.not_allowed", () -> backOffice.shipping()
                .recordDelivery(alice, RecordDelivery.of(picked.id(), "Ms Smith")));
        check.refused("delivery signed by 201 characters", "validation.failed", () -> backOffice.shipping()
                .recordDelivery(alice, RecordDelivery.of(delivered.id(), repeat(201))));
        check.refused("delivery signed with a NUL", "validation.failed", () -> backOffice.shipping()
                .recordDelivery(alice, RecordDelivery.of(delivered.id(), "Ms\u0000Smith")));
        check.refused("delivering another tenant's shipment", "shipments.shipment.not_found", () -> backOffice.shipping()
                .recordDelivery(alice, RecordDelivery.of(foreignDelivered.id(), "Ms Smith")));
        check.refused("delivery without shipment", "validation.failed", () -> backOffice.shipping()
                .recordDelivery(alice, RecordDelivery.of(null, "Ms Smith")));

        // ---- customer returns ----
        check.refused("returning more than delivered", "shipments.return.too_much", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), shelf, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(4)))));
        check.refused("returning an item never shipped", "shipments.return.too_much", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), shelf, null).line(ReceiveReturn.Line.sound(nut.id(), pc(1)))));
        check.refused("returning damaged goods without a place for them", "shipments.return.location_required",
                () -> backOffice.shipping().receiveReturn(alice, ReceiveReturn.of(delivered.id(), shelf, null)
                        .line(ReceiveReturn.Line.damaged(bolt.id(), pc(1)))));
        check.refused("returning zero", "shipments.lines.invalid", () -> backOffice.shipping().receiveReturn(alice,
                ReceiveReturn.of(delivered.id(), shelf, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(0)))));
        check.refused("returning a negative quantity", "shipments.lines.invalid", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), shelf, null).line(ReceiveReturn.Line.sound(bolt.id(),
                        pc(-1)))));
        check.refused("returning half a piece", "stock.quantity.too_precise", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), shelf, null).line(ReceiveReturn.Line.sound(bolt.id(),
                        Quantity.of("0.5", "pc")))));
        check.refused("returning nothing", "validation.failed", () -> backOffice.shipping().receiveReturn(alice,
                ReceiveReturn.of(delivered.id(), shelf, null)));
        check.refused("returning into another tenant's shelf", "stock.location.not_found", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), foreignShelf, null)
                        .line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))));
        check.refused("returning without restock location", "validation.failed", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(delivered.id(), null, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))));
        check.refused("returning a picked shipment", "shipments.return.not_allowed", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(picked.id(), shelf, null).line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))));
        check.refused("returning another tenant's shipment", "shipments.shipment.not_found", () -> backOffice.shipping()
                .receiveReturn(alice, ReceiveReturn.of(foreignDelivered.id(), shelf, null)
                        .line(ReceiveReturn.Line.sound(bolt.id(), pc(1)))));

        // ---- inbound receipts ----
        String[] badSuppliers = {null, "", " ", repeat(129), "supplier\u0000", "supplier\u001b"};
        for (String supplier : badSuppliers) {
            check.refused("receipt from supplier " + printable(supplier), "validation.failed", () -> backOffice.receiving()
                    .expect(alice, ExpectReceipt.of(supplier, shelf, PROMISED).line(bolt.id(), pc(1), eur("1.00"))));
        }
        check.refused("receipt of zero", "shipments.receipt.lines_invalid", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(0), eur("1.00"))));
        check.refused("receipt of a negative quantity", "shipments.receipt.lines_invalid", () -> backOffice.receiving()
                .expect(alice, ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(-1), eur("1.00"))));
        check.refused("receipt at a negative cost", "shipments.receipt.lines_invalid", () -> backOffice.receiving()
                .expect(alice, ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(1), eur("-1.00"))));
        check.refused("receipt at a too precise cost", "money.too_precise", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(1), eur("1.001"))));
        check.refused("receipt in two currencies", "shipments.receipt.lines_invalid", () -> backOffice.receiving()
                .expect(alice, ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(1), eur("1.00"))
                        .line(nut.id(), pc(1), Money.of("1.00", "USD"))));
        check.refused("receipt without cost", "validation.failed", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(1), null)));
        check.refused("receipt into the customer location", "shipments.receipt.location_invalid", () -> backOffice
                .receiving().expect(alice, ExpectReceipt.of("s", customer, PROMISED).line(bolt.id(), pc(1), eur("1.00"))));
        check.refused("receipt into another tenant's shelf", "shipments.receipt.location_invalid", () -> backOffice
                .receiving().expect(alice, ExpectReceipt.of("s", foreignShelf, PROMISED).line(bolt.id(), pc(1), eur("1.00"))));
        check.refused("receipt of another tenant's item", "stock.item.not_found", () -> backOffice.receiving()
                .expect(alice, ExpectReceipt.of("s", shelf, PROMISED).line(foreignBolt.id(), pc(1), eur("1.00"))));
        check.refused("receipt without lines", "validation.failed", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, PROMISED)));
        check.refused("receipt without date", "validation.failed", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, null).line(bolt.id(), pc(1), eur("1.00"))));
        for (LocalDate date : impossibleDates) {
            check.refused("receipt expected on " + date, "validation.failed", () -> backOffice.receiving().expect(alice,
                    ExpectReceipt.of("s", shelf, date).line(bolt.id(), pc(1), eur("1.00"))));
        }
        int[] badTolerances = {-1, 101, Integer.MAX_VALUE};
        for (int percent : badTolerances) {
            check.refused("over-receipt tolerance " + percent, "validation.failed", () -> backOffice.receiving().expect(alice,
                    ExpectReceipt.of("s", shelf, PROMISED).line(bolt.id(), pc(1), eur("1.00")).allowingOverReceipt(percent)));
        }
        check.refused("receipt with a lot holding a space", "validation.failed", () -> backOffice.receiving().expect(alice,
                ExpectReceipt.of("s", shelf, PROMISED).line(new ExpectReceipt.Line(bolt.id(), pc(1), eur("1.00"), "L 1"))));
        check.refused("receiving line 0", "validation.failed", () -> backOffice.receiving().receive(alice,
                ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(0, pc(1)))));
        check.refused("receiving an unknown line", "shipments.receipt.line_unknown", () -> backOffice.receiving().receive(alice,
                ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(2, pc(1)))));
        check.refused("receiving zero", "shipments.receipt.lines_invalid", () -> backOffice.receiving().receive(alice,
                ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(1, pc(0)))));
        check.refused("receiving a negative quantity", "shipments.receipt.lines_invalid", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(1, pc(-5)))));
        check.refused("receiving more than expected", "shipments.receipt.over_received", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(1, pc(101)))));
        check.refused("rejecting without a reason", "shipments.receipt.reason_required", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.split(1, pc(1), pc(1), " "))));
        check.refused("rejecting with a reason holding a NUL", "validation.failed", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.split(1, pc(1), pc(1), "broken\u0000"))));
        check.refused("receiving into the customer location", "shipments.receipt.location_invalid", () -> backOffice
                .receiving().receive(alice, ReceiveGoods.of(expected.id()).into(customer)
                        .line(ReceiveGoods.Line.accepted(1, pc(1)))));
        check.refused("receiving a lot for an item without lots", "stock.lot.not_allowed", () -> backOffice
                .receiving().receive(alice, ReceiveGoods.of(expected.id()).line(ReceiveGoods.Line.accepted(1, pc(1)).lot("L2"))));
        check.refused("receiving nothing", "validation.failed", () -> backOffice.receiving().receive(alice,
                ReceiveGoods.of(expected.id())));
        check.refused("receiving into another tenant's receipt", "shipments.receipt.not_found", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(foreignExpected.id()).line(ReceiveGoods.Line.accepted(1, pc(1)))));
        check.refused("receiving into an unknown receipt", "shipments.receipt.not_found", () -> backOffice.receiving()
                .receive(alice, ReceiveGoods.of(InboundReceiptId.of(UUID.randomUUID())).line(ReceiveGoods.Line.accepted(1,
                        pc(1)))));
        check.refused("closing short a receipt with nothing received", "shipments.receipt.not_allowed", () -> backOffice
                .receiving().closeShort(alice, CloseReceipt.of(expected.id())));
        check.refused("cancelling with a note of 501 characters", "validation.failed", () -> backOffice.receiving()
                .cancel(alice, CloseReceipt.of(expected.id()).note(repeat(501))));
        check.refused("cancelling another tenant's receipt", "shipments.receipt.not_found", () -> backOffice.receiving()
                .cancel(alice, CloseReceipt.of(foreignExpected.id())));

        check.report("R7", "bad-input-shipments", 150);
    }

    /** Any text, with control characters, blanks, non-Latin letters and length beyond the limits. */
    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(120),
                Arbitraries.strings().withChars(" \t\n\r\u0000\u0007\u001b\u0085\u00a0\u2028").ofMaxLength(4),
                Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9')
                        .withChars(" -").ofMinLength(1).ofMaxLength(18),
                Arbitraries.of(COUNTRIES).map(code -> code.toLowerCase(java.util.Locale.ROOT)),
                Arbitraries.of(COUNTRIES),
                Arbitraries.just(null));
    }

    @Property(tries = 500)
    void addressesAreValidOrATypedError(@ForAll("anyText") String country, @ForAll("anyText") String postalCode,
                                        @ForAll("lines") List<String> lines) {
        try {
            Address address = new Address(country, postalCode, lines);
            assertThat(java.util.Locale.getISOCountries()).contains(address.country());
            assertThat(address.postalCode()).matches("[A-Z0-9][A-Z0-9 -]{0,14}");
            assertThat(address.lines()).isNotEmpty().hasSizeLessThanOrEqualTo(Address.MAX_LINES)
                    .allSatisfy(line -> assertThat(line).isNotBlank().hasSizeLessThanOrEqualTo(Address.MAX_LINE_LENGTH)
                            .doesNotContain("\u0000"));
        } catch (BackOfficeException e) {
            assertThat(e.code()).isIn("shipments.address.country_invalid", "shipments.address.postal_code_invalid",
                    "shipments.address.lines_invalid");
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<List<String>> lines() {
        return Arbitraries.oneOf(anyText().list().ofMaxSize(6), Arbitraries.just(null));
    }
}
