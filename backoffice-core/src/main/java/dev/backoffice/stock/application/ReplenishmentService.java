package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.RemoveReorderRule;
import dev.backoffice.stock.api.ReorderProposal;
import dev.backoffice.stock.api.ReorderRuleSnapshot;
import dev.backoffice.stock.api.Replenishment;
import dev.backoffice.stock.api.SetReorderRule;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.ReorderRuleId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.ReorderRules;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.Warehouses;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class ReplenishmentService implements Replenishment {

    private static final String SUBJECT = "ReorderRule";

    private final UseCases useCases;
    private final StockItems items;
    private final Warehouses warehouses;
    private final ReorderRules rules;
    private final ReorderPoints points;

    ReplenishmentService(UseCases useCases, StockItems items, Warehouses warehouses, ReorderRules rules,
                         ReorderPoints points) {
        this.useCases = useCases;
        this.items = items;
        this.warehouses = warehouses;
        this.rules = rules;
        this.points = points;
    }

    record WarehouseRef(@NotNull WarehouseId warehouse) {
    }

    @Override
    public ReorderRuleSnapshot setReorderRule(Actor actor, SetReorderRule command) {
        return useCases.command(actor, StockPermissions.MANAGE_REPLENISHMENT, command, () -> {
            StockItem item = ItemCatalogService.load(items, actor, command.item());
            Warehouse warehouse = loadWarehouse(actor, command.warehouse());
            BigDecimal minimum = item.toBase(command.minimum()).value();
            BigDecimal maximum = item.toBase(command.maximum()).value();
            BigDecimal multiple = command.multiple() == null ? null : item.toBase(command.multiple()).value();
            ReorderRule rule = rules.lockForUpdate(actor.tenant(), item.id(), warehouse.id()).orElse(null);
            String detail;
            if (rule == null) {
                rule = ReorderRule.create(ReorderRuleId.of(useCases.newId()), item, warehouse.id(), minimum, maximum,
                        multiple, actor.id(), useCases.now());
                rules.add(rule);
                detail = "set for " + item.sku() + " in " + warehouse.code();
            } else {
                rule.change(item.sku(), minimum, maximum, multiple, actor.id(), useCases.now());
                rules.update(rule);
                detail = "changed for " + item.sku() + " in " + warehouse.code();
            }
            useCases.audit(actor, StockPermissions.MANAGE_REPLENISHMENT, SUBJECT, rule.id().value(), detail);
            return ReorderRuleSnapshot.of(rule);
        });
    }

    @Override
    public ReorderRuleSnapshot removeReorderRule(Actor actor, RemoveReorderRule command) {
        return useCases.command(actor, StockPermissions.MANAGE_REPLENISHMENT, command, () -> {
            ReorderRule rule = rules.lockForUpdate(actor.tenant(), command.item(), command.warehouse()).orElseThrow(() ->
                    new NotFoundException(StockError.REORDER_RULE_NOT_FOUND, "Item " + command.item()
                            + " has no reorder rule in warehouse " + command.warehouse() + "."));
            rules.remove(rule);
            useCases.audit(actor, StockPermissions.MANAGE_REPLENISHMENT, SUBJECT, rule.id().value(), "removed");
            return ReorderRuleSnapshot.of(rule);
        });
    }

    @Override
    public List<ReorderRuleSnapshot> reorderRules(Actor actor, WarehouseId warehouse) {
        return useCases.query(actor, StockPermissions.READ, new WarehouseRef(warehouse), () -> {
            loadWarehouse(actor, warehouse);
            return rules.findByWarehouse(actor.tenant(), warehouse).stream().map(ReorderRuleSnapshot::of).toList();
        });
    }

    @Override
    public List<ReorderProposal> reorderProposals(Actor actor, WarehouseId warehouse) {
        return useCases.query(actor, StockPermissions.READ, new WarehouseRef(warehouse), () -> {
            Warehouse found = loadWarehouse(actor, warehouse);
            return proposals(actor, rules.findByWarehouse(actor.tenant(), warehouse), Map.of(found.id(), found));
        });
    }

    @Override
    public List<ReorderProposal> reorderProposals(Actor actor) {
        return useCases.query(actor, StockPermissions.READ, () -> {
            List<ReorderRule> all = rules.findAll(actor.tenant());
            if (all.isEmpty()) {
                return List.of();
            }
            Map<WarehouseId, Warehouse> byId = new HashMap<>();
            warehouses.findAll(actor.tenant()).forEach(w -> byId.put(w.id(), w));
            return proposals(actor, all, byId);
        });
    }

    /** The proposals of the rules below their minimum, by warehouse code then SKU. */
    private List<ReorderProposal> proposals(Actor actor, List<ReorderRule> found, Map<WarehouseId, Warehouse> known) {
        Map<ItemId, List<ReorderRule>> byItem = new LinkedHashMap<>();
        found.forEach(rule -> byItem.computeIfAbsent(rule.item(), i -> new ArrayList<>()).add(rule));
        List<ReorderProposal> proposals = new ArrayList<>();
        for (Map.Entry<ItemId, List<ReorderRule>> entry : byItem.entrySet()) {
            Map<WarehouseId, ReorderPoints.Position> positions = points.positions(actor.tenant(), entry.getKey(),
                    entry.getValue().stream().map(ReorderRule::warehouse).toList());
            StockItem item = null;
            for (ReorderRule rule : entry.getValue()) {
                ReorderPoints.Position position = positions.getOrDefault(rule.warehouse(), ReorderPoints.Position.ZERO);
                if (!rule.isBelowMinimum(position.value())) {
                    continue;
                }
                if (item == null) {
                    item = ItemCatalogService.load(items, actor, rule.item());
                }
                Warehouse warehouse = known.get(rule.warehouse());
                String unit = rule.unit();
                proposals.add(new ReorderProposal(rule.id(), rule.item(), item.sku(), rule.warehouse(),
                        warehouse == null ? null : warehouse.code(), Quantity.of(position.onHand(), unit),
                        Quantity.of(position.reserved(), unit), Quantity.of(position.incoming(), unit),
                        Quantity.of(position.value(), unit), rule.minimumQuantity(), rule.maximumQuantity(),
                        rule.multiple().map(m -> Quantity.of(m, unit)).orElse(null),
                        Quantity.of(rule.quantityToOrder(position.value()), unit)));
            }
        }
        proposals.sort(Comparator.comparing((ReorderProposal p) -> p.warehouseCode() == null ? "" : p.warehouseCode())
                .thenComparing(ReorderProposal::sku));
        return proposals;
    }

    private Warehouse loadWarehouse(Actor actor, WarehouseId id) {
        return warehouses.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(StockError.WAREHOUSE_NOT_FOUND, "Warehouse " + id + " does not exist."));
    }
}
