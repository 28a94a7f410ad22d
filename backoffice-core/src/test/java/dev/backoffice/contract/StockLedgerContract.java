package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.MoveHistory;
import dev.backoffice.stock.api.MoveHistoryLine;
import dev.backoffice.stock.api.MoveHistoryQuery;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockHeld;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Stock as of an instant and the move history through the api ({@link dev.backoffice.stock.api.StockLedger}):
 * done moves count at the time they were done, reversals at their own, drafts and cancelled moves never.
 */
public abstract class StockLedgerContract extends StockScenarioContract {

    private MovableClock clock;

    @Override
    protected StockContext stockContext(AccessPolicy policy) {
        clock = new MovableClock(NOW);
        UseCases useCases = new UseCases(adapters().unitOfWork(), policy, new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        return new StockContext(useCases, stockAdapters());
    }

    private Instant tick() {
        return clock.advance(Duration.ofMinutes(1));
    }

    private Quantity levelAsOf(ItemId item, LocationId location, Instant at) {
        return stock.stockLedger().levelAsOf(alice, item, location, at);
    }

    @Test
    void stockAsOfCountsDoneMovesAtTheirTimeAndAReversalAtItsOwn() {
        Instant before = tick();
        Instant received = tick();
        receive(widget, 10, shelfA);
        Instant issued = tick();
        StockMoveSnapshot issue = stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(3), shelfA.id()));
        Instant drafted = tick();
        StockMoveSnapshot draft = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(100), shelfA.id()));
        stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(50), shelfA.id()));
        stock.inventory().cancelMove(alice, stock.inventory().draftMove(alice,
                NewStockMove.receipt(widget.id(), pc(7), shelfA.id())).id());
        Instant reversed = tick();
        stock.inventory().reverseMove(alice, ReverseStockMove.of(issue.id()));
        Instant completed = tick();
        stock.inventory().completeMove(alice, draft.id());

        assertThat(levelAsOf(widget.id(), shelfA.id(), before)).isEqualTo(pc(0));
        assertThat(levelAsOf(widget.id(), shelfA.id(), received)).isEqualTo(pc(10));
        assertThat(levelAsOf(widget.id(), shelfA.id(), received.plusSeconds(59))).isEqualTo(pc(10));
        assertThat(levelAsOf(widget.id(), shelfA.id(), issued)).isEqualTo(pc(7));
        assertThat(levelAsOf(widget.id(), shelfA.id(), drafted)).isEqualTo(pc(7));
        assertThat(levelAsOf(widget.id(), shelfA.id(), reversed)).isEqualTo(pc(10));
        assertThat(levelAsOf(widget.id(), shelfA.id(), completed)).isEqualTo(pc(110));
        assertThat(levelAsOf(widget.id(), main.rootLocation(), completed))
                .isEqualTo(stock.inventory().level(alice, widget.id(), main.rootLocation()).onHand());
        LocationId customer = issue.to();
        assertThat(levelAsOf(widget.id(), customer, issued)).isEqualTo(pc(3));
        assertThat(levelAsOf(widget.id(), customer, reversed)).isEqualTo(pc(0));

        List<StockHeld> everywhere = stock.stockLedger().onHandAsOf(alice, widget.id(), null, issued);
        assertThat(everywhere).extracting(h -> h.onHand().value().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("7", "3", "-10");
        assertThat(everywhere).allSatisfy(h -> {
            assertThat(h.lot()).isNull();
            assertThat(h.at()).isEqualTo(issued);
            assertThat(h.item()).isEqualTo(widget.id());
        });
        assertThat(everywhere.stream().map(h -> h.onHand().value()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("0");
    }

    @Test
    void stockAsOfRollsUpLocationsAndKeepsLotsAndSerialsApart() {
        LocationSnapshot bin = stock.warehousing().addLocation(alice, AddLocation.of(shelfA.id(), "01", "Bin 1"));
        Instant first = tick();
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of("2.5", "l"), shelfA.id()).lot("L1"));
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(4, "l"), bin.id()).lot("L2"));
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(2), bin.id()).serials("S1", "S2"));
        Instant second = tick();
        stock.inventory().move(alice, NewStockMove.transfer(milk.id(), Quantity.of(1, "l"), bin.id(), shelfB.id()).lot("L2"));
        stock.inventory().move(alice, NewStockMove.issue(phone.id(), pc(1), bin.id()).serials("S2"));

        assertThat(stock.stockLedger().onHandAsOf(alice, milk.id(), shelfA.id(), first))
                .extracting(StockHeld::location, StockHeld::lot, StockHeld::onHand)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(shelfA.id(), "L1", Quantity.of("2.5", "l")),
                        org.assertj.core.groups.Tuple.tuple(bin.id(), "L2", Quantity.of(4, "l")));
        assertThat(levelAsOf(milk.id(), shelfA.id(), second)).isEqualTo(Quantity.of("5.5", "l"));
        assertThat(levelAsOf(milk.id(), main.rootLocation(), second)).isEqualTo(Quantity.of("6.5", "l"));
        assertThat(levelAsOf(milk.id(), shelfB.id(), first)).isEqualTo(Quantity.of(0, "l"));
        assertThat(stock.stockLedger().onHandAsOf(alice, phone.id(), bin.id(), first))
                .extracting(StockHeld::lot).containsExactlyInAnyOrder("S1", "S2");
        assertThat(stock.stockLedger().onHandAsOf(alice, phone.id(), bin.id(), second))
                .extracting(StockHeld::lot, StockHeld::onHand)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("S1", pc(1)));
        assertThat(stock.inventory().levels(alice, milk.id()))
                .allSatisfy(level -> assertThat(stock.stockLedger().onHandAsOf(alice, milk.id(), level.location(), second))
                        .filteredOn(h -> h.location().equals(level.location()) && java.util.Objects.equals(h.lot(), level.lot()))
                        .singleElement().satisfies(h -> assertThat(h.onHand()).isEqualTo(level.onHand())));
    }

    @Test
    void theHistoryOfAnItemPagesInOrderWithItsRunningQuantity() {
        List<StockMoveSnapshot> done = new ArrayList<>();
        tick();
        done.add(receive(widget, 10, shelfA));
        tick();
        done.add(receive(widget, 5, shelfB));
        tick();
        done.add(stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(4), shelfA.id(), shelfB.id())));
        stock.inventory().draftMove(alice, NewStockMove.issue(widget.id(), pc(1), shelfA.id()));
        tick();
        done.add(stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(2), shelfB.id())));
        tick();
        done.add(stock.inventory().move(alice, NewStockMove.adjustOut(widget.id(), pc(1), shelfA.id(), AdjustmentReason.LOST)));
        done.add(stock.inventory().reverseMove(alice, ReverseStockMove.of(done.get(3).id())));

        List<MoveHistoryLine> all = new ArrayList<>();
        MoveHistory page = stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).limit(4));
        assertThat(page.lines()).hasSize(4);
        all.addAll(page.lines());
        page = stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).limit(4).after(page.next()));
        assertThat(page.lines()).hasSize(2);
        assertThat(page.next()).isNull();
        all.addAll(page.lines());

        assertThat(all).extracting(l -> l.move().id()).containsExactlyElementsOf(done.stream().map(StockMoveSnapshot::id).toList());
        assertThat(all).extracting(MoveHistoryLine::change).containsExactly(pc(10), pc(5), pc(0), pc(-2), pc(-1), pc(2));
        assertThat(all).extracting(MoveHistoryLine::running).containsExactly(pc(10), pc(15), pc(15), pc(13), pc(12), pc(14));

        List<MoveHistoryLine> shelf = stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())
                .in(shelfA.id())).lines();
        assertThat(shelf).extracting(l -> l.move().id())
                .containsExactly(done.get(0).id(), done.get(2).id(), done.get(4).id());
        assertThat(shelf).extracting(MoveHistoryLine::running).containsExactly(pc(10), pc(6), pc(5));

        MoveHistory firstOfB = stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).in(shelfB.id()).limit(2));
        assertThat(firstOfB.lines()).extracting(MoveHistoryLine::running).containsExactly(pc(5), pc(9));
        MoveHistory restOfB = stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).in(shelfB.id())
                .after(firstOfB.next()));
        assertThat(restOfB.lines()).extracting(MoveHistoryLine::change).containsExactly(pc(-2), pc(2));
        assertThat(restOfB.lines()).extracting(MoveHistoryLine::running).containsExactly(pc(7), pc(9));
        assertThat(restOfB.lines().get(1).running()).isEqualTo(level(widget, shelfB).onHand());
        assertThat(restOfB.next()).isNull();

        assertThat(stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).in(main.rootLocation()))
                .lines()).extracting(MoveHistoryLine::running).containsExactly(pc(10), pc(15), pc(15), pc(13), pc(12), pc(14));
    }

    @Test
    void theHistoryOfALotOrSerialNumberFollowsItAlone() {
        tick();
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(3, "l"), shelfA.id()).lot("L1"));
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(8, "l"), shelfA.id()).lot("L2"));
        tick();
        stock.inventory().move(alice, NewStockMove.issue(milk.id(), Quantity.of(1, "l"), shelfA.id()).lot("L1"));
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(3), shelfA.id()).serials("S1", "S2", "S3"));
        tick();
        stock.inventory().move(alice, NewStockMove.transfer(phone.id(), pc(2), shelfA.id(), shelfB.id()).serials("S1", "S3"));

        assertThat(stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(milk.id()).lot("L1")).lines())
                .extracting(MoveHistoryLine::running).containsExactly(Quantity.of(3, "l"), Quantity.of(2, "l"));
        assertThat(stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(phone.id()).lot("S3").in(shelfA.id()))
                .lines()).extracting(MoveHistoryLine::change, MoveHistoryLine::running)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pc(1), pc(1)),
                        org.assertj.core.groups.Tuple.tuple(pc(-1), pc(0)));
        assertThat(stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(phone.id()).in(shelfA.id())).lines())
                .extracting(MoveHistoryLine::running).containsExactly(pc(3), pc(1));
        assertThat(stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(phone.id()).lot("S2")).lines())
                .hasSize(1);
    }

    @Test
    void refusesUnknownItemsLocationsAndBadQueriesAndStaysInItsTenant() {
        receive(widget, 10, shelfA);
        assertRefused(() -> stock.stockLedger().levelAsOf(alice, ItemId.of(newId()), shelfA.id(), NOW), "stock.item.not_found");
        assertRefused(() -> stock.stockLedger().levelAsOf(alice, widget.id(), LocationId.of(newId()), NOW),
                "stock.location.not_found");
        assertRefused(() -> stock.stockLedger().levelAsOf(alice, widget.id(), null, NOW), "validation.failed");
        assertRefused(() -> stock.stockLedger().onHandAsOf(alice, widget.id(), null, null), "validation.failed");
        assertRefused(() -> stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).limit(0)),
                "validation.failed");
        assertRefused(() -> stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())
                .limit(MoveHistoryQuery.MAX_LIMIT + 1)), "validation.failed");
        assertRefused(() -> stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id()).lot("bad lot!")),
                "validation.failed");
        assertRefused(() -> stock.stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())
                .in(LocationId.of(newId()))), "stock.location.not_found");
        assertRefused(() -> stock.stockLedger().moveHistory(mallory, MoveHistoryQuery.of(widget.id())), "stock.item.not_found");
        assertRefused(() -> stock.stockLedger().onHandAsOf(mallory, widget.id(), null, NOW), "stock.item.not_found");
        assertThat(catchThrowableOfType(dev.backoffice.common.BackOfficeException.class,
                () -> stockContext(AccessPolicy.denyAll()).stockLedger().moveHistory(alice, MoveHistoryQuery.of(widget.id())))
                .code()).isEqualTo("access.denied");
    }
}
