package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.HistoryCursor;
import dev.backoffice.stock.api.MoveHistory;
import dev.backoffice.stock.api.MoveHistoryLine;
import dev.backoffice.stock.api.MoveHistoryQuery;
import dev.backoffice.stock.api.StockHeld;
import dev.backoffice.stock.api.StockLedger;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.spi.StockHistory;
import dev.backoffice.stock.spi.StockHistory.Holding;
import dev.backoffice.stock.spi.StockHistory.Position;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link StockLedger} over the {@link StockHistory} read model. */
final class StockLedgerService implements StockLedger {

    private final UseCases useCases;
    private final StockItems items;
    private final StockLocations locations;
    private final StockHistory history;

    StockLedgerService(UseCases useCases, StockItems items, StockLocations locations, StockHistory history) {
        this.useCases = useCases;
        this.items = items;
        this.locations = locations;
        this.history = history;
    }

    record AsOfQuery(@NotNull ItemId item, LocationId location, @NotNull Instant at) {
    }

    record LevelAsOfQuery(@NotNull ItemId item, @NotNull LocationId location, @NotNull Instant at) {
    }

    @Override
    public List<StockHeld> onHandAsOf(Actor actor, ItemId itemId, LocationId locationId, Instant at) {
        return useCases.query(actor, StockPermissions.READ, new AsOfQuery(itemId, locationId, at), () -> {
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            Set<LocationId> scope = locationId == null ? null : subtree(actor, locationId);
            return history.onHand(actor.tenant(), itemId, Position.endOf(at)).stream()
                    .filter(h -> scope == null || scope.contains(h.location()))
                    .map(h -> new StockHeld(itemId, h.location(), StockQuant.NO_LOT.equals(h.lot()) ? null : h.lot(),
                            StockKeeping.quantity(h.onHand(), item), at))
                    .toList();
        });
    }

    @Override
    public Quantity levelAsOf(Actor actor, ItemId itemId, LocationId locationId, Instant at) {
        return useCases.query(actor, StockPermissions.READ, new LevelAsOfQuery(itemId, locationId, at), () -> {
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            Set<LocationId> scope = subtree(actor, locationId);
            return StockKeeping.quantity(sum(history.onHand(actor.tenant(), itemId, Position.endOf(at)), scope, null),
                    item);
        });
    }

    @Override
    public MoveHistory moveHistory(Actor actor, MoveHistoryQuery query) {
        return useCases.query(actor, StockPermissions.READ, query, () -> {
            StockItem item = ItemCatalogService.load(items, actor, query.item());
            Set<LocationId> scope = query.location() == null ? internalLocations(actor) : subtree(actor, query.location());
            String lot = query.lot();
            Position after = query.after() == null ? null
                    : new Position(query.after().doneAt(), query.after().move().value());
            List<StockMove> page = history.doneMoves(actor.tenant(), query.item(),
                    query.location() == null ? Set.of() : scope, lot, after, query.limit() + 1);
            boolean more = page.size() > query.limit();
            if (more) {
                page = page.subList(0, query.limit());
            }
            BigDecimal running = after == null ? BigDecimal.ZERO : sum(history.onHand(actor.tenant(), query.item(), after),
                    scope, lot);
            List<MoveHistoryLine> lines = new ArrayList<>(page.size());
            for (StockMove move : page) {
                BigDecimal change = change(move, scope, lot);
                running = running.add(change);
                lines.add(new MoveHistoryLine(StockMoveSnapshot.of(move), StockKeeping.quantity(change, item),
                        StockKeeping.quantity(running, item)));
            }
            HistoryCursor next = null;
            if (more) {
                StockMove last = page.get(page.size() - 1);
                next = new HistoryCursor(last.doneAt().orElseThrow(), last.id());
            }
            return new MoveHistory(lines, next);
        });
    }

    /** What a move added to the on hand of the scope (and lot). */
    private static BigDecimal change(StockMove move, Set<LocationId> scope, String lot) {
        BigDecimal change = BigDecimal.ZERO;
        for (StockMove.Leg leg : move.legs()) {
            if (scope.contains(leg.location()) && (lot == null || lot.equals(leg.lot()))) {
                change = change.add(leg.delta());
            }
        }
        return change;
    }

    private static BigDecimal sum(List<Holding> holdings, Set<LocationId> scope, String lot) {
        return holdings.stream()
                .filter(h -> scope.contains(h.location()) && (lot == null || lot.equals(h.lot())))
                .map(Holding::onHand).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Set<LocationId> subtree(Actor actor, LocationId locationId) {
        StockLocation location = WarehousingService.loadLocation(locations, actor, locationId);
        return InventoryService.subtree(locations, actor, location);
    }

    private Set<LocationId> internalLocations(Actor actor) {
        return locations.findAll(actor.tenant()).stream().filter(StockLocation::isInternal)
                .map(StockLocation::id).collect(Collectors.toSet());
    }

}
