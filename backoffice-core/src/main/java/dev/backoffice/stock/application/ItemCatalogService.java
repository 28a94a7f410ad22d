package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.ChangeItem;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockItemChanged;
import dev.backoffice.stock.domain.StockItemCreated;
import dev.backoffice.stock.spi.StockItems;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

final class ItemCatalogService implements ItemCatalog {

    static final String SUBJECT = "StockItem";

    private final UseCases useCases;
    private final StockItems items;

    ItemCatalogService(UseCases useCases, StockItems items) {
        this.useCases = useCases;
        this.items = items;
    }

    record ItemRef(@NotNull ItemId item) {
    }

    record SkuRef(@NotBlank @Size(max = 64) String sku) {
    }

    @Override
    public StockItemSnapshot createItem(Actor actor, CreateItem command) {
        return useCases.create(actor, StockPermissions.MANAGE_ITEMS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    String sku = command.sku().strip();
                    if (items.findBySku(actor.tenant(), sku).isPresent()) {
                        throw new RuleViolationException(StockError.ITEM_SKU_TAKEN, "The SKU " + sku + " is already used.");
                    }
                    StockItem item = StockItem.create(ItemId.of(useCases.newId()), actor.tenant(), sku, command.name(),
                            command.unit(), command.tracking(), command.valuation(), command.negativeStock(),
                            command.backordersAllowed(), useCases.now());
                    items.add(item);
                    useCases.audit(actor, StockPermissions.MANAGE_ITEMS, SUBJECT, item.id().value(), "created " + sku);
                    useCases.publish(List.of(new StockItemCreated(useCases.newId(), actor.tenant(), useCases.now(),
                            item.id(), item.sku(), item.tracking())));
                    return StockItemSnapshot.of(item);
                },
                snapshot -> snapshot.id().value(),
                id -> StockItemSnapshot.of(load(items, actor, ItemId.of(id))));
    }

    @Override
    public StockItemSnapshot changeItem(Actor actor, ChangeItem command) {
        return useCases.command(actor, StockPermissions.MANAGE_ITEMS, command, () -> {
            StockItem item = load(items, actor, command.item());
            item.rename(command.name());
            item.changePolicies(command.valuation(), command.negativeStock(), command.backordersAllowed());
            items.update(item);
            useCases.audit(actor, StockPermissions.MANAGE_ITEMS, SUBJECT, item.id().value(), "changed");
            useCases.publish(List.of(new StockItemChanged(useCases.newId(), actor.tenant(), useCases.now(), item.id(),
                    item.valuation(), item.negativeStock(), item.backordersAllowed())));
            return StockItemSnapshot.of(item);
        });
    }

    @Override
    public StockItemSnapshot item(Actor actor, ItemId item) {
        return useCases.query(actor, StockPermissions.READ, new ItemRef(item),
                () -> StockItemSnapshot.of(load(items, actor, item)));
    }

    @Override
    public Optional<StockItemSnapshot> itemBySku(Actor actor, String sku) {
        return useCases.query(actor, StockPermissions.READ, new SkuRef(sku),
                () -> items.findBySku(actor.tenant(), sku.strip()).map(StockItemSnapshot::of));
    }

    @Override
    public List<StockItemSnapshot> items(Actor actor) {
        return useCases.query(actor, StockPermissions.READ,
                () -> items.findAll(actor.tenant()).stream().map(StockItemSnapshot::of).toList());
    }

    /** The item of the actor's tenant; {@code stock.item.not_found} otherwise. */
    static StockItem load(StockItems items, Actor actor, ItemId id) {
        return items.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.ITEM_NOT_FOUND, "Stock item " + id + " does not exist."));
    }
}
