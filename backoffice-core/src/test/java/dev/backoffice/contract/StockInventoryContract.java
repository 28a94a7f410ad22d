package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.LotTrace;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveStatus;
import dev.backoffice.stock.domain.StockMoveCancelled;
import dev.backoffice.stock.domain.StockMoveReversed;
import dev.backoffice.stock.domain.StockMoved;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Moves through the api: quantities that balance, refusals that change nothing, lots, serials, reversals. */
public abstract class StockInventoryContract extends StockScenarioContract {

    @Test
    void aReceiptAndAnIssueBalanceLikeALedger() {
        StockMoveSnapshot receipt = stock.inventory().move(alice, NewStockMove.receipt(widget.id(), Quantity.of(2, "box"),
                shelfA.id()).reference("PO-7"));
        StockMoveSnapshot issue = stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(5), shelfA.id()));

        assertThat(receipt.status()).isEqualTo(MoveStatus.DONE);
        assertThat(receipt.baseQuantity()).isEqualTo(pc(24));
        assertThat(receipt.from()).isEqualTo(stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER).id());
        assertThat(issue.to()).isEqualTo(stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id());
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(19));
        assertThat(level(widget, shelfA).available()).isEqualTo(pc(19));
        assertThat(stock.inventory().level(alice, widget.id(), receipt.from()).onHand()).isEqualTo(pc(-24));
        assertThat(stock.inventory().level(alice, widget.id(), issue.to()).onHand()).isEqualTo(pc(5));
        assertBalanced(widget);
        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(e).isInstanceOf(StockMoved.class));
        assertThat(((StockMoved) published.get(0)).quantity()).isEqualTo(pc(24));
        assertThat(stock.inventory().moves(alice, widget.id())).extracting(StockMoveSnapshot::id)
                .containsExactly(receipt.id(), issue.id());
        assertThat(auditTrail(alice)).filteredOn(r -> r.subjectId().equals(issue.id().value()))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo(StockPermissions.COMPLETE_MOVE));
    }

    @Test
    void aLevelRollsUpTheLocationsUnderIt() {
        LocationSnapshot bin = stock.warehousing().addLocation(alice, AddLocation.of(shelfA.id(), "01", "Bin 1"));
        receive(widget, 10, shelfA);
        receive(widget, 5, bin);
        receive(widget, 3, shelfB);

        assertThat(level(widget, bin).onHand()).isEqualTo(pc(5));
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(15));
        assertThat(stock.inventory().level(alice, widget.id(), main.rootLocation()).onHand()).isEqualTo(pc(18));
        assertThat(stock.inventory().levels(alice, widget.id())).hasSize(4);
    }

    @Test
    void neverTakesMoreThanIsOnHandAndARefusalChangesNothing() {
        receive(widget, 10, shelfA);

        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(11), shelfA.id())),
                "stock.quantity.insufficient");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(1), shelfB.id(), shelfA.id())),
                "stock.quantity.insufficient");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.adjustOut(widget.id(), pc(11), shelfA.id(),
                AdjustmentReason.LOST)), "stock.quantity.insufficient");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(widget.id(), Quantity.of("0.5", "pc"),
                shelfA.id())), "stock.quantity.too_precise");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(widget.id(), Quantity.of(1, "kg"),
                shelfA.id())), "stock.unit.unknown");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(1), shelfA.id(), null)),
                "stock.move.invalid_locations");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(ItemId.of(newId()), pc(1), shelfA.id())),
                "stock.item.not_found");
        assertRefused(() -> stock.inventory().move(alice, new NewStockMove(null, null, null, null, null, "bad lot!",
                null, null, null, null, null, null)), "validation.failed");
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(10));
    }

    @Test
    void anItemThatAllowsNegativeStockMayGoBelowZero() {
        stock.inventory().move(alice, NewStockMove.issue(bolt.id(), pc(4), shelfA.id()));
        assertThat(level(bolt, shelfA).onHand()).isEqualTo(pc(-4));
        receive(bolt, 10, shelfA);
        assertThat(level(bolt, shelfA).onHand()).isEqualTo(pc(6));
        assertBalanced(bolt);
    }

    @Test
    void transfersAndAdjustmentsMoveStockBetweenLocations() {
        receive(widget, 10, shelfA);
        stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(4), shelfA.id(), shelfB.id()));
        StockMoveSnapshot lost = stock.inventory().move(alice, NewStockMove.adjustOut(widget.id(), pc(1), shelfB.id(),
                AdjustmentReason.DAMAGED));
        stock.inventory().move(alice, NewStockMove.adjustIn(widget.id(), pc(2), shelfA.id(), AdjustmentReason.FOUND));

        assertThat(lost.to()).isEqualTo(stock.warehousing().virtualLocation(alice, LocationType.INVENTORY_LOSS).id());
        assertThat(lost.reason()).isEqualTo(AdjustmentReason.DAMAGED);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(8));
        assertThat(level(widget, shelfB).onHand()).isEqualTo(pc(3));
        assertThat(stock.inventory().level(alice, widget.id(), lost.to()).onHand()).isEqualTo(pc(-1));
        assertBalanced(widget);
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.adjustOut(widget.id(), pc(1), shelfB.id(), null)),
                "stock.move.reason_required");
    }

    @Test
    void aDraftChangesNothingUntilItIsCompletedAndIsDoneOrCancelledOnce() {
        StockMoveSnapshot draft = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(6), shelfA.id()));
        assertThat(draft.status()).isEqualTo(MoveStatus.DRAFT);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(0));
        assertThat(published).isEmpty();

        StockMoveSnapshot done = stock.inventory().completeMove(alice, draft.id());
        assertThat(done.status()).isEqualTo(MoveStatus.DONE);
        assertThat(stock.inventory().stockMove(alice, draft.id()).status()).isEqualTo(MoveStatus.DONE);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(6));
        assertRefused(() -> stock.inventory().completeMove(alice, draft.id()), "stock.move.not_draft");
        assertRefused(() -> stock.inventory().cancelMove(alice, draft.id()), "stock.move.not_draft");

        StockMoveSnapshot other = stock.inventory().draftMove(alice, NewStockMove.issue(widget.id(), pc(100), shelfA.id()));
        assertRefused(() -> stock.inventory().completeMove(alice, other.id()), "stock.quantity.insufficient");
        assertThat(stock.inventory().stockMove(alice, other.id()).status()).isEqualTo(MoveStatus.DRAFT);
        assertThat(stock.inventory().cancelMove(alice, other.id()).status()).isEqualTo(MoveStatus.CANCELLED);
        assertThat(published).last().isInstanceOf(StockMoveCancelled.class);
        assertRefused(() -> stock.inventory().completeMove(alice, other.id()), "stock.move.not_draft");
        assertRefused(() -> stock.inventory().completeMove(alice, MoveId.of(newId())), "stock.move.not_found");
    }

    @Test
    void aDoneMoveIsCorrectedByALinkedReversalOnce() {
        StockMoveSnapshot receipt = receive(widget, 10, shelfA);
        StockMoveSnapshot issue = stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(3), shelfA.id()));
        published.clear();

        StockMoveSnapshot reversal = stock.inventory().reverseMove(alice, ReverseStockMove.of(issue.id()));

        assertThat(reversal.reversalOf()).isEqualTo(issue.id());
        assertThat(reversal.from()).isEqualTo(issue.to());
        assertThat(reversal.to()).isEqualTo(issue.from());
        assertThat(stock.inventory().stockMove(alice, issue.id()).reversedBy()).isEqualTo(reversal.id());
        assertThat(stock.inventory().stockMove(alice, issue.id()).status()).isEqualTo(MoveStatus.DONE);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(10));
        assertThat(published).hasAtLeastOneElementOfType(StockMoveReversed.class).hasAtLeastOneElementOfType(StockMoved.class);
        assertBalanced(widget);
        assertRefused(() -> stock.inventory().reverseMove(alice, ReverseStockMove.of(issue.id())), "stock.move.already_reversed");

        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(8), shelfA.id()));
        assertRefused(() -> stock.inventory().reverseMove(alice, ReverseStockMove.of(receipt.id())),
                "stock.quantity.insufficient");
        StockMoveSnapshot draft = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(1), shelfA.id()));
        assertRefused(() -> stock.inventory().reverseMove(alice, ReverseStockMove.of(draft.id())), "stock.move.not_done");
    }

    @Test
    void theSameIdempotencyKeyMovesOnce() {
        NewStockMove command = NewStockMove.receipt(widget.id(), pc(5), shelfA.id()).withIdempotencyKey("grn-1");
        StockMoveSnapshot first = stock.inventory().move(alice, command);
        published.clear();

        assertThat(stock.inventory().move(alice, command)).isEqualTo(first);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(5));
        assertThat(published).isEmpty();
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(widget.id(), pc(6), shelfA.id())
                .withIdempotencyKey("grn-1")), "idempotency.key_reused");

        ReverseStockMove reverse = new ReverseStockMove(first.id(), "undo-1");
        StockMoveSnapshot reversal = stock.inventory().reverseMove(alice, reverse);
        assertThat(stock.inventory().reverseMove(alice, reverse)).isEqualTo(reversal);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(0));
    }

    @Test
    void lotsAreNamedOnEveryMoveAndTraced() {
        LocalDate expiry = LocalDate.of(2026, 4, 1);
        StockMoveSnapshot in = stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(20, "l"), shelfA.id())
                .lot("M-1", expiry));
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(5, "l"), shelfA.id()).lot("M-2"));
        StockMoveSnapshot out = stock.inventory().move(alice, NewStockMove.issue(milk.id(), Quantity.of("2.5", "l"), shelfA.id())
                .lot("M-1"));

        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(milk.id(), Quantity.of(1, "l"), shelfA.id())),
                "stock.lot.required");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(milk.id(), Quantity.of(6, "l"), shelfA.id())
                .lot("M-2")), "stock.quantity.insufficient");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(1, "l"), shelfA.id())
                .lot("M-1", expiry.plusDays(1))), "stock.lot.expiry_mismatch");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(widget.id(), pc(1), shelfA.id()).lot("W")),
                "stock.lot.not_allowed");

        LotTrace trace = stock.inventory().lotTrace(alice, milk.id(), "M-1");
        assertThat(trace.expiry()).isEqualTo(expiry);
        assertThat(trace.receivedAt()).isEqualTo(NOW);
        assertThat(trace.moves()).extracting(StockMoveSnapshot::id).containsExactly(in.id(), out.id());
        assertThat(trace.levels()).extracting(StockLevel::location)
                .contains(shelfA.id(), stock.warehousing().virtualLocation(alice, LocationType.CUSTOMER).id());
        assertThat(trace.levels()).filteredOn(l -> l.location().equals(shelfA.id())).singleElement()
                .satisfies(l -> assertThat(l.onHand()).isEqualTo(Quantity.of("17.5", "l")));
        assertThat(level(milk, shelfA).onHand()).isEqualTo(Quantity.of("22.5", "l"));
        assertBalanced(milk);
        assertRefused(() -> stock.inventory().lotTrace(alice, milk.id(), "M-9"), "stock.lot.not_found");
    }

    @Test
    void aSerialNumberIsInStockOncePerItem() {
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(2), shelfA.id()).serials("SN-1", "SN-2"));

        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(1), shelfB.id()).serials("SN-1")),
                "stock.serial.in_stock");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(2), shelfB.id()).serials("SN-3")),
                "stock.serial.count_mismatch");
        assertRefused(() -> stock.inventory().move(alice, NewStockMove.issue(phone.id(), pc(1), shelfB.id()).serials("SN-1")),
                "stock.quantity.insufficient");

        stock.inventory().move(alice, NewStockMove.transfer(phone.id(), pc(1), shelfA.id(), shelfB.id()).serials("SN-1"));
        StockMoveSnapshot sold = stock.inventory().move(alice, NewStockMove.issue(phone.id(), pc(1), shelfB.id()).serials("SN-1"));
        // returned by the customer: back in stock, once
        stock.inventory().move(alice, NewStockMove.receipt(phone.id(), pc(1), shelfA.id()).from(sold.to()).serials("SN-1"));

        assertThat(level(phone, shelfA).onHand()).isEqualTo(pc(2));
        assertThat(level(phone, shelfB).onHand()).isEqualTo(pc(0));
        assertThat(stock.inventory().lotTrace(alice, phone.id(), "SN-1").moves()).hasSize(4);
        assertBalanced(phone);
    }

    @Test
    void tenantsNeverSeeOrMoveEachOthersStock() {
        receive(widget, 10, shelfA);

        assertRefused(() -> stock.inventory().move(mallory, NewStockMove.issue(widget.id(), pc(1), shelfA.id())),
                "stock.item.not_found");
        assertRefused(() -> stock.inventory().levels(mallory, widget.id()), "stock.item.not_found");
        assertRefused(() -> stock.inventory().stockMove(mallory, stock.inventory().moves(alice, widget.id()).get(0).id()),
                "stock.move.not_found");
        StockItemSnapshot own = stock.itemCatalog().createItem(mallory, CreateItem.of("WIDGET", "Widget", UnitOfMeasure.of("pc")));
        stock.warehousing().openWarehouse(mallory, OpenWarehouse.of("MAIN", "Main"));
        assertRefused(() -> stock.inventory().move(mallory, NewStockMove.receipt(own.id(), pc(1), shelfA.id())),
                "stock.location.not_found");
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(10));
    }
}
