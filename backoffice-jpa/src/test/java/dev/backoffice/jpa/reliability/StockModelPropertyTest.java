package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReservationCheck;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 stateful property for stock (jqwik action chains): random receipts, issues (with and without
 * a demand), transfers, adjustments, reservations (refused, or backordered for the item that
 * allows it), demand releases and reversals are applied to the in-memory adapters and to the JPA
 * adapter on a real PostgreSQL at once. After every step both give the same answers or the same
 * error codes and the same on-hand, reserved and available quantities in every location; on each
 * side no internal location holds less than it has reserved or less than zero, the quantities over
 * all locations (virtual ones included) sum to zero per item, and the drift check finds nothing.
 */
@AddLifecycleHook(LongProfileTries.class)
class StockModelPropertyTest {

    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final ModelRun RUN = new ModelRun("stock-model", "r5_stock_model", adapters -> BackOffice.builder(adapters).build());
    private static final String[] DEMANDS = {"order-1", "order-2", "order-3"};

    @AfterContainer
    static void stop() {
        RUN.finish();
    }

    /** One tenant's stock on both sides: item 0 refuses backorders, item 1 takes them; locations 0 and 1 in one warehouse. */
    static final class Twin extends TwinBackOffices {
        final List<ItemId[]> items = new ArrayList<>();
        final List<LocationId[]> locations = new ArrayList<>();
        /** The warehouse's root, then the virtual locations, per side. */
        final List<LocationId[]> others = new ArrayList<>();
        final List<MoveId[]> moves = new ArrayList<>();

        Twin() {
            super(RUN.postgres(), Actor.of("r5-stock-" + TENANTS.incrementAndGet(), "storekeeper"), RUN.steps);
            ItemId[] plain = new ItemId[2];
            ItemId[] backordered = new ItemId[2];
            LocationId[] shelfA = new LocationId[2];
            LocationId[] shelfB = new LocationId[2];
            LocationId[] root = new LocationId[2];
            for (int side = 0; side < 2; side++) {
                BackOffice backOffice = side(side);
                plain[side] = backOffice.itemCatalog().createItem(actor, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc"))).id();
                backordered[side] = backOffice.itemCatalog().createItem(actor,
                        CreateItem.of("NUT", "Nut", UnitOfMeasure.of("pc")).withBackorders(true)).id();
                WarehouseSnapshot warehouse = backOffice.warehousing().openWarehouse(actor,
                        dev.backoffice.stock.api.OpenWarehouse.of("MAIN", "Main"));
                root[side] = warehouse.rootLocation();
                shelfA[side] = backOffice.warehousing().addLocation(actor, AddLocation.of(root[side], "A", "Shelf A")).id();
                shelfB[side] = backOffice.warehousing().addLocation(actor, AddLocation.of(root[side], "B", "Shelf B")).id();
            }
            items.add(plain);
            items.add(backordered);
            locations.add(shelfA);
            locations.add(shelfB);
            others.add(root);
            for (LocationType type : List.of(LocationType.SUPPLIER, LocationType.CUSTOMER, LocationType.INVENTORY_LOSS,
                    LocationType.TRANSIT)) {
                others.add(new LocationId[] {memory.warehousing().virtualLocation(actor, type).id(),
                        database.warehousing().virtualLocation(actor, type).id()});
            }
            RUN.chains.incrementAndGet();
        }

        /** A move on both sides; a done move is kept for reversals. */
        void move(String what, java.util.function.BiFunction<Integer, Twin, NewStockMove> command) {
            List<MoveId> done = both(what, side -> side(side).inventory().move(actor, command.apply(side, this)).id());
            if (done != null) {
                moves.add(new MoveId[] {done.get(0), done.get(1)});
            }
        }

        /**
         * The item's on hand and reserved quantities at each of the locations on one side, read in one
         * call ({@code levels}: per location and lot) rather than one per location; the warehouse's root
         * counts its own rows and its shelves', as {@code level} does.
         */
        private List<BigDecimal[]> quantities(int side, ItemId item, List<LocationId[]> all) {
            Map<LocationId, BigDecimal[]> rows = new HashMap<>();
            for (StockLevel level : side(side).inventory().levels(actor, item)) {
                rows.merge(level.location(), new BigDecimal[] {level.onHand().value(), level.reserved().value()},
                        Twin::plus);
            }
            BigDecimal[] none = {BigDecimal.ZERO, BigDecimal.ZERO};
            LocationId root = others.get(0)[side];
            List<BigDecimal[]> result = new ArrayList<>();
            for (LocationId[] location : all) {
                BigDecimal[] at = rows.getOrDefault(location[side], none);
                if (location[side].equals(root)) {
                    for (LocationId[] shelf : locations) {
                        at = plus(at, rows.getOrDefault(shelf[side], none));
                    }
                }
                result.add(at);
            }
            return result;
        }

        private static BigDecimal[] plus(BigDecimal[] a, BigDecimal[] b) {
            return new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])};
        }

        private static List<String> shown(List<BigDecimal[]> quantities) {
            return quantities.stream().map(q -> q[0].stripTrailingZeros().toPlainString() + " on hand, "
                    + q[1].stripTrailingZeros().toPlainString() + " reserved").toList();
        }

        /** The invariants after every step. */
        void sameStock() {
            for (ItemId[] item : items) {
                List<LocationId[]> all = new ArrayList<>(locations);
                all.addAll(others);
                List<BigDecimal[]> inMemory = quantities(0, item[0], all);
                List<BigDecimal[]> inDatabase = quantities(1, item[1], all);
                assertThat(shown(inDatabase)).as("levels after %s", log).isEqualTo(shown(inMemory));
                for (List<BigDecimal[]> side : List.of(inMemory, inDatabase)) {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (BigDecimal[] at : side.subList(2, side.size())) { // the root holds both shelves
                        sum = sum.add(at[0]);
                    }
                    assertThat(sum).as("quantities over all locations after %s", log).isZero();
                    for (BigDecimal[] shelf : side.subList(0, locations.size())) {
                        assertThat(shelf[0]).as("on hand after %s", log).isGreaterThanOrEqualTo(shelf[1]);
                        assertThat(shelf[1]).as("reserved after %s", log).isNotNegative();
                    }
                }
            }
            for (int side = 0; side < 2; side++) {
                ReservationCheck check = side(side).reservations().checkReservations(actor);
                assertThat(check.drifts()).as("drift after %s", log).isEmpty();
            }
        }
    }

    @Property(tries = 30)
    void theInMemoryAndThePostgresStockAgreeAfterEveryStep(@ForAll("chains") ActionChain<Twin> chain) {
        try {
            chain.withInvariant("same stock", Twin::sameStock).run();
        } catch (AssertionError disagreement) {
            RUN.anomalies.incrementAndGet(); // jqwik then shrinks and prints the seed that replays it
            throw disagreement;
        }
    }

    @Provide
    Arbitrary<ActionChain<Twin>> chains() {
        return ActionChain.<Twin>startWith(Twin::new)
                .withAction(3, new Receive())
                .withAction(2, new Issue())
                .withAction(1, new Transfer())
                .withAction(1, new Adjust())
                .withAction(3, new Reserve())
                .withAction(1, new Release())
                .withAction(1, new Reverse())
                .withMaxTransformations(14);
    }

    private static Arbitrary<Integer> quantities() {
        return Arbitraries.integers().between(1, 12);
    }

    private static Quantity pieces(int count) {
        return Quantity.of(count, "pc");
    }

    static final class Receive implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1), quantities())
                    .as((item, location, count) -> Transformer.mutate("receive " + count + " of " + item + " at " + location,
                            twin -> twin.move("receive " + count + " of " + item + " at " + location, (side, t) ->
                                    NewStockMove.receipt(t.items.get(item)[side], pieces(count), t.locations.get(location)[side]))));
        }
    }

    /** An issue to the customer, for a demand (consuming its reservations first) or for none. */
    static final class Issue implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1), quantities(),
                    Arbitraries.integers().between(-1, DEMANDS.length - 1)).as((item, location, count, demand) -> {
                        String what = "issue " + count + " of " + item + " at " + location + (demand < 0 ? "" : " for " + DEMANDS[demand]);
                        return Transformer.mutate(what, twin -> twin.move(what, (side, t) -> {
                            NewStockMove issue = NewStockMove.issue(t.items.get(item)[side], pieces(count), t.locations.get(location)[side]);
                            return demand < 0 ? issue : issue.forDemand(DEMANDS[demand]);
                        }));
                    });
        }
    }

    static final class Transfer implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1), quantities())
                    .as((item, from, count) -> {
                        String what = "transfer " + count + " of " + item + " from " + from;
                        return Transformer.mutate(what, twin -> twin.move(what, (side, t) -> NewStockMove.transfer(
                                t.items.get(item)[side], pieces(count), t.locations.get(from)[side], t.locations.get(1 - from)[side])));
                    });
        }
    }

    static final class Adjust implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1), quantities(),
                    Arbitraries.of(true, false)).as((item, location, count, in) -> {
                        String what = (in ? "found " : "lost ") + count + " of " + item + " at " + location;
                        return Transformer.mutate(what, twin -> twin.move(what, (side, t) -> in
                                ? NewStockMove.adjustIn(t.items.get(item)[side], pieces(count), t.locations.get(location)[side],
                                AdjustmentReason.FOUND)
                                : NewStockMove.adjustOut(t.items.get(item)[side], pieces(count), t.locations.get(location)[side],
                                AdjustmentReason.LOST)));
                    });
        }
    }

    /** A reservation anywhere in the warehouse: refused when short, or backordered for item 1. */
    static final class Reserve implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, DEMANDS.length - 1),
                    quantities()).as((item, demand, count) -> {
                        String what = "reserve " + count + " of " + item + " for " + DEMANDS[demand];
                        return Transformer.mutate(what, twin -> {
                            List<ReservationResult> results = twin.both(what, side -> twin.side(side).reservations().reserve(twin.actor,
                                    ReserveStock.of(twin.items.get(item)[side], DEMANDS[demand], pieces(count))));
                            if (results != null) {
                                assertThat(results.get(1).reserved()).as(what).isEqualTo(results.get(0).reserved());
                                assertThat(results.get(1).backorder() == null).as(what).isEqualTo(results.get(0).backorder() == null);
                            }
                        });
                    });
        }
    }

    static final class Release implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Arbitraries.integers().between(0, DEMANDS.length - 1).map(demand -> {
                String what = "release " + DEMANDS[demand];
                return Transformer.mutate(what, twin -> {
                    List<Integer> released = twin.both(what, side ->
                            twin.side(side).reservations().releaseDemand(twin.actor, DEMANDS[demand]).released().size());
                    if (released != null) {
                        assertThat(released.get(1)).as(what).isEqualTo(released.get(0));
                    }
                });
            });
        }
    }

    /** The reversal of an earlier move, which may be reversed already or whose stock may be gone. */
    static final class Reverse implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.moves.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Arbitraries.integers().between(0, twin.moves.size() - 1).map(index -> {
                String what = "reverse #" + index;
                return Transformer.mutate(what, model -> {
                    List<MoveId> reversal = model.both(what, side -> model.side(side).inventory().reverseMove(model.actor,
                            ReverseStockMove.of(model.moves.get(index)[side])).id());
                    if (reversal != null) {
                        model.moves.add(new MoveId[] {reversal.get(0), reversal.get(1)});
                    }
                });
            });
        }
    }
}
