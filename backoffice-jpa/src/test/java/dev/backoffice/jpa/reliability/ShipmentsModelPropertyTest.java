package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.inmemory.InMemoryCarrier;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.BookCarrier;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.RecordTracking;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.CarrierBooking;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.TrackingStatus;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.ValuationMethod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 stateful property for shipments (jqwik action chains), with the deterministic in-memory
 * carrier on both sides and stock valuation posting to the ledger: random receipts, shipments
 * drafted (from the warehouse or one shelf, to three zones), confirmed in full (refused when short)
 * or for what is available (the rest split off into a backorder), picked, unpicked, packed,
 * unpacked, quoted and booked, shipped, tracked (events repeated and arriving out of order),
 * delivered, failed and retried, returned, cancelled (refused once shipped) and goods received back
 * from the customer (sound or damaged; more than was shipped refused) are applied to the in-memory
 * adapters and to the JPA adapter on a real PostgreSQL at once. After every step both give the same
 * answers or the same error codes, the same shipments (status, history, lines, packages, booking,
 * tracking, returns, backorders), the same on-hand, reserved and available quantities in every
 * location, the same valuation and the same trial balance; on each side the quantities of an item
 * over all locations sum to zero, no location has more reserved than on hand, the reservations do not
 * drift, the inventory account equals the valuation of the stock and the trial balance nets to zero.
 * A failure prints its seed and shrinks; {@code @Property(seed = ...)} replays it.
 */
@AddLifecycleHook(LongProfileTries.class)
class ShipmentsModelPropertyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    /** The day the clock of both sides stands still on: stock value posts on it. */
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    private static final Address[] DESTINATIONS = {Address.of("DE", "10115", "Invalidenstr. 1", "Berlin"),
            Address.of("FR", "75001", "1 rue de Rivoli", "Paris"), Address.of("US", "10001", "1 Main St", "New York")};
    private static final String[] STEPS_ON_A_SHIPMENT = {"pick", "pick", "unpick", "unpack", "ship", "ship", "in transit",
            "delivery failed", "retry", "return", "deliver", "cancel", "cancel booking", "confirm"};
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final ModelRun RUN = new ModelRun("shipments-model", "r5_shipments_model", ShipmentsModelPropertyTest::shipments);

    /** A back office with its own in-memory carrier and a clock that stands still. */
    private static BackOffice shipments(BackOfficeAdapters adapters) {
        return BackOffice.builder(adapters).carrierGateway(new InMemoryCarrier()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @AfterContainer
    static void stop() {
        RUN.finish();
    }

    /**
     * One tenant's warehouse and shipments on both sides: items 0 (FIFO) and 1 (moving average);
     * locations 0 the warehouse's root, 1 and 2 its shelves, 3 the shelf for damaged returns, then
     * the supplier, customer and inventory loss locations. Stock value posts to accounts 1300
     * (inventory), 5000, 2100, 5100 and 5200. Tracking numbers differ between the sides (each
     * carrier counts its own); they are compared by the package they belong to.
     */
    static final class Twin extends TwinBackOffices {
        final List<ItemId[]> items = new ArrayList<>();
        final List<LocationId[]> locations = new ArrayList<>();
        final List<ShipmentId[]> shipments = new ArrayList<>();

        Twin() {
            super(RUN.backOffice(new InMemoryAdapters()), RUN.postgres(), Actor.of("r5-shipments-" + TENANTS.incrementAndGet(), "shipper"),
                    RUN.steps);
            for (int i = 0; i < 2; i++) {
                items.add(new ItemId[2]);
            }
            for (int i = 0; i < 7; i++) {
                locations.add(new LocationId[2]);
            }
            for (int side = 0; side < 2; side++) {
                BackOffice backOffice = side(side);
                backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
                List<AccountId> accounts = new ArrayList<>();
                for (String code : List.of("1300", "5000", "2100", "5100", "5200")) {
                    AccountType type = code.equals("1300") ? AccountType.ASSET
                            : code.equals("2100") ? AccountType.LIABILITY : AccountType.EXPENSE;
                    accounts.add(backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, code, type, EUR)).id());
                }
                backOffice.stockValuation().configure(actor, ConfigureStockValuation.posting(EUR, accounts.get(0), accounts.get(1),
                        accounts.get(2), accounts.get(3), accounts.get(4)));
                items.get(0)[side] = backOffice.itemCatalog().createItem(actor, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc")))
                        .id();
                items.get(1)[side] = backOffice.itemCatalog().createItem(actor, CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc"))
                        .valuedBy(ValuationMethod.MOVING_AVERAGE)).id();
                WarehouseSnapshot warehouse = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
                locations.get(0)[side] = warehouse.rootLocation();
                locations.get(1)[side] = backOffice.warehousing().addLocation(actor,
                        AddLocation.of(warehouse.rootLocation(), "A", "Shelf A")).id();
                locations.get(2)[side] = backOffice.warehousing().addLocation(actor,
                        AddLocation.of(warehouse.rootLocation(), "B", "Shelf B")).id();
                locations.get(3)[side] = backOffice.warehousing().addLocation(actor,
                        AddLocation.of(warehouse.rootLocation(), "DMG", "Damaged")).id();
                locations.get(4)[side] = backOffice.warehousing().virtualLocation(actor, LocationType.SUPPLIER).id();
                locations.get(5)[side] = backOffice.warehousing().virtualLocation(actor, LocationType.CUSTOMER).id();
                locations.get(6)[side] = backOffice.warehousing().virtualLocation(actor, LocationType.INVENTORY_LOSS).id();
                backOffice.inventory().move(actor, NewStockMove.receipt(items.get(0)[side], pieces(6), locations.get(1)[side])
                        .withUnitCost(Money.of("2.50", EUR)));
                backOffice.inventory().move(actor, NewStockMove.receipt(items.get(1)[side], pieces(4), locations.get(2)[side])
                        .withUnitCost(Money.of("4.00", EUR)));
            }
            RUN.chains.incrementAndGet();
        }

        ShipmentSnapshot shipment(int side, int index) {
            return side(side).shipping().shipment(actor, shipments.get(index)[side]);
        }

        /** A step on a shipment on both sides; a backorder it splits off is kept with the others. */
        void advance(String what, int shipment, java.util.function.BiFunction<BackOffice, ShipmentId, ShipmentSnapshot> step) {
            List<ShipmentSnapshot> after = both(what + " #" + shipment, side -> step.apply(side(side), shipments.get(shipment)[side]));
            if (after != null && after.get(0).backorder() != null && index(shipments, 0).get(after.get(0).backorder()) == null) {
                shipments.add(new ShipmentId[] {after.get(0).backorder(), after.get(1).backorder()});
            }
        }

        /**
         * A tracking event of a package of a shipment on both sides, by its tracking number on each
         * side (of a shipment not booked: a number the carrier never gave, refused).
         */
        void track(int shipment, int box, String event, TrackingStatus status, Instant at) {
            advance("track package " + box + " event " + event + " " + status + " at " + at, shipment, (b, id) -> {
                CarrierBooking booking = b.shipping().shipment(actor, id).booking();
                List<String> numbers = booking == null ? List.of() : booking.trackingNumbers();
                String number = numbers.isEmpty() ? "UNKNOWN" : numbers.get(box % numbers.size());
                return b.carriers().recordTracking(actor, new RecordTracking(number, "ev-" + shipment + "-" + event, status, at,
                        status == TrackingStatus.DELIVERED ? "Doe" : null));
            });
        }

        /** The goods of a line of a shipment received back from the customer on both sides, sound or damaged. */
        void receiveBack(int shipment, int item, int count, boolean damaged) {
            advance("receive back " + count + " of " + item + (damaged ? " damaged" : ""), shipment, (b, id) -> {
                int side = b == memory ? 0 : 1;
                ItemId goods = items.get(item)[side];
                return b.shipping().receiveReturn(actor, ReceiveReturn.of(id, locations.get(1)[side], locations.get(3)[side])
                        .line(damaged ? ReceiveReturn.Line.damaged(goods, pieces(count)) : ReceiveReturn.Line.sound(goods, pieces(count))));
            });
        }

        void pack(int shipment, List<Integer> weights) {
            advance("pack in " + weights, shipment, (b, id) -> {
                PackShipment pack = PackShipment.of(id);
                for (int weight : weights) {
                    pack = pack.box("BOX", Quantity.of(weight, "kg"), Quantity.of(40, "cm"), Quantity.of(30, "cm"),
                            Quantity.of(20, "cm"));
                }
                return b.shipping().pack(actor, pack);
            });
        }

        void book(int shipment, boolean cheapest) {
            List<Object> quotes = both("quotes #" + shipment, side -> side(side).carriers().quotes(actor, shipments.get(shipment)[side]));
            if (quotes != null) {
                assertThat(quotes.get(1)).as("quotes #%s", shipment).isEqualTo(quotes.get(0));
            }
            advance(cheapest ? "book cheapest" : "book fastest", shipment, (b, id) -> b.carriers()
                    .book(actor, cheapest ? BookCarrier.cheapest(id) : BookCarrier.fastest(id)));
        }

        /** One of the steps that take no input, by name. */
        void step(String step, int shipment) {
            advance(step, shipment, (b, id) -> {
                AdvanceShipment command = AdvanceShipment.of(id).note(step);
                return switch (step) {
                    case "confirm" -> b.shipping().confirm(actor, command);
                    case "confirm available" -> b.shipping().confirmAvailable(actor, command);
                    case "pick" -> b.shipping().pick(actor, command);
                    case "unpick" -> b.shipping().unpick(actor, command);
                    case "unpack" -> b.shipping().unpack(actor, command);
                    case "ship" -> b.shipping().ship(actor, command);
                    case "in transit" -> b.shipping().markInTransit(actor, command);
                    case "delivery failed" -> b.shipping().recordDeliveryFailure(actor, command);
                    case "retry" -> b.shipping().retryDelivery(actor, command);
                    case "return" -> b.shipping().recordReturn(actor, command);
                    case "cancel" -> b.shipping().cancel(actor, command);
                    case "deliver" -> b.shipping().recordDelivery(actor, RecordDelivery.of(id, "Doe").at(NOW.plusSeconds(86_400)));
                    default -> b.carriers().cancelBooking(actor, command);
                };
            });
        }

        /** The invariants after every step. */
        void sameShipmentsAndStock() {
            List<List<Object>> observed = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                observed.add(observe(side));
            }
            for (int part = 0; part < observed.get(0).size(); part++) {
                assertThat(observed.get(1).get(part)).as("PostgreSQL against in memory, part %s, after %s", part, log)
                        .isEqualTo(observed.get(0).get(part));
            }
        }

        /** What one side shows, after checking the invariants that hold on each side on its own. */
        private List<Object> observe(int side) {
            BackOffice backOffice = side(side);
            Map<ShipmentId, Integer> shipmentIndex = index(shipments, side);
            Map<Object, Integer> itemIndex = new HashMap<>();
            for (int item = 0; item < items.size(); item++) {
                itemIndex.put(items.get(item)[side], item);
                itemIndex.put(items.get(item)[side].value(), item);
            }
            Map<Object, Integer> locationIndex = new HashMap<>();
            for (int location = 0; location < locations.size(); location++) {
                locationIndex.put(locations.get(location)[side], location);
                locationIndex.put(locations.get(location)[side].value(), location);
            }
            List<Object> views = new ArrayList<>();
            for (int index = 0; index < shipments.size(); index++) {
                ShipmentSnapshot s = shipment(side, index);
                CarrierBooking booking = s.booking();
                List<String> numbers = booking == null ? List.of() : booking.trackingNumbers();
                views.add(List.of(String.valueOf(s.reference()), locationIndex.get(s.origin()), s.destination(),
                        s.lines().stream().map(l -> List.of(l.number(), itemIndex.get(l.item()), l.quantity(),
                                String.valueOf(l.lot()), l.serials())).toList(),
                        s.promisedDate(), s.status(),
                        s.history().stream().map(h -> List.of(h.transition(), String.valueOf(h.from()), h.to(), h.actor(),
                                String.valueOf(h.note()))).toList(),
                        String.valueOf(s.deliveryProof()), s.packages(),
                        String.valueOf(shipmentIndex.get(s.backorderOf())), String.valueOf(shipmentIndex.get(s.backorder())),
                        booking == null ? "not booked" : List.of(booking.service(), booking.price(), numbers.size()),
                        s.tracking().stream().map(t -> List.of(t.eventId(), numbers.indexOf(t.trackingNumber()), t.status(),
                                t.occurredAt(), String.valueOf(t.signatory()))).toList(),
                        s.returns().stream().map(r -> List.of(itemIndex.get(r.item()), r.quantity(), String.valueOf(r.lot()),
                                r.serials(), r.damaged(), String.valueOf(locationIndex.get(r.location())), r.actor())).toList(),
                        s.createdBy()));
            }
            List<Object> stock = new ArrayList<>();
            for (int item = 0; item < items.size(); item++) {
                BigDecimal sum = BigDecimal.ZERO;
                Map<Integer, List<Object>> levels = new TreeMap<>();
                for (StockLevel level : backOffice.inventory().levels(actor, items.get(item)[side])) {
                    Integer location = locationIndex.get(level.location());
                    assertThat(location).as("item %s in a location of nobody's, side %s, after %s", item, side, log).isNotNull();
                    assertThat(levels.put(location, List.of(String.valueOf(level.lot()), level.onHand(), level.reserved(),
                            level.available()))).as("item %s in two rows of a location, side %s, after %s", item, side, log).isNull();
                    sum = sum.add(level.onHand().value());
                    if (location <= 3) {
                        assertThat(level.reserved().value()).as("reserved of item %s at %s, side %s, after %s", item, location,
                                side, log).isNotNegative().isLessThanOrEqualTo(level.onHand().value());
                    }
                }
                stock.add(levels);
                assertThat(sum).as("item %s over all locations, side %s, after %s", item, side, log).isZero();
            }
            assertThat(backOffice.reservations().checkReservations(actor).drifts()).as("drift, side %s, after %s", side, log)
                    .isEmpty();
            ValuationReport valuation = backOffice.stockValuation().report(actor);
            Map<String, Money> nets = ledgerNets(side);
            assertThat(nets.getOrDefault("1300", Money.zero(EUR))).as("inventory account against the valuation, side %s, after %s",
                    side, log).isEqualTo(valuation.total());
            return List.of(views, stock, valuation.total(), valuation.items().stream().map(i -> List.of(itemIndex.get(i.item()),
                    i.quantity(), i.value())).toList(), nets);
        }
    }

    private static <I> Map<I, Integer> index(List<I[]> pairs, int side) {
        Map<I, Integer> index = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            index.put(pairs.get(i)[side], i);
        }
        return index;
    }

    private static Quantity pieces(long count) {
        return Quantity.of(count, "pc");
    }

    @Property(tries = 35)
    void theInMemoryAndThePostgresShipmentsAgreeAfterEveryStep(@ForAll("chains") ActionChain<Twin> chain) {
        try {
            chain.withInvariant("same shipments and stock", Twin::sameShipmentsAndStock).run();
        } catch (AssertionError disagreement) {
            RUN.anomalies.incrementAndGet(); // jqwik then shrinks and prints the seed that replays it
            throw disagreement;
        }
    }

    @Provide
    Arbitrary<ActionChain<Twin>> chains() {
        return ActionChain.<Twin>startWith(Twin::new)
                .withAction(2, new Receive())
                .withAction(3, new Draft())
                .withAction(9, new Progress())
                .withAction(2, new AnyStep())
                .withAction(1, new Pack())
                .withAction(1, new Book())
                .withAction(1, new Track())
                .withAction(1, new ReceiveBack())
                .withMaxTransformations(12);
    }

    /** A shipment: the latest one more often than the others. */
    private static Arbitrary<Integer> shipments(Twin twin) {
        int last = twin.shipments.size() - 1;
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(last)), Tuple.of(2, Arbitraries.integers().between(0, last)));
    }

    /** Stock from the supplier onto a shelf, at a unit cost. */
    static final class Receive implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 2),
                    Arbitraries.integers().between(1, 8), Arbitraries.longs().between(100, 999)).as((item, location, count, cost) -> {
                        String what = "receive " + count + " of " + item + " at " + location + " for " + cost;
                        return Transformer.mutate(what, twin -> twin.both(what, side -> twin.side(side).inventory().move(twin.actor,
                                NewStockMove.receipt(twin.items.get(item)[side], pieces(count), twin.locations.get(location)[side])
                                        .withUnitCost(Money.ofMinor(cost, EUR))).id()));
                    });
        }
    }

    /**
     * A shipment of one or two lines drafted from the warehouse (or a shelf only) to one of three
     * zones, and often confirmed at once, in full or for what is available.
     */
    static final class Draft implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 6),
                    Arbitraries.integers().between(1, 4).injectNull(0.5), Arbitraries.of(0, 0, 1),
                    Arbitraries.integers().between(0, DESTINATIONS.length - 1), Arbitraries.of("", "confirm", "confirm available"))
                    .as((item, count, others, origin, destination, then) -> {
                        String what = "draft " + count + " of " + item + (others == null ? "" : " and " + others + " of " + (1 - item))
                                + " from " + origin + " to " + DESTINATIONS[destination].country() + " " + then;
                        return Transformer.mutate(what, twin -> {
                            List<ShipmentId> drafted = twin.both(what, side -> {
                                DraftShipment draft = DraftShipment.of(twin.locations.get(origin)[side], DESTINATIONS[destination],
                                        LocalDate.of(2026, 6, 20)).reference("order-" + twin.shipments.size())
                                        .line(twin.items.get(item)[side], pieces(count));
                                if (others != null) {
                                    draft = draft.line(twin.items.get(1 - item)[side], pieces(others));
                                }
                                return twin.side(side).shipping().draft(twin.actor, draft).id();
                            });
                            if (drafted == null) {
                                return;
                            }
                            twin.shipments.add(new ShipmentId[] {drafted.get(0), drafted.get(1)});
                            int index = twin.shipments.size() - 1;
                            if (!then.isEmpty()) {
                                twin.step(then, index);
                            }
                        });
                    });
        }
    }

    /**
     * The next step of a shipment along its life, one of its branches chosen by {@code way}: a
     * draft confirmed in full or for what is available; picked; packed in one or two boxes; booked
     * with the carrier or shipped; in transit, by a call or a tracking event, delivered or failed;
     * after a failure retried, returned, or a return reported by the carrier; goods of a delivered
     * or returned shipment received back; a cancelled one cancelled again (refused).
     */
    static final class Progress implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 72))
                    .as((shipment, way, hour) -> Transformer.mutate("progress #" + shipment + " way " + way + " at +" + hour + "h",
                            model -> {
                                ShipmentSnapshot now = model.shipment(0, shipment);
                                Instant at = NOW.plusSeconds(3600L * hour);
                                switch (now.status()) {
                                    case DRAFT -> model.step(way % 2 == 0 ? "confirm" : "confirm available", shipment);
                                    case CONFIRMED -> model.step(way == 3 ? "cancel" : "pick", shipment);
                                    case PICKED -> model.pack(shipment, way == 3 ? List.of(2, 13) : List.of(3 * way + 1));
                                    case PACKED -> {
                                        if (now.booking() == null && way > 0) {
                                            model.book(shipment, way % 2 == 0);
                                        } else {
                                            model.step("ship", shipment);
                                        }
                                    }
                                    case SHIPPED -> {
                                        switch (way) {
                                            case 0 -> model.step("in transit", shipment);
                                            case 1 -> model.track(shipment, 0, "transit", TrackingStatus.IN_TRANSIT, at);
                                            case 2 -> model.step("deliver", shipment);
                                            default -> model.step("cancel", shipment);
                                        }
                                    }
                                    case IN_TRANSIT -> {
                                        switch (way) {
                                            case 0 -> model.step("deliver", shipment);
                                            case 1 -> model.step("delivery failed", shipment);
                                            case 2 -> model.track(shipment, hour, "delivered-" + (hour % 2), TrackingStatus.DELIVERED, at);
                                            default -> model.track(shipment, hour, "failed", TrackingStatus.DELIVERY_FAILED, at);
                                        }
                                    }
                                    case DELIVERY_FAILED -> {
                                        switch (way) {
                                            case 0 -> model.step("retry", shipment);
                                            case 1 -> model.step("return", shipment);
                                            case 2 -> model.track(shipment, hour, "returned", TrackingStatus.RETURNED, at);
                                            default -> model.track(shipment, hour, "transit", TrackingStatus.IN_TRANSIT, at);
                                        }
                                    }
                                    case DELIVERED, RETURNED -> {
                                        ShipmentSnapshot.LineSnapshot line = now.lines().get(way % now.lines().size());
                                        int item = line.item().equals(model.items.get(0)[0]) ? 0 : 1;
                                        model.receiveBack(shipment, item, Math.max(1, line.quantity().value().intValue() - way + 1),
                                                way == 3);
                                    }
                                    default -> model.step("cancel", shipment);
                                }
                            }));
        }
    }

    /**
     * Any step that takes no input on any shipment, whatever its state: confirm, pick, unpick,
     * unpack, ship, in transit, delivery failed, retry, return, deliver, cancel (refused once
     * shipped), cancel the booking.
     */
    static final class AnyStep implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.of(STEPS_ON_A_SHIPMENT))
                    .as((shipment, step) -> Transformer.mutate(step + " #" + shipment, model -> model.step(step, shipment)));
        }
    }

    /** Packing into one or two boxes of 1 to 12 kg (only a picked shipment). */
    static final class Pack implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.integers().between(1, 12).list().ofMinSize(1).ofMaxSize(2))
                    .as((shipment, weights) -> Transformer.mutate("pack #" + shipment + " in " + weights,
                            model -> model.pack(shipment, weights)));
        }
    }

    /** The carrier's quotes (the same on both sides), then a booking with the cheapest or the fastest (only a packed shipment). */
    static final class Book implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.of(true, false))
                    .as((shipment, cheapest) -> Transformer.mutate("book #" + shipment + (cheapest ? " cheapest" : " fastest"),
                            model -> model.book(shipment, cheapest)));
        }
    }

    /**
     * A tracking event of a package of any shipment: event ids from a small set, so some repeat,
     * at times before or after the others, of any status.
     */
    static final class Track implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 4),
                    Arbitraries.of(TrackingStatus.values()), Arbitraries.integers().between(0, 72)).as((shipment, box, event, status, hour) ->
                    Transformer.mutate("track #" + shipment + " package " + box + " event " + event + " " + status + " at +" + hour + "h",
                            model -> model.track(shipment, box, String.valueOf(event), status, NOW.plusSeconds(3600L * hour))));
        }
    }

    /**
     * Goods of any shipment back from the customer onto shelf A, or the damaged ones to their
     * shelf: part or all of a line, more than was shipped or an item it did not carry (refused),
     * and only once it is delivered or returned.
     */
    static final class ReceiveBack implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.shipments.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(shipments(twin), Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 7),
                    Arbitraries.of(false, false, true)).as((shipment, item, count, damaged) ->
                    Transformer.mutate("receive back " + count + " of " + item + " of #" + shipment + (damaged ? " damaged" : ""),
                            model -> model.receiveBack(shipment, item, count, damaged)));
        }
    }
}
