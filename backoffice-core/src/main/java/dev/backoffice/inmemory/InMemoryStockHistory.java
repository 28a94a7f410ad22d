package dev.backoffice.inmemory;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.spi.StockHistory;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The history of the done moves, read from the in-memory moves. */
public final class InMemoryStockHistory implements StockHistory {

    private static final Comparator<StockMove> HISTORY_ORDER = Comparator.comparing(Position::of);
    private static final Comparator<Holding> HOLDING_ORDER = Comparator
            .comparing((Holding h) -> h.location().value(), Position.ID_ORDER).thenComparing(Holding::lot);

    private final InMemoryStockMoves moves;

    /**
     * The history read model over the in-memory moves.
     *
     * @param moves the in-memory moves it reads the history from
     */
    public InMemoryStockHistory(InMemoryStockMoves moves) {
        this.moves = Objects.requireNonNull(moves, "moves");
    }

    @Override
    public List<Holding> onHand(TenantId tenant, ItemId item, Position upTo) {
        Map<LocationId, Map<String, BigDecimal>> sums = new LinkedHashMap<>();
        for (StockMove move : moves.doneOf(tenant, item)) {
            if (Position.of(move).compareTo(upTo) > 0) {
                continue;
            }
            for (StockMove.Leg leg : move.legs()) {
                sums.computeIfAbsent(leg.location(), l -> new LinkedHashMap<>()).merge(leg.lot(), leg.delta(), BigDecimal::add);
            }
        }
        return sums.entrySet().stream()
                .flatMap(byLocation -> byLocation.getValue().entrySet().stream()
                        .filter(byLot -> byLot.getValue().signum() != 0)
                        .map(byLot -> new Holding(byLocation.getKey(), byLot.getKey(), byLot.getValue())))
                .sorted(HOLDING_ORDER).toList();
    }

    @Override
    public List<StockMove> doneMoves(TenantId tenant, ItemId item, Set<LocationId> locations, String lot, Position after,
                                     int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return moves.doneOf(tenant, item).stream()
                .filter(m -> after == null || Position.of(m).compareTo(after) > 0)
                .filter(m -> locations.isEmpty() || locations.contains(m.from()) || locations.contains(m.to()))
                .filter(m -> lot == null || m.lot().filter(lot::equals).isPresent() || m.serials().contains(lot))
                .sorted(HISTORY_ORDER).limit(limit).toList();
    }
}
