package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.BackorderSnapshot;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.DemandRelease;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReservationSnapshot;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.domain.BackorderFilled;
import dev.backoffice.stock.domain.BackorderStatus;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.ReservationConsumed;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.ReservationStatus;
import dev.backoffice.stock.domain.ReservationStrategy;
import dev.backoffice.stock.domain.StockBackordered;
import dev.backoffice.stock.domain.StockReserved;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reservations through the api: never more than available, consumed by issues for their demand,
 * released, backordered and filled oldest first, and no drift between rows and reservations.
 */
public abstract class StockAllocationContract extends StockScenarioContract {

    protected StockItemSnapshot gadget;

    @BeforeEach
    void backorderedItem() {
        gadget = stock.itemCatalog().createItem(alice, CreateItem.of("GADGET", "Gadget", UnitOfMeasure.of("pc").with("box", "10"))
                .withBackorders(true));
        published.clear();
    }

    @Override
    protected Object observableState() {
        return List.of(super.observableState(), stock.inventory().levels(alice, gadget.id()),
                stock.reservations().reservations(alice, "SO-1"), stock.reservations().backorders(alice, "SO-1"),
                stock.reservations().reservations(alice, "SO-2"));
    }

    private ReservationResult reserve(StockItemSnapshot item, String demand, long pieces) {
        return stock.reservations().reserve(alice, ReserveStock.of(item.id(), demand, pc(pieces)));
    }

    private void assertNoDrift() {
        assertThat(stock.reservations().checkReservations(alice).isConsistent()).isTrue();
    }

    @Test
    void receiptReserveIssueAndReverse() {
        receive(widget, 10, shelfA);
        published.clear();

        ReservationResult result = reserve(widget, "SO-1", 6);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.reservations()).singleElement().satisfies(r -> {
            assertThat(r.location()).isEqualTo(shelfA.id());
            assertThat(r.open()).isEqualTo(pc(6));
        });
        assertThat(published).singleElement().isInstanceOf(StockReserved.class);
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(6));
        assertThat(level(widget, shelfA).available()).isEqualTo(pc(4));

        // stock reserved for SO-1 cannot leave for anything else
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(5), shelfA.id())),
                "stock.quantity.insufficient");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(5), shelfA.id(), shelfB.id())),
                "stock.quantity.insufficient");
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(4), shelfA.id()));
        published.clear();

        StockMoveSnapshot issue = stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(6), shelfA.id())
                .forDemand("SO-1"));
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(0));
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(0));
        assertThat(stock.reservations().reservations(alice, "SO-1")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReservationStatus.CONSUMED));
        assertThat(published).hasAtLeastOneElementOfType(ReservationConsumed.class);
        assertNoDrift();

        stock.inventory().reverseMove(alice, ReverseStockMove.of(issue.id()));
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(6));
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(0));
        assertNoDrift();
        assertBalanced(widget);
    }

    @Test
    void anIssueForADemandConsumesItsReservationsInThatLocationAndTakesTheRestFromAvailable() {
        receive(widget, 5, shelfA);
        receive(widget, 5, shelfB);
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(3)).at(shelfA.id()));
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(2)).at(shelfB.id()));

        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(4), shelfA.id()).forDemand("SO-1"));

        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(1));
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(0));
        assertThat(level(widget, shelfB).reserved()).isEqualTo(pc(2));
        assertThat(stock.reservations().reservations(alice, "SO-1")).extracting(ReservationSnapshot::status)
                .containsExactly(ReservationStatus.CONSUMED, ReservationStatus.OPEN);
        assertNoDrift();
    }

    @Test
    void neverReservesMoreThanIsAvailableAndARefusalChangesNothing() {
        receive(widget, 10, shelfA);
        reserve(widget, "SO-1", 7);

        assertRefused(() -> reserve(widget, "SO-2", 4), "stock.quantity.insufficient");
        assertRefused(() -> reserve(widget, "SO-2", 0), "stock.quantity.not_positive");
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-2", pc(1)).lot("L")),
                "stock.lot.not_allowed");
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-2", pc(1))
                .at(stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER).id())), "stock.location.not_internal");
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-2", pc(1)).at(shelfB.id())),
                "stock.quantity.insufficient");
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(ItemId.of(newId()), "SO-2", pc(1))),
                "stock.item.not_found");
        assertRefused(() -> stock.reservations().reserve(alice, new ReserveStock(widget.id(), " ", null, null, null, null, null)),
                "validation.failed");
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(7));
        reserve(widget, "SO-2", 3);
        assertThat(level(widget, shelfA).available()).isEqualTo(pc(0));
        assertNoDrift();
    }

    @Test
    void reservesByReceiptDateByExpiryOrAGivenLotOrLocation() {
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(10, "l"), shelfA.id())
                .lot("OLD", LocalDate.of(2026, 6, 1)));
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(10, "l"), shelfB.id())
                .lot("FRESH", LocalDate.of(2026, 4, 1)));
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(10, "l"), shelfB.id()).lot("NODATE"));

        ReservationResult fifo = stock.reservations().reserve(alice, ReserveStock.of(milk.id(), "SO-1", Quantity.of(12, "l")));
        assertThat(fifo.reservations()).extracting(ReservationSnapshot::lot).containsExactly("OLD", "FRESH");
        assertThat(fifo.reservations()).extracting(ReservationSnapshot::quantity)
                .containsExactly(Quantity.of(10, "l"), Quantity.of(2, "l"));

        ReservationResult fefo = stock.reservations().reserve(alice, ReserveStock.of(milk.id(), "SO-2", Quantity.of(9, "l"))
                .using(ReservationStrategy.FEFO));
        assertThat(fefo.reservations()).extracting(ReservationSnapshot::lot).containsExactly("FRESH", "NODATE");

        ReservationResult lot = stock.reservations().reserve(alice, ReserveStock.of(milk.id(), "SO-3", Quantity.of(2, "l"))
                .lot("NODATE"));
        assertThat(lot.reservations()).singleElement().satisfies(r -> assertThat(r.lot()).isEqualTo("NODATE"));
        ReservationResult where = stock.reservations().reserve(alice, ReserveStock.of(milk.id(), "SO-4", Quantity.of(1, "l"))
                .at(main.rootLocation()));
        assertThat(where.reservations()).singleElement().satisfies(r -> assertThat(r.location()).isEqualTo(shelfB.id()));
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(milk.id(), "SO-5", Quantity.of(1, "l"))
                .at(shelfA.id())), "stock.quantity.insufficient");
        assertNoDrift();
    }

    @Test
    void aBackorderIsFilledWhenStockArrivesOldestDemandFirst() {
        receive(gadget, 2, shelfA);

        ReservationResult first = reserve(gadget, "SO-1", 5);
        ReservationResult second = stock.reservations().reserve(alice, ReserveStock.of(gadget.id(), "SO-2", Quantity.of(4, "pc")));
        assertThat(first.reserved()).isEqualTo(pc(2));
        assertThat(first.backorder().outstanding()).isEqualTo(pc(3));
        assertThat(first.isComplete()).isFalse();
        assertThat(second.reserved()).isEqualTo(pc(0));
        assertThat(second.backorder().outstanding()).isEqualTo(pc(4));
        assertThat(published).filteredOn(StockBackordered.class::isInstance).hasSize(2);
        published.clear();

        stock.inventory().move(alice, NewStockMove.receipt(gadget.id(), Quantity.of(5, "pc"), shelfB.id()));

        assertThat(stock.reservations().backorders(alice, "SO-1")).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo(BackorderStatus.FILLED);
            assertThat(b.filled()).isEqualTo(pc(3));
        });
        assertThat(stock.reservations().backorders(alice, "SO-2")).singleElement()
                .satisfies(b -> assertThat(b.outstanding()).isEqualTo(pc(2)));
        assertThat(published).filteredOn(BackorderFilled.class::isInstance).hasSize(2);
        assertThat(level(gadget, shelfB).available()).isEqualTo(pc(0));

        stock.inventory().move(alice, NewStockMove.receipt(gadget.id(), Quantity.of(1, "box"), shelfA.id()));
        assertThat(stock.reservations().backorders(alice, "SO-2")).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BackorderStatus.FILLED));
        assertThat(level(gadget, shelfA).available()).isEqualTo(pc(8));
        assertThat(stock.inventory().level(alice, gadget.id(), main.rootLocation()).reserved()).isEqualTo(pc(9));

        ReservationResult replay = stock.reservations().reserve(alice, ReserveStock.of(gadget.id(), "SO-1", pc(5))
                .withIdempotencyKey("k"));
        assertThat(replay.isComplete()).isTrue();
        assertNoDrift();
    }

    @Test
    void releasingGivesStockBackAndFillsWaitingBackorders() {
        receive(gadget, 4, shelfA);
        ReservationResult held = reserve(gadget, "SO-1", 4);
        reserve(gadget, "SO-2", 3);
        ReservationId reservation = held.reservations().get(0).id();

        ReservationSnapshot released = stock.reservations().release(alice, reservation);
        assertThat(released.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(released.released()).isEqualTo(pc(4));
        assertThat(stock.reservations().backorders(alice, "SO-2")).singleElement()
                .satisfies(b -> assertThat(b.status()).isEqualTo(BackorderStatus.FILLED));
        assertThat(level(gadget, shelfA).available()).isEqualTo(pc(1));
        assertRefused(() -> stock.reservations().release(alice, reservation), "stock.reservation.not_open");
        assertRefused(() -> stock.reservations().release(alice, ReservationId.of(newId())), "stock.reservation.not_found");
        assertNoDrift();
    }

    @Test
    void releasingADemandReleasesItsReservationsAndCancelsItsBackorders() {
        receive(gadget, 3, shelfA);
        receive(widget, 3, shelfA);
        reserve(gadget, "SO-1", 5);
        reserve(widget, "SO-1", 2);

        DemandRelease release = stock.reservations().releaseDemand(alice, "SO-1");

        assertThat(release.released()).hasSize(2);
        assertThat(release.cancelled()).singleElement().satisfies(b -> assertThat(b.status()).isEqualTo(BackorderStatus.CANCELLED));
        assertThat(level(gadget, shelfA).reserved()).isEqualTo(pc(0));
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(0));
        receive(gadget, 5, shelfA);
        assertThat(level(gadget, shelfA).reserved()).isEqualTo(pc(0));
        assertThat(stock.reservations().releaseDemand(alice, "SO-1").released()).isEmpty();
        assertNoDrift();
    }

    @Test
    void theSameIdempotencyKeyReservesOnce() {
        receive(widget, 10, shelfA);
        ReserveStock command = ReserveStock.of(widget.id(), "SO-1", pc(4)).withIdempotencyKey("res-1");
        ReservationResult first = stock.reservations().reserve(alice, command);
        published.clear();

        assertThat(stock.reservations().reserve(alice, command)).isEqualTo(first);
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(4));
        assertThat(published).isEmpty();
        assertRefused(() -> stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(5))
                .withIdempotencyKey("res-1")), "idempotency.key_reused");
    }

    @Test
    void tenantsNeverSeeOrReleaseEachOthersReservations() {
        receive(widget, 10, shelfA);
        ReservationResult held = reserve(widget, "SO-1", 4);

        assertRefused(() -> stock.reservations().release(mallory, held.reservations().get(0).id()),
                "stock.reservation.not_found");
        assertRefused(() -> stock.reservations().reserve(mallory, ReserveStock.of(widget.id(), "SO-1", pc(1))),
                "stock.item.not_found");
        assertThat(stock.reservations().reservations(mallory, "SO-1")).isEmpty();
        assertThat(stock.reservations().releaseDemand(mallory, "SO-1").released()).isEmpty();
        assertThat(stock.reservations().checkReservations(mallory).rowsChecked()).isZero();
        assertThat(level(widget, shelfA).reserved()).isEqualTo(pc(4));
        assertThat(stock.reservations().checkReservations(alice).rowsChecked()).isEqualTo(1);
        assertThat(stock.reservations().backorders(alice, "SO-1")).extracting(BackorderSnapshot::id).isEmpty();
    }
}
