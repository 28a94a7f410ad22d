package dev.backoffice.stock.domain;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class StockMoveTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TenantId ACME = TenantId.of("acme");

    private final StockLocation root = StockLocation.warehouseRoot(LocationId.of(UUID.randomUUID()), ACME,
            WarehouseId.of(UUID.randomUUID()), "MAIN", "Main", NOW);
    private final StockLocation shelf = StockLocation.under(root, LocationId.of(UUID.randomUUID()), "S1", "Shelf", NOW);
    private final StockLocation supplier = virtual(LocationType.SUPPLIER);
    private final StockLocation customer = virtual(LocationType.CUSTOMER);
    private final StockLocation loss = virtual(LocationType.INVENTORY_LOSS);
    private final StockLocation transit = virtual(LocationType.TRANSIT);

    private static StockLocation virtual(LocationType type) {
        return StockLocation.virtual(LocationId.of(UUID.randomUUID()), ACME, type, NOW);
    }

    private static StockItem item(Tracking tracking) {
        return StockItem.create(ItemId.of(UUID.randomUUID()), ACME, "SKU", "Item", UnitOfMeasure.of("pc").with("box", "12"),
                tracking, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, false, NOW);
    }

    private static StockMove draft(MoveKind kind, StockItem item, StockLocation from, StockLocation to, Quantity quantity,
                                   String lot, List<String> serials, AdjustmentReason reason) {
        return StockMove.draft(MoveId.of(UUID.randomUUID()), kind, item, from, to, quantity, lot, null, serials, reason,
                null, null, "alice", NOW);
    }

    @Test
    void eachKindRunsBetweenItsKindsOfLocation() {
        assertThat(MoveKind.RECEIPT.allows(LocationType.SUPPLIER, LocationType.INTERNAL)).isTrue();
        assertThat(MoveKind.RECEIPT.allows(LocationType.CUSTOMER, LocationType.INTERNAL)).isTrue();
        assertThat(MoveKind.RECEIPT.allows(LocationType.INTERNAL, LocationType.INTERNAL)).isFalse();
        assertThat(MoveKind.ISSUE.allows(LocationType.INTERNAL, LocationType.CUSTOMER)).isTrue();
        assertThat(MoveKind.ISSUE.allows(LocationType.SUPPLIER, LocationType.CUSTOMER)).isFalse();
        assertThat(MoveKind.TRANSFER.allows(LocationType.INTERNAL, LocationType.TRANSIT)).isTrue();
        assertThat(MoveKind.TRANSFER.allows(LocationType.TRANSIT, LocationType.INTERNAL)).isTrue();
        assertThat(MoveKind.TRANSFER.allows(LocationType.TRANSIT, LocationType.TRANSIT)).isFalse();
        assertThat(MoveKind.ADJUSTMENT.allows(LocationType.INVENTORY_LOSS, LocationType.INTERNAL)).isTrue();
        assertThat(MoveKind.ADJUSTMENT.allows(LocationType.INTERNAL, LocationType.CUSTOMER)).isFalse();

        StockItem item = item(Tracking.NONE);
        assertRefused("stock.move.invalid_locations", () -> draft(MoveKind.RECEIPT, item, customer, supplier,
                Quantity.of(1, "pc"), null, null, null));
        assertRefused("stock.move.invalid_locations", () -> draft(MoveKind.TRANSFER, item, shelf, shelf,
                Quantity.of(1, "pc"), null, null, null));
        assertRefused("stock.move.invalid_locations", () -> draft(MoveKind.ISSUE, item, transit, customer,
                Quantity.of(1, "pc"), null, null, null));
    }

    @Test
    void convertsTheQuantityAndRefusesZeroOrNegative() {
        StockItem item = item(Tracking.NONE);
        StockMove move = draft(MoveKind.RECEIPT, item, supplier, shelf, Quantity.of(2, "box"), null, null, null);
        assertThat(move.quantity()).isEqualTo(Quantity.of(2, "box"));
        assertThat(move.baseQuantity()).isEqualTo(Quantity.of(24, "pc"));
        assertThat(move.legs()).containsExactly(new StockMove.Leg(supplier.id(), StockQuant.NO_LOT, new BigDecimal("-24")),
                new StockMove.Leg(shelf.id(), StockQuant.NO_LOT, new BigDecimal("24")));

        assertRefused("stock.quantity.not_positive", () -> draft(MoveKind.RECEIPT, item, supplier, shelf,
                Quantity.of(0, "pc"), null, null, null));
        assertRefused("stock.quantity.not_positive", () -> draft(MoveKind.RECEIPT, item, supplier, shelf,
                Quantity.of(-1, "box"), null, null, null));
        assertRefused("stock.unit.unknown", () -> draft(MoveKind.RECEIPT, item, supplier, shelf,
                Quantity.of(1, "kg"), null, null, null));
    }

    @Test
    void lotsAndSerialsFollowTheItemsTracking() {
        StockItem plain = item(Tracking.NONE);
        StockItem lots = item(Tracking.LOT);
        StockItem serials = item(Tracking.SERIAL);
        Quantity two = Quantity.of(2, "pc");

        assertRefused("stock.lot.not_allowed", () -> draft(MoveKind.RECEIPT, plain, supplier, shelf, two, "L1", null, null));
        assertRefused("stock.lot.required", () -> draft(MoveKind.RECEIPT, lots, supplier, shelf, two, null, null, null));
        assertRefused("stock.lot.not_allowed", () -> draft(MoveKind.RECEIPT, lots, supplier, shelf, two, "L1", List.of("S1", "S2"), null));
        assertRefused("stock.serial.count_mismatch", () -> draft(MoveKind.RECEIPT, serials, supplier, shelf, two, null, List.of("S1"), null));
        assertRefused("stock.serial.duplicate", () -> draft(MoveKind.RECEIPT, serials, supplier, shelf, two, null, List.of("S1", "S1"), null));
        assertRefused("stock.lot.not_allowed", () -> draft(MoveKind.RECEIPT, serials, supplier, shelf, two, "L1", List.of("S1", "S2"), null));

        StockMove serialMove = draft(MoveKind.RECEIPT, serials, supplier, shelf, two, null, List.of("S1", "S2"), null);
        assertThat(serialMove.legs()).hasSize(4).allSatisfy(leg -> assertThat(leg.delta().abs()).isEqualByComparingTo("1"));
        assertThat(draft(MoveKind.RECEIPT, lots, supplier, shelf, two, " L1 ", null, null).lot()).contains("L1");
    }

    @Test
    void onlyAdjustmentsHaveAReasonAndOnlyIssuesADemand() {
        StockItem item = item(Tracking.NONE);
        Quantity one = Quantity.of(1, "pc");
        assertRefused("stock.move.reason_required", () -> draft(MoveKind.ADJUSTMENT, item, shelf, loss, one, null, null, null));
        assertRefused("stock.move.reason_not_allowed", () -> draft(MoveKind.RECEIPT, item, supplier, shelf, one, null, null,
                AdjustmentReason.FOUND));
        assertRefused("stock.move.demand_not_allowed", () -> StockMove.draft(MoveId.of(UUID.randomUUID()), MoveKind.RECEIPT,
                item, supplier, shelf, one, null, null, null, null, null, "order-1", "alice", NOW));
        assertThat(draft(MoveKind.ADJUSTMENT, item, loss, shelf, one, null, null, AdjustmentReason.FOUND).reason())
                .contains(AdjustmentReason.FOUND);
    }

    @Test
    void aDraftIsDoneOrCancelledOnceAndADoneMoveIsReversedOnce() {
        StockItem item = item(Tracking.NONE);
        StockMove move = draft(MoveKind.RECEIPT, item, supplier, shelf, Quantity.of(5, "pc"), null, null, null);
        assertRefused("stock.move.not_done", () -> move.reverse(MoveId.of(UUID.randomUUID()), "bob", NOW, UUID::randomUUID));

        move.complete(NOW, UUID::randomUUID);
        assertThat(move.status()).isEqualTo(MoveStatus.DONE);
        assertThat(move.doneAt()).contains(NOW);
        assertThat(move.pullEvents()).singleElement().isInstanceOf(StockMoved.class);
        assertRefused("stock.move.not_draft", () -> move.complete(NOW, UUID::randomUUID));
        assertRefused("stock.move.not_draft", () -> move.cancel(NOW, UUID::randomUUID));

        StockMove reversal = move.reverse(MoveId.of(UUID.randomUUID()), "bob", NOW, UUID::randomUUID);
        assertThat(reversal.from()).isEqualTo(shelf.id());
        assertThat(reversal.to()).isEqualTo(supplier.id());
        assertThat(reversal.reversalOf()).contains(move.id());
        assertThat(reversal.status()).isEqualTo(MoveStatus.DRAFT);
        assertThat(move.reversedBy()).contains(reversal.id());
        assertThat(move.pullEvents()).singleElement().isInstanceOf(StockMoveReversed.class);
        assertRefused("stock.move.already_reversed", () -> move.reverse(MoveId.of(UUID.randomUUID()), "bob", NOW, UUID::randomUUID));

        StockMove other = draft(MoveKind.RECEIPT, item, supplier, shelf, Quantity.of(5, "pc"), null, null, null);
        other.cancel(NOW, UUID::randomUUID);
        assertThat(other.status()).isEqualTo(MoveStatus.CANCELLED);
        assertRefused("stock.move.not_draft", () -> other.complete(NOW, UUID::randomUUID));
        assertThat(draft(MoveKind.RECEIPT, lotItem(), supplier, shelf, Quantity.of(1, "pc"), "L", null, null).expiry()).isEmpty();
    }

    private static StockItem lotItem() {
        return item(Tracking.LOT);
    }

    @Test
    void guardsCheckTheValuesAfterAChange() {
        assertThat(QuantityGuard.NONE.allows(new BigDecimal("-5"), BigDecimal.ZERO)).isTrue();
        assertThat(QuantityGuard.RESERVED_NOT_NEGATIVE.allows(new BigDecimal("-5"), BigDecimal.ZERO)).isTrue();
        assertThat(QuantityGuard.RESERVED_NOT_NEGATIVE.allows(BigDecimal.TEN, new BigDecimal("-1"))).isFalse();
        assertThat(QuantityGuard.AVAILABLE_NOT_NEGATIVE.allows(BigDecimal.TEN, BigDecimal.TEN)).isTrue();
        assertThat(QuantityGuard.AVAILABLE_NOT_NEGATIVE.allows(BigDecimal.TEN, new BigDecimal("11"))).isFalse();
        assertThat(QuantityGuard.AVAILABLE_NOT_NEGATIVE.allows(new BigDecimal("-1"), BigDecimal.ZERO)).isFalse();
    }
}
