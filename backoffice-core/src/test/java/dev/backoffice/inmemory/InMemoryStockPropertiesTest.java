package dev.backoffice.inmemory;

import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.BackorderSnapshot;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.BackorderStatus;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.ReservationStrategy;
import dev.backoffice.stock.domain.UnitOfMeasure;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any sequence of receipts, issues (with and without a demand), transfers, adjustments,
 * reversals, reservations and releases keeps the stock books right: quantities sum to zero over
 * all locations, internal stock never falls below what is reserved, reserved quantities equal the
 * open reservations, and no backorder waits while stock is available.
 */
class InMemoryStockPropertiesTest {

    private static final String[] DEMANDS = {"D0", "D1", "D2", "D3"};

    @Property(tries = 150)
    @Label("any sequence of stock operations keeps the books right")
    void booksStayRight(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 9_999) Integer> script) {
        InMemoryAdapters adapters = new InMemoryAdapters();
        StockContext stock = new StockContext(new UseCases(adapters.unitOfWork(), AccessPolicy.allowAll(),
                new CommandValidator(), adapters.idempotencyKeys(), adapters.auditRecords(), adapters.eventOutbox(),
                DomainEventPublisher.none(), new TimeOrderedIds(), Clock.systemUTC()), adapters.stock().orElseThrow());
        Actor actor = Actor.of("acme", "clerk");
        WarehouseSnapshot main = stock.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main"));
        List<LocationSnapshot> shelves = List.of(
                stock.warehousing().addLocation(actor, AddLocation.of(main.rootLocation(), "A", "A")),
                stock.warehousing().addLocation(actor, AddLocation.of(main.rootLocation(), "B", "B")));
        StockItemSnapshot item = stock.itemCatalog().createItem(actor, CreateItem.of("ITEM", "Item",
                UnitOfMeasure.of("pc").with("box", "6")).withBackorders(true));
        List<StockMoveSnapshot> done = new ArrayList<>();

        for (int step : script) {
            int quantity = 1 + step % 9;
            LocationSnapshot here = shelves.get(step / 9 % 2);
            LocationSnapshot there = shelves.get(1 - step / 9 % 2);
            String demand = DEMANDS[step / 18 % DEMANDS.length];
            Quantity pieces = Quantity.of(quantity, "pc");
            try {
                switch (step / 72 % 8) {
                    case 0, 1 -> done.add(stock.inventory().move(actor, NewStockMove.receipt(item.id(), pieces, here.id())));
                    case 2 -> done.add(stock.inventory().move(actor, NewStockMove.issue(item.id(), pieces, here.id())
                            .forDemand(demand)));
                    case 3 -> done.add(stock.inventory().move(actor, NewStockMove.transfer(item.id(), pieces, here.id(),
                            there.id())));
                    case 4 -> done.add(stock.inventory().move(actor, NewStockMove.adjustOut(item.id(), pieces, here.id(),
                            AdjustmentReason.LOST)));
                    case 5 -> stock.reservations().reserve(actor, ReserveStock.of(item.id(), demand, pieces)
                            .using(step % 2 == 0 ? ReservationStrategy.FIFO : ReservationStrategy.FEFO));
                    case 6 -> stock.reservations().releaseDemand(actor, demand);
                    default -> {
                        if (!done.isEmpty()) {
                            stock.inventory().reverseMove(actor, ReverseStockMove.of(done.get(step % done.size()).id()));
                        }
                    }
                }
            } catch (BackOfficeException refused) {
                assertThat(refused.code()).isIn("stock.quantity.insufficient", "stock.move.already_reversed");
            }
            assertBooksRight(stock, actor, item, shelves);
        }
    }

    private static void assertBooksRight(StockContext stock, Actor actor, StockItemSnapshot item,
                                         List<LocationSnapshot> shelves) {
        List<StockLevel> levels = stock.inventory().levels(actor, item.id());
        assertThat(levels.stream().map(l -> l.onHand().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
        Set<Object> internal = shelves.stream().map(LocationSnapshot::id).collect(Collectors.toSet());
        BigDecimal available = BigDecimal.ZERO;
        for (StockLevel level : levels) {
            if (internal.contains(level.location())) {
                assertThat(level.reserved().signum()).isGreaterThanOrEqualTo(0);
                assertThat(level.available().signum()).isGreaterThanOrEqualTo(0);
                available = available.add(level.available().value());
            } else {
                assertThat(level.reserved().isZero()).isTrue();
                assertThat(level.location()).isNotEqualTo(stock.warehousing().virtualLocation(actor, LocationType.TRANSIT).id());
            }
        }
        assertThat(stock.reservations().checkReservations(actor).drifts()).isEmpty();
        boolean waiting = false;
        for (String demand : DEMANDS) {
            for (BackorderSnapshot backorder : stock.reservations().backorders(actor, demand)) {
                waiting |= backorder.status() == BackorderStatus.OPEN;
                assertThat(backorder.outstanding().isPositive()).isEqualTo(backorder.status() != BackorderStatus.FILLED);
            }
        }
        if (waiting) {
            assertThat(available).as("no backorder waits while stock is available").isEqualByComparingTo("0");
        }
    }
}
