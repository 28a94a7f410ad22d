package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenCount;
import dev.backoffice.stock.api.RecordCount;
import dev.backoffice.stock.api.RemoveReorderRule;
import dev.backoffice.stock.api.ReorderProposal;
import dev.backoffice.stock.api.ReorderRuleSnapshot;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.SetReorderRule;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.application.StockContext;
import dev.backoffice.stock.domain.ReorderPointReached;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Min/max replenishment through the api ({@link dev.backoffice.stock.api.Replenishment}): rules in the
 * item's units kept in its base unit, proposals from the forecast position (on hand less reserved plus
 * draft receipts, in the warehouse's internal locations), rounded up to the order multiple, and
 * {@link ReorderPointReached} once per crossing of the minimum.
 */
public abstract class StockReplenishmentContract extends StockScenarioContract {

    private static Quantity box(long n) {
        return Quantity.of(n, "box");
    }

    private ReorderRuleSnapshot rule(long minimum, long maximum, Long multiple) {
        SetReorderRule command = SetReorderRule.of(widget.id(), main.id(), pc(minimum), pc(maximum));
        return stock.replenishment().setReorderRule(alice, multiple == null ? command : command.multipleOf(pc(multiple)));
    }

    private List<ReorderProposal> proposals() {
        return stock.replenishment().reorderProposals(alice, main.id());
    }

    private List<ReorderPointReached> reached() {
        return published.stream().filter(ReorderPointReached.class::isInstance).map(ReorderPointReached.class::cast)
                .toList();
    }

    @Override
    protected Object observableState() {
        return List.of(super.observableState(), stock.replenishment().reorderRules(alice, main.id()));
    }

    @Test
    void setsARuleInTheItemsUnitsAndReplacesIt() {
        ReorderRuleSnapshot set = stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), box(1), box(5)).multipleOf(box(2)));
        assertThat(set.item()).isEqualTo(widget.id());
        assertThat(set.warehouse()).isEqualTo(main.id());
        assertThat(set.minimum()).isEqualTo(pc(12));
        assertThat(set.maximum()).isEqualTo(pc(60));
        assertThat(set.multiple()).isEqualTo(pc(24));
        assertThat(set.changedBy()).isEqualTo("alice");
        assertThat(set.createdAt()).isEqualTo(NOW);

        ReorderRuleSnapshot replaced = rule(10, 50, null);
        assertThat(replaced.id()).isEqualTo(set.id());
        assertThat(replaced.minimum()).isEqualTo(pc(10));
        assertThat(replaced.maximum()).isEqualTo(pc(50));
        assertThat(replaced.multiple()).isNull();
        assertThat(stock.replenishment().reorderRules(alice, main.id())).containsExactly(replaced);
        assertThat(auditTrail(alice)).anySatisfy(r -> assertThat(r.action()).isEqualTo("stock.replenishment.manage"));
    }

    @Test
    void removesARule() {
        ReorderRuleSnapshot set = rule(10, 50, null);
        ReorderRuleSnapshot removed = stock.replenishment().removeReorderRule(alice,
                RemoveReorderRule.of(widget.id(), main.id()));
        assertThat(removed.id()).isEqualTo(set.id());
        assertThat(stock.replenishment().reorderRules(alice, main.id())).isEmpty();
        assertThat(proposals()).isEmpty();
        assertRefused(() -> stock.replenishment().removeReorderRule(alice, RemoveReorderRule.of(widget.id(), main.id())),
                "stock.reorder_rule.not_found");
    }

    @Test
    void refusesBadRulesAndChangesNothing() {
        rule(10, 50, 12L);
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(-1), pc(50))), "stock.reorder_rule.minimum_negative");
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(10), pc(9))), "stock.reorder_rule.maximum_below_minimum");
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(10), pc(50)).multipleOf(pc(0))),
                "stock.reorder_rule.multiple_not_positive");
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(10), Quantity.of(50, "kg"))), "stock.unit.unknown");
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), Quantity.of("0.5", "pc"), pc(50))), "stock.quantity.too_precise");
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(10), null)), "validation.failed");
        assertRefused(() -> stock.replenishment().setReorderRule(alice, null), "validation.failed");
        WarehouseSnapshot theirs = stock.warehousing().openWarehouse(mallory, OpenWarehouse.of("THEIRS", "Theirs"));
        assertRefused(() -> stock.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), theirs.id(), pc(1), pc(2))), "stock.warehouse.not_found");
        assertRefused(() -> stock.replenishment().setReorderRule(mallory,
                SetReorderRule.of(widget.id(), theirs.id(), pc(1), pc(2))), "stock.item.not_found");
        assertThat(stock.replenishment().reorderRules(alice, main.id())).singleElement()
                .satisfies(r -> assertThat(r.minimum()).isEqualTo(pc(10)));
    }

    @Test
    void anotherTenantSeesNoRulesAndNoProposals() {
        rule(10, 50, null);
        assertRefused(() -> stock.replenishment().reorderRules(mallory, main.id()), "stock.warehouse.not_found");
        assertRefused(() -> stock.replenishment().reorderProposals(mallory, main.id()), "stock.warehouse.not_found");
        assertRefused(() -> stock.replenishment().removeReorderRule(mallory, RemoveReorderRule.of(widget.id(), main.id())),
                "stock.reorder_rule.not_found");
        assertThat(stock.replenishment().reorderProposals(mallory)).isEmpty();
        assertThat(proposals()).hasSize(1);
    }

    @Test
    void everyCallAsksItsPermission() {
        StockContext denied = stockContext(AccessPolicy.denyAll());
        rule(10, 50, null);
        assertRefused(() -> denied.replenishment().setReorderRule(alice,
                SetReorderRule.of(widget.id(), main.id(), pc(1), pc(2))), "access.denied");
        assertRefused(() -> denied.replenishment().removeReorderRule(alice, RemoveReorderRule.of(widget.id(), main.id())),
                "access.denied");
        assertRefused(() -> denied.replenishment().reorderRules(alice, main.id()), "access.denied");
        assertRefused(() -> denied.replenishment().reorderProposals(alice, main.id()), "access.denied");
        assertRefused(() -> denied.replenishment().reorderProposals(alice), "access.denied");
    }

    @Test
    void proposesTheMaximumLessThePositionRoundedUpToTheMultiple() {
        rule(10, 50, 12L);
        receive(widget, 7, shelfA);

        assertThat(proposals()).singleElement().satisfies(p -> {
            assertThat(p.item()).isEqualTo(widget.id());
            assertThat(p.sku()).isEqualTo("WIDGET");
            assertThat(p.warehouse()).isEqualTo(main.id());
            assertThat(p.warehouseCode()).isEqualTo("MAIN");
            assertThat(p.onHand()).isEqualTo(pc(7));
            assertThat(p.reserved()).isEqualTo(pc(0));
            assertThat(p.incoming()).isEqualTo(pc(0));
            assertThat(p.position()).isEqualTo(pc(7));
            assertThat(p.minimum()).isEqualTo(pc(10));
            assertThat(p.maximum()).isEqualTo(pc(50));
            assertThat(p.multiple()).isEqualTo(pc(12));
            assertThat(p.quantityToOrder()).isEqualTo(pc(48));
        });
        receive(widget, 3, shelfB);
        assertThat(proposals()).as("at the minimum nothing is proposed").isEmpty();
    }

    @Test
    void thePositionCountsReservationsIncomingReceiptsAndOnlyTheWarehousesInternalLocations() {
        rule(10, 50, null);
        receive(widget, 30, shelfA);
        receive(widget, 5, shelfB);
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(28)));
        WarehouseSnapshot north = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("NORTH", "North"));
        stock.inventory().move(alice, NewStockMove.receipt(widget.id(), pc(100), north.rootLocation()));
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(1), shelfA.id()));

        assertThat(proposals()).singleElement().satisfies(p -> {
            assertThat(p.onHand()).isEqualTo(pc(34));
            assertThat(p.reserved()).isEqualTo(pc(28));
            assertThat(p.position()).isEqualTo(pc(6));
            assertThat(p.quantityToOrder()).isEqualTo(pc(44));
        });

        StockMoveSnapshot incoming = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(3), shelfB.id()));
        stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(50), north.rootLocation()));
        assertThat(proposals()).singleElement().satisfies(p -> {
            assertThat(p.incoming()).isEqualTo(pc(3));
            assertThat(p.position()).isEqualTo(pc(9));
            assertThat(p.quantityToOrder()).isEqualTo(pc(41));
        });
        stock.inventory().completeMove(alice, incoming.id());
        assertThat(proposals()).singleElement().satisfies(p -> {
            assertThat(p.onHand()).isEqualTo(pc(37));
            assertThat(p.incoming()).isEqualTo(pc(0));
            assertThat(p.position()).isEqualTo(pc(9));
        });
    }

    @Test
    void proposesForEveryWarehouseByCodeThenSku() {
        WarehouseSnapshot annex = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("ANNEX", "Annex"));
        rule(10, 50, null);
        stock.replenishment().setReorderRule(alice, SetReorderRule.of(bolt.id(), main.id(), pc(1), pc(5)));
        stock.replenishment().setReorderRule(alice, SetReorderRule.of(widget.id(), annex.id(), pc(2), pc(4)));
        stock.replenishment().setReorderRule(alice, SetReorderRule.of(milk.id(), annex.id(),
                Quantity.of("0", "l"), Quantity.of("1.5", "l")));
        receive(widget, 20, shelfA);

        assertThat(stock.replenishment().reorderProposals(alice))
                .extracting(ReorderProposal::warehouseCode, ReorderProposal::sku, ReorderProposal::quantityToOrder)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ANNEX", "WIDGET", pc(4)),
                        org.assertj.core.groups.Tuple.tuple("MAIN", "BOLT", pc(5)));
        assertThat(stock.replenishment().reorderProposals(alice, annex.id())).extracting(ReorderProposal::sku)
                .containsExactly("WIDGET");
    }

    @Test
    void publishesReorderPointReachedOnceWhenThePositionCrossesTheMinimum() {
        ReorderRuleSnapshot rule = rule(10, 50, 12L);
        receive(widget, 20, shelfA);
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(5), shelfA.id()));
        assertThat(reached()).isEmpty();

        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(8), shelfA.id()));
        assertThat(reached()).singleElement().satisfies(e -> {
            assertThat(e.tenant()).isEqualTo(alice.tenant());
            assertThat(e.rule()).isEqualTo(rule.id());
            assertThat(e.itemId()).isEqualTo(widget.id());
            assertThat(e.warehouse()).isEqualTo(main.id());
            assertThat(e.position()).isEqualTo(pc(7));
            assertThat(e.minimum()).isEqualTo(pc(10));
            assertThat(e.maximum()).isEqualTo(pc(50));
            assertThat(e.quantityToOrder()).isEqualTo(pc(48));
            assertThat(e.occurredAt()).isEqualTo(NOW);
        });

        published.clear();
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(2), shelfA.id()));
        stock.inventory().move(alice, NewStockMove.transfer(widget.id(), pc(3), shelfA.id(), shelfB.id()));
        assertThat(reached()).as("below the minimum already: no second event").isEmpty();

        receive(widget, 10, shelfB);
        assertThat(reached()).isEmpty();
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(9)));
        assertThat(reached()).as("a reservation crosses it again").singleElement()
                .satisfies(e -> assertThat(e.position()).isEqualTo(pc(6)));
    }

    @Test
    void aReservationConsumedByItsIssueDoesNotCrossTwice() {
        rule(10, 50, null);
        receive(widget, 15, shelfA);
        stock.reservations().reserve(alice, ReserveStock.of(widget.id(), "SO-1", pc(8)));
        assertThat(reached()).hasSize(1);
        published.clear();
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(8), shelfA.id()).forDemand("SO-1"));
        assertThat(reached()).isEmpty();
        assertThat(proposals()).singleElement().satisfies(p -> assertThat(p.position()).isEqualTo(pc(7)));
    }

    @Test
    void aCancelledOrReversedReceiptAndACountCanCrossTheMinimum() {
        rule(10, 50, null);
        receive(widget, 12, shelfA);
        StockMoveSnapshot draft = stock.inventory().draftMove(alice, NewStockMove.receipt(widget.id(), pc(5), shelfA.id()));
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(6), shelfA.id()));
        assertThat(reached()).as("6 on hand and 5 coming").isEmpty();

        stock.inventory().cancelMove(alice, draft.id());
        assertThat(reached()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(pc(6)));

        published.clear();
        StockMoveSnapshot received = receive(widget, 20, shelfB);
        stock.inventory().reverseMove(alice, ReverseStockMove.of(received.id()));
        assertThat(reached()).singleElement().satisfies(e -> assertThat(e.position()).isEqualTo(pc(6)));

        published.clear();
        receive(widget, 10, shelfB);
        var count = stock.stocktaking().openCount(alice, OpenCount.of(shelfB.id()));
        stock.stocktaking().recordCount(alice, RecordCount.of(count.id(), widget.id(), pc(2)));
        stock.stocktaking().postCount(alice, count.id());
        assertThat(reached()).singleElement().satisfies(e -> {
            assertThat(e.position()).isEqualTo(pc(8));
            assertThat(e.quantityToOrder()).isEqualTo(pc(42));
        });
    }

    @Test
    void noEventForItemsWithoutRulesOrMovesOutsideTheWarehouse() {
        rule(10, 50, null);
        WarehouseSnapshot north = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("NORTH", "North"));
        stock.inventory().move(alice, NewStockMove.receipt(widget.id(), pc(5), north.rootLocation()));
        stock.inventory().move(alice, NewStockMove.issue(widget.id(), pc(5), north.rootLocation()));
        stock.inventory().move(alice, NewStockMove.receipt(bolt.id(), pc(5), shelfA.id()));
        stock.inventory().move(alice, NewStockMove.issue(bolt.id(), pc(5), shelfA.id()));
        assertThat(reached()).as("the main warehouse's widget position stayed at zero, below the minimum").isEmpty();
    }
}
