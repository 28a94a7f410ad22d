package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.LotTrace;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReverseStockMove;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveStatus;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockLots;
import dev.backoffice.stock.spi.StockMoves;
import dev.backoffice.stock.spi.StockQuantities;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

final class InventoryService implements Inventory {

    static final String SUBJECT = "StockMove";
    static final int MAX_MOVES = 1_000;

    private final UseCases useCases;
    private final StockItems items;
    private final StockLocations locations;
    private final StockMoves moves;
    private final StockQuantities quantities;
    private final StockLots lots;
    private final StockKeeping keeping;
    private final Allocation allocation;
    /** Values every done move when the stock is valued; {@link MoveValuation#NONE} otherwise. */
    private final MoveValuation valuation;
    /** Publishes {@code ReorderPointReached} when a move takes a position below its minimum; null: none. */
    private final ReorderPoints reorderPoints;

    InventoryService(UseCases useCases, StockItems items, StockLocations locations, StockMoves moves,
                     StockQuantities quantities, StockLots lots, StockKeeping keeping, Allocation allocation) {
        this(useCases, items, locations, moves, quantities, lots, keeping, allocation, MoveValuation.NONE, null);
    }

    InventoryService(UseCases useCases, StockItems items, StockLocations locations, StockMoves moves,
                     StockQuantities quantities, StockLots lots, StockKeeping keeping, Allocation allocation,
                     MoveValuation valuation, ReorderPoints reorderPoints) {
        this.valuation = valuation;
        this.reorderPoints = reorderPoints;
        this.useCases = useCases;
        this.items = items;
        this.locations = locations;
        this.moves = moves;
        this.quantities = quantities;
        this.lots = lots;
        this.keeping = keeping;
        this.allocation = allocation;
    }

    record MoveRef(@NotNull MoveId move) {
    }

    record ItemRef(@NotNull ItemId item) {
    }

    record LevelQuery(@NotNull ItemId item, @NotNull LocationId location) {
    }

    record LotQuery(@NotNull ItemId item, @NotBlank @Size(max = 64) String lot) {
    }

    @Override
    public StockMoveSnapshot move(Actor actor, NewStockMove command) {
        return useCases.create(actor, StockPermissions.COMPLETE_MOVE, command,
                command == null ? null : command.idempotencyKey(),
                () -> watched(actor, command.item(), () -> {
                    StockMove move = draftOf(actor, command);
                    StockMoveSnapshot done = complete(actor, move, StockPermissions.COMPLETE_MOVE);
                    moves.add(move);
                    return done;
                }),
                snapshot -> snapshot.id().value(),
                id -> StockMoveSnapshot.of(load(actor, MoveId.of(id))));
    }

    /** Records and does a move inside the caller's use case (a posted count's adjustment). */
    StockMoveSnapshot moveFor(Actor actor, NewStockMove command, String action) {
        return watched(actor, command.item(), () -> {
            StockMove move = draftOf(actor, command);
            StockMoveSnapshot done = complete(actor, move, action);
            moves.add(move);
            return done;
        });
    }

    /**
     * Runs a change of the item's quantities and publishes {@code ReorderPointReached} for each of its
     * reorder rules whose position it took below the minimum.
     */
    private <R> R watched(Actor actor, ItemId item, java.util.function.Supplier<R> change) {
        if (reorderPoints == null) {
            return change.get();
        }
        ReorderPoints.Watch watch = reorderPoints.watch(actor.tenant(), item);
        R result = change.get();
        reorderPoints.publishCrossings(watch);
        return result;
    }

    @Override
    public StockMoveSnapshot draftMove(Actor actor, NewStockMove command) {
        return useCases.create(actor, StockPermissions.DRAFT_MOVE, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    StockMove move = draftOf(actor, command);
                    moves.add(move);
                    useCases.audit(actor, StockPermissions.DRAFT_MOVE, SUBJECT, move.id().value(),
                            "drafted " + move.kind().name().toLowerCase(java.util.Locale.ROOT));
                    return StockMoveSnapshot.of(move);
                },
                snapshot -> snapshot.id().value(),
                id -> StockMoveSnapshot.of(load(actor, MoveId.of(id))));
    }

    @Override
    public StockMoveSnapshot completeMove(Actor actor, MoveId moveId) {
        return useCases.command(actor, StockPermissions.COMPLETE_MOVE, new MoveRef(moveId), () -> {
            StockMove move = load(actor, moveId);
            if (move.status() != MoveStatus.DRAFT) {
                throw new RuleViolationException(StockError.MOVE_NOT_DRAFT, "Move " + moveId + " is " + move.status()
                        + ", not a draft.");
            }
            return watched(actor, move.item(), () -> {
                StockMoveSnapshot done = complete(actor, move, StockPermissions.COMPLETE_MOVE);
                moves.update(move);
                return done;
            });
        });
    }

    /**
     * Does a draft move: its quantities (consuming its demand's reservations), its state, the audit
     * trail, its events; then fills the item's backorders from stock it brought in. The caller
     * stores the move.
     */
    private StockMoveSnapshot complete(Actor actor, StockMove move, String action) {
        StockItem item = ItemCatalogService.load(items, actor, move.item());
        Map<LocationId, StockLocation> moveLocations = keeping.locationsOf(actor.tenant(), move);
        List<DomainEvent> consumed = new ArrayList<>();
        keeping.execute(actor.tenant(), move, item, moveLocations, useCases.now(),
                leg -> allocation.consume(actor.tenant(), move, leg, consumed));
        valuation.value(actor, move, item, moveLocations);
        move.complete(useCases.now(), useCases::newId);
        useCases.audit(actor, action, SUBJECT, move.id().value(),
                "done " + move.kind().name().toLowerCase(java.util.Locale.ROOT));
        useCases.publish(move.pullEvents());
        useCases.publish(consumed);
        if (moveLocations.get(move.to()).isInternal()) {
            allocation.fillBackorders(actor, item, action);
        }
        return StockMoveSnapshot.of(move);
    }

    @Override
    public StockMoveSnapshot cancelMove(Actor actor, MoveId moveId) {
        return useCases.command(actor, StockPermissions.CANCEL_MOVE, new MoveRef(moveId), () -> {
            StockMove move = load(actor, moveId);
            // a cancelled draft receipt no longer comes in: the position falls
            return watched(actor, move.item(), () -> {
                move.cancel(useCases.now(), useCases::newId);
                moves.update(move);
                useCases.audit(actor, StockPermissions.CANCEL_MOVE, SUBJECT, moveId.value(), "cancelled");
                useCases.publish(move.pullEvents());
                return StockMoveSnapshot.of(move);
            });
        });
    }

    @Override
    public StockMoveSnapshot reverseMove(Actor actor, ReverseStockMove command) {
        return useCases.create(actor, StockPermissions.REVERSE_MOVE, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    StockMove original = load(actor, command.move());
                    return watched(actor, original.item(), () -> {
                        StockMove reversal = original.reverse(MoveId.of(useCases.newId()), actor.id(), useCases.now(),
                                useCases::newId);
                        moves.update(original);
                        useCases.audit(actor, StockPermissions.REVERSE_MOVE, SUBJECT, original.id().value(),
                                "reversed by " + reversal.id());
                        useCases.publish(original.pullEvents());
                        StockMoveSnapshot done = complete(actor, reversal, StockPermissions.REVERSE_MOVE);
                        moves.add(reversal);
                        return done;
                    });
                },
                snapshot -> snapshot.id().value(),
                id -> StockMoveSnapshot.of(load(actor, MoveId.of(id))));
    }

    @Override
    public StockMoveSnapshot stockMove(Actor actor, MoveId moveId) {
        return useCases.query(actor, StockPermissions.READ, new MoveRef(moveId),
                () -> StockMoveSnapshot.of(load(actor, moveId)));
    }

    @Override
    public List<StockMoveSnapshot> moves(Actor actor, ItemId item) {
        return useCases.query(actor, StockPermissions.READ, new ItemRef(item), () -> {
            ItemCatalogService.load(items, actor, item);
            return moves.findByItem(actor.tenant(), item, MAX_MOVES).stream().map(StockMoveSnapshot::of).toList();
        });
    }

    @Override
    public StockLevel level(Actor actor, ItemId itemId, LocationId locationId) {
        return useCases.query(actor, StockPermissions.READ, new LevelQuery(itemId, locationId), () -> {
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            StockLocation location = WarehousingService.loadLocation(locations, actor, locationId);
            Set<LocationId> subtree = subtree(locations, actor, location);
            BigDecimal onHand = BigDecimal.ZERO;
            BigDecimal reserved = BigDecimal.ZERO;
            for (StockQuant quant : quantities.findByItem(actor.tenant(), itemId)) {
                if (subtree.contains(quant.location())) {
                    onHand = onHand.add(quant.onHand());
                    reserved = reserved.add(quant.reserved());
                }
            }
            return level(item, locationId, null, onHand, reserved);
        });
    }

    /** The location and every location under it. */
    static Set<LocationId> subtree(StockLocations locations, Actor actor, StockLocation location) {
        if (location.warehouse().isEmpty()) {
            return Set.of(location.id());
        }
        String prefix = location.code() + "/";
        return locations.findByWarehouse(actor.tenant(), location.warehouse().get()).stream()
                .filter(l -> l.id().equals(location.id()) || l.code().startsWith(prefix))
                .map(StockLocation::id).collect(Collectors.toSet());
    }

    @Override
    public List<StockLevel> levels(Actor actor, ItemId itemId) {
        return useCases.query(actor, StockPermissions.READ, new ItemRef(itemId), () -> {
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            return quantities.findByItem(actor.tenant(), itemId).stream()
                    .filter(q -> q.onHand().signum() != 0 || q.reserved().signum() != 0)
                    .map(q -> level(item, q.location(), q.lot(), q.onHand(), q.reserved())).toList();
        });
    }

    @Override
    public LotTrace lotTrace(Actor actor, ItemId itemId, String lotCode) {
        return useCases.query(actor, StockPermissions.READ, new LotQuery(itemId, lotCode), () -> {
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            String code = lotCode.strip();
            StockLot lot = lots.find(actor.tenant(), itemId, code).orElseThrow(() -> new NotFoundException(
                    StockError.LOT_NOT_FOUND, "Item " + item.sku() + " has no lot or serial number " + code + "."));
            List<StockMoveSnapshot> trail = moves.findByLot(actor.tenant(), itemId, code).stream()
                    .filter(m -> m.status() == MoveStatus.DONE).map(StockMoveSnapshot::of).toList();
            List<StockLevel> where = quantities.findByLot(actor.tenant(), itemId, code).stream()
                    .filter(q -> q.onHand().signum() != 0 || q.reserved().signum() != 0)
                    .map(q -> level(item, q.location(), q.lot(), q.onHand(), q.reserved())).toList();
            return new LotTrace(itemId, code, lot.expiry(), lot.receivedAt(), trail, where);
        });
    }

    static StockLevel level(StockItem item, LocationId location, String lot, BigDecimal onHand, BigDecimal reserved) {
        return new StockLevel(item.id(), location, lot == null || lot.isEmpty() ? null : lot,
                StockKeeping.quantity(onHand, item), StockKeeping.quantity(reserved, item),
                StockKeeping.quantity(onHand.subtract(reserved), item));
    }

    private StockMove draftOf(Actor actor, NewStockMove command) {
        StockItem item = ItemCatalogService.load(items, actor, command.item());
        StockLocation from = endpoint(actor, command.from(), switch (command.kind()) {
            case RECEIPT -> LocationType.SUPPLIER;
            case ADJUSTMENT -> command.to() == null ? null : LocationType.INVENTORY_LOSS;
            case ISSUE, TRANSFER -> null;
        });
        StockLocation to = endpoint(actor, command.to(), switch (command.kind()) {
            case ISSUE -> LocationType.CUSTOMER;
            case ADJUSTMENT -> command.from() == null ? null : LocationType.INVENTORY_LOSS;
            case RECEIPT, TRANSFER -> null;
        });
        StockMove move = StockMove.draft(MoveId.of(useCases.newId()), command.kind(), item, from, to, command.quantity(),
                command.lot(), command.expiry(), command.serials(), command.reason(), command.reference(),
                command.demand(), actor.id(), useCases.now());
        if (command.unitCost() != null) {
            move.priceAt(command.unitCost());
        }
        return move;
    }

    /** The given location, or the tenant's virtual location of the default type when none is given. */
    private StockLocation endpoint(Actor actor, LocationId given, LocationType fallback) {
        if (given != null) {
            return WarehousingService.loadLocation(locations, actor, given);
        }
        if (fallback == null) {
            throw new RuleViolationException(StockError.MOVE_INVALID_LOCATIONS,
                    "This move needs both its locations.");
        }
        return WarehousingService.virtual(locations, actor, fallback);
    }

    private StockMove load(Actor actor, MoveId id) {
        return moves.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.MOVE_NOT_FOUND, "Stock move " + id + " does not exist."));
    }
}
