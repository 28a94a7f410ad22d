package dev.backoffice.stock.application;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.ReorderPointReached;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.ReorderRules;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockMoves;
import dev.backoffice.stock.spi.StockQuantities;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The forecast positions of items in warehouses, and the watch that publishes
 * {@link ReorderPointReached} when a change takes a position with a reorder rule below its minimum.
 * A position is on hand in the warehouse's internal locations, less reserved there, plus draft
 * receipts into them.
 */
final class ReorderPoints {

    /** An item's position in one warehouse, in its base unit. */
    record Position(BigDecimal onHand, BigDecimal reserved, BigDecimal incoming) {

        static final Position ZERO = new Position(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        BigDecimal value() {
            return onHand.subtract(reserved).add(incoming);
        }
    }

    /** The positions of an item's rules before a change; empty for an item without rules. */
    record Watch(TenantId tenant, ItemId item, List<ReorderRule> rules, Map<WarehouseId, Position> before) {
    }

    private static final Watch NONE = new Watch(null, null, List.of(), Map.of());

    private final UseCases useCases;
    private final ReorderRules rules;
    private final StockLocations locations;
    private final StockQuantities quantities;
    private final StockMoves moves;

    ReorderPoints(UseCases useCases, ReorderRules rules, StockLocations locations, StockQuantities quantities,
                  StockMoves moves) {
        this.useCases = useCases;
        this.rules = rules;
        this.locations = locations;
        this.quantities = quantities;
        this.moves = moves;
    }

    /** The item's positions in the warehouses (zero where it has nothing). */
    Map<WarehouseId, Position> positions(TenantId tenant, ItemId item, Collection<WarehouseId> warehouses) {
        Set<WarehouseId> wanted = new HashSet<>(warehouses);
        List<StockQuant> rows = quantities.findByItem(tenant, item);
        List<StockMove> incoming = moves.findDrafts(tenant, item).stream()
                .filter(move -> move.kind() == MoveKind.RECEIPT).toList();
        Set<LocationId> ids = new HashSet<>();
        rows.forEach(row -> ids.add(row.location()));
        incoming.forEach(move -> ids.add(move.to()));
        Map<LocationId, StockLocation> known = ids.isEmpty() ? Map.of() : locations.findAll(tenant, ids);
        Map<WarehouseId, BigDecimal[]> sums = new HashMap<>();
        for (StockQuant row : rows) {
            warehouseOf(known.get(row.location()), wanted).ifPresent(warehouse -> {
                BigDecimal[] sum = sums.computeIfAbsent(warehouse, w -> zeros());
                sum[0] = sum[0].add(row.onHand());
                sum[1] = sum[1].add(row.reserved());
            });
        }
        for (StockMove move : incoming) {
            warehouseOf(known.get(move.to()), wanted).ifPresent(warehouse -> {
                BigDecimal[] sum = sums.computeIfAbsent(warehouse, w -> zeros());
                sum[2] = sum[2].add(move.baseQuantity().value());
            });
        }
        Map<WarehouseId, Position> positions = new HashMap<>();
        for (WarehouseId warehouse : wanted) {
            BigDecimal[] sum = sums.get(warehouse);
            positions.put(warehouse, sum == null ? Position.ZERO : new Position(sum[0], sum[1], sum[2]));
        }
        return positions;
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static Optional<WarehouseId> warehouseOf(StockLocation location, Set<WarehouseId> wanted) {
        if (location == null || !location.isInternal()) {
            return Optional.empty();
        }
        return location.warehouse().filter(wanted::contains);
    }

    /**
     * Reads the positions of the item's rules before a change: one read of the rules, and for an item
     * with rules the positions. Pass the result to {@link #publishCrossings} after the change. Reads
     * nothing when the host takes no events: the crossings would be published to nobody.
     */
    Watch watch(TenantId tenant, ItemId item) {
        if (item == null || !useCases.publishesEvents()) {
            return NONE;
        }
        List<ReorderRule> found = rules.findByItem(tenant, item);
        if (found.isEmpty()) {
            return NONE;
        }
        return new Watch(tenant, item, found, positions(tenant, item, found.stream().map(ReorderRule::warehouse).toList()));
    }

    /**
     * Publishes {@link ReorderPointReached} for every rule of the watch whose position was at or above
     * its minimum before the change and is below it now.
     */
    void publishCrossings(Watch watch) {
        if (watch.rules().isEmpty()) {
            return;
        }
        Map<WarehouseId, Position> after = positions(watch.tenant(), watch.item(),
                watch.rules().stream().map(ReorderRule::warehouse).toList());
        List<DomainEvent> events = new ArrayList<>();
        for (ReorderRule rule : watch.rules()) {
            BigDecimal before = watch.before().getOrDefault(rule.warehouse(), Position.ZERO).value();
            BigDecimal now = after.getOrDefault(rule.warehouse(), Position.ZERO).value();
            if (!rule.isBelowMinimum(before) && rule.isBelowMinimum(now)) {
                events.add(new ReorderPointReached(useCases.newId(), watch.tenant(), useCases.now(), rule.id(),
                        rule.item(), rule.warehouse(), Quantity.of(now, rule.unit()), rule.minimumQuantity(),
                        rule.maximumQuantity(), Quantity.of(rule.quantityToOrder(now), rule.unit())));
            }
        }
        useCases.publish(events);
    }
}
