package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.CountSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenCount;
import dev.backoffice.stock.api.RecordCount;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountStatus;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.PhysicalCountPosted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Physical counts through the api: variances posted as adjustments with their reasons. */
public abstract class StockStocktakingContract extends StockScenarioContract {

    @Test
    void postsEachVarianceAsAnAdjustmentAgainstInventoryLoss() {
        receive(widget, 10, shelfA);
        stock.inventory().move(alice, NewStockMove.receipt(milk.id(), Quantity.of(5, "l"), shelfA.id()).lot("M-1"));
        receive(bolt, 3, shelfA);

        CountSnapshot count = stock.stocktaking().openCount(alice, new OpenCount(shelfA.id(), "Q1", null));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(7)).because(AdjustmentReason.LOST));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), milk.id(), Quantity.of("5.5", "l")).lot("M-1")
                .because(AdjustmentReason.FOUND));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), bolt.id(), pc(4)));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), bolt.id(), pc(3)));
        published.clear();

        CountSnapshot posted = stock.stocktaking().postCount(alice, count.id());

        assertThat(posted.status()).isEqualTo(CountStatus.POSTED);
        assertThat(posted.lines()).hasSize(3);
        CountSnapshot.Line widgets = posted.lines().get(0);
        assertThat(widgets.onHand()).isEqualTo(pc(10));
        assertThat(widgets.variance()).isEqualTo(pc(-3));
        StockMoveSnapshot lost = stock.inventory().stockMove(alice, widgets.adjustment());
        assertThat(lost.kind()).isEqualTo(MoveKind.ADJUSTMENT);
        assertThat(lost.reason()).isEqualTo(AdjustmentReason.LOST);
        assertThat(lost.reference()).isEqualTo("Q1");
        assertThat(lost.to()).isEqualTo(stock.warehousing().virtualLocation(alice, LocationType.INVENTORY_LOSS).id());
        assertThat(posted.lines().get(1).variance()).isEqualTo(Quantity.of("0.5", "l"));
        assertThat(stock.inventory().stockMove(alice, posted.lines().get(1).adjustment()).lot()).isEqualTo("M-1");
        assertThat(posted.lines().get(2).variance()).isEqualTo(pc(0));
        assertThat(posted.lines().get(2).adjustment()).isNull();
        assertThat(posted.lines().get(2).reason()).isEqualTo(AdjustmentReason.MISCOUNTED);

        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(7));
        assertThat(level(milk, shelfA).onHand()).isEqualTo(Quantity.of("5.5", "l"));
        assertBalanced(widget);
        assertBalanced(milk);
        assertThat(published).hasAtLeastOneElementOfType(PhysicalCountPosted.class);
        assertRefused(() -> stock.stocktaking().postCount(alice, count.id()), "stock.count.not_open");
        assertRefused(() -> stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(1))),
                "stock.count.not_open");
    }

    @Test
    void refusesBadCountsAndPostsAllOrNothing() {
        receive(widget, 10, shelfA);
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(8)));
        CountSnapshot count = stock.stocktaking().openCount(alice, OpenCount.of(shelfA.id()));

        assertRefused(() -> stock.stocktaking().openCount(alice, OpenCount.of(shelfA.id())), "stock.count.already_open");
        assertRefused(() -> stock.stocktaking().openCount(alice, OpenCount.of(
                stock.warehousing().virtualLocation(alice, LocationType.SUPPLIER).id())), "stock.location.not_internal");
        assertRefused(() -> stock.stocktaking().postCount(alice, count.id()), "stock.count.empty");
        assertRefused(() -> stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(-1))),
                "stock.count.negative_quantity");
        assertRefused(() -> stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), milk.id(), Quantity.of(1, "l"))),
                "stock.lot.required");
        assertRefused(() -> stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), phone.id(), pc(2)).lot("SN-1")),
                "stock.serial.count_mismatch");
        assertRefused(() -> stock.stocktaking().recordCount(alice, RecordCount.of(CountId.of(newId()), widget.id(), pc(1))),
                "stock.count.not_found");

        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), milk.id(), Quantity.of(2, "l")).lot("NEW"));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(5)));
        // 5 counted but 8 reserved: the shortfall would take reserved stock, so nothing is posted
        assertRefused(() -> stock.stocktaking().postCount(alice, count.id()), "stock.quantity.insufficient");
        assertThat(stock.stocktaking().count(alice, count.id()).status()).isEqualTo(CountStatus.OPEN);
        assertThat(level(milk, shelfA).onHand()).isEqualTo(Quantity.of(0, "l"));

        stock.reservations().releaseDemand(alice, "SO-1");
        stock.stocktaking().postCount(alice, count.id());
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(5));
        assertThat(level(milk, shelfA).onHand()).isEqualTo(Quantity.of(2, "l"));
    }

    @Test
    void aCancelledCountPostsNothingAndFreesTheLocation() {
        receive(widget, 10, shelfA);
        CountSnapshot count = stock.stocktaking().openCount(alice, OpenCount.of(shelfA.id()));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(1)));

        assertThat(stock.stocktaking().cancelCount(alice, count.id()).status()).isEqualTo(CountStatus.CANCELLED);
        assertThat(level(widget, shelfA).onHand()).isEqualTo(pc(10));
        assertRefused(() -> stock.stocktaking().postCount(alice, count.id()), "stock.count.not_open");
        assertRefused(() -> stock.stocktaking().count(mallory, count.id()), "stock.count.not_found");
        assertThat(stock.stocktaking().openCount(alice, OpenCount.of(shelfA.id())).status()).isEqualTo(CountStatus.OPEN);
    }
}
