package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.CountSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenCount;
import dev.backoffice.stock.api.RecordCount;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.api.Stocktaking;
import dev.backoffice.stock.domain.AdjustmentReason;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountLine;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PhysicalCount;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.spi.PhysicalCounts;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockQuantities;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

final class StocktakingService implements Stocktaking {

    private static final String SUBJECT = "PhysicalCount";

    private final UseCases useCases;
    private final StockItems items;
    private final StockLocations locations;
    private final StockQuantities quantities;
    private final PhysicalCounts counts;
    private final InventoryService inventory;

    StocktakingService(UseCases useCases, StockItems items, StockLocations locations, StockQuantities quantities,
                       PhysicalCounts counts, InventoryService inventory) {
        this.useCases = useCases;
        this.items = items;
        this.locations = locations;
        this.quantities = quantities;
        this.counts = counts;
        this.inventory = inventory;
    }

    record CountRef(@NotNull CountId count) {
    }

    @Override
    public CountSnapshot openCount(Actor actor, OpenCount command) {
        return useCases.create(actor, StockPermissions.COUNT, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    StockLocation location = WarehousingService.loadLocation(locations, actor, command.location());
                    if (counts.findOpen(actor.tenant(), location.id()).isPresent()) {
                        throw new RuleViolationException(StockError.COUNT_ALREADY_OPEN,
                                "Location " + location.code() + " already has an open count.");
                    }
                    PhysicalCount count = PhysicalCount.open(CountId.of(useCases.newId()), location, command.reference(),
                            actor.id(), useCases.now(), useCases::newId);
                    counts.add(count);
                    useCases.audit(actor, StockPermissions.COUNT, SUBJECT, count.id().value(), "opened");
                    useCases.publish(count.pullEvents());
                    return CountSnapshot.of(count);
                },
                snapshot -> snapshot.id().value(),
                id -> CountSnapshot.of(load(actor, CountId.of(id))));
    }

    @Override
    public CountSnapshot recordCount(Actor actor, RecordCount command) {
        return useCases.command(actor, StockPermissions.COUNT, command, () -> {
            PhysicalCount count = load(actor, command.count());
            StockItem item = ItemCatalogService.load(items, actor, command.item());
            Quantity counted = item.toBase(command.counted());
            String lot = command.lot() == null || command.lot().isBlank() ? StockQuant.NO_LOT : command.lot().strip();
            count.record(item, lot, counted.value(),
                    command.reason() == null ? AdjustmentReason.MISCOUNTED : command.reason());
            counts.update(count);
            useCases.audit(actor, StockPermissions.COUNT, SUBJECT, count.id().value(), "counted " + item.sku());
            return CountSnapshot.of(count);
        });
    }

    @Override
    public CountSnapshot postCount(Actor actor, CountId countId) {
        return useCases.command(actor, StockPermissions.POST_COUNT, new CountRef(countId), () -> {
            PhysicalCount count = load(actor, countId);
            count.requirePostable();
            Map<ItemId, StockItem> known = new HashMap<>();
            List<CountLine> posted = new ArrayList<>(count.lines().size());
            for (CountLine line : count.lines()) {
                StockItem item = known.computeIfAbsent(line.item(), id -> ItemCatalogService.load(items, actor, id));
                BigDecimal onHand = quantities.find(actor.tenant(), item.id(), count.location(), line.lot())
                        .map(StockQuant::onHand).orElse(BigDecimal.ZERO);
                BigDecimal variance = line.counted().subtract(onHand);
                MoveId adjustment = variance.signum() == 0 ? null
                        : inventory.moveFor(actor, adjustment(count, item, line, variance), StockPermissions.POST_COUNT).id();
                posted.add(new CountLine(line.item(), line.lot(), line.unit(), line.counted(), line.reason(), onHand,
                        adjustment));
            }
            count.post(posted, useCases.now(), useCases::newId);
            counts.update(count);
            useCases.audit(actor, StockPermissions.POST_COUNT, SUBJECT, count.id().value(), "posted");
            useCases.publish(count.pullEvents());
            return CountSnapshot.of(count);
        });
    }

    /** The adjustment that makes the books say what was counted. */
    private static NewStockMove adjustment(PhysicalCount count, StockItem item, CountLine line, BigDecimal variance) {
        Quantity quantity = Quantity.of(variance.abs(), item.baseUnit());
        NewStockMove move = variance.signum() > 0
                ? NewStockMove.adjustIn(item.id(), quantity, count.location(), line.reason())
                : NewStockMove.adjustOut(item.id(), quantity, count.location(), line.reason());
        if (item.tracking() == Tracking.LOT) {
            move = move.lot(line.lot());
        } else if (item.tracking() == Tracking.SERIAL) {
            move = move.serials(line.lot());
        }
        return move.reference(count.reference().orElse("count " + count.id()));
    }

    @Override
    public CountSnapshot cancelCount(Actor actor, CountId countId) {
        return useCases.command(actor, StockPermissions.COUNT, new CountRef(countId), () -> {
            PhysicalCount count = load(actor, countId);
            count.cancel(useCases.now());
            counts.update(count);
            useCases.audit(actor, StockPermissions.COUNT, SUBJECT, count.id().value(), "cancelled");
            return CountSnapshot.of(count);
        });
    }

    @Override
    public CountSnapshot count(Actor actor, CountId countId) {
        return useCases.query(actor, StockPermissions.READ, new CountRef(countId), () -> CountSnapshot.of(load(actor, countId)));
    }

    private PhysicalCount load(Actor actor, CountId id) {
        return counts.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.COUNT_NOT_FOUND, "Physical count " + id + " does not exist."));
    }
}
