package dev.backoffice.jpa;

import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.BackorderEntity;
import dev.backoffice.jpa.entity.CountLineEmbeddable;
import dev.backoffice.jpa.entity.PhysicalCountEntity;
import dev.backoffice.jpa.entity.ReorderRuleEntity;
import dev.backoffice.jpa.entity.ReservationEntity;
import dev.backoffice.jpa.entity.StockItemEntity;
import dev.backoffice.jpa.entity.StockLocationEntity;
import dev.backoffice.jpa.entity.StockMoveEntity;
import dev.backoffice.jpa.entity.WarehouseEntity;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.CountId;
import dev.backoffice.stock.domain.CountLine;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.PhysicalCount;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.ReorderRuleId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.UnitOfMeasure;
import dev.backoffice.stock.domain.Warehouse;
import dev.backoffice.stock.domain.WarehouseId;

import java.util.List;
import java.util.UUID;

/**
 * Hand-written mapping of the stock aggregates: they are rebuilt only through their
 * {@code restore(...)} factories, and their entities are updated in place so that Hibernate
 * writes only what changed (and checks the version).
 */
final class StockMapper {

    private static final StockRecordMapper RECORDS = StockRecordMapper.INSTANCE;

    private StockMapper() {
    }

    // ---- items

    static StockItemEntity newEntity(StockItem item) {
        StockItemEntity entity = new StockItemEntity();
        entity.setId(item.id().value());
        entity.setTenantId(item.tenant().value());
        entity.setSku(item.sku());
        entity.setBaseUnit(item.unit().base());
        entity.setUnitDecimals(item.unit().decimals());
        entity.getConversions().putAll(item.unit().conversions());
        entity.setTracking(item.tracking());
        entity.setCreatedAt(item.createdAt());
        entity.setVersion(item.version());
        copyChangeable(item, entity);
        return entity;
    }

    /** Copies the name and the policies; the SKU, units and tracking never change. */
    static void copyChangeable(StockItem item, StockItemEntity entity) {
        entity.setName(item.name());
        entity.setValuation(item.valuation());
        entity.setNegativeStock(item.negativeStock());
        entity.setBackordersAllowed(item.backordersAllowed());
    }

    static StockItem toDomain(StockItemEntity e) {
        return StockItem.restore(ItemId.of(e.getId()), TenantId.of(e.getTenantId()), e.getSku(), e.getName(),
                new UnitOfMeasure(e.getBaseUnit(), e.getUnitDecimals(), e.getConversions()), e.getTracking(),
                e.getValuation(), e.getNegativeStock(), e.isBackordersAllowed(), e.getCreatedAt(), e.getVersion());
    }

    // ---- warehouses and locations (never changed once stored)

    static WarehouseEntity newEntity(Warehouse warehouse) {
        WarehouseEntity entity = new WarehouseEntity();
        entity.setId(warehouse.id().value());
        entity.setTenantId(warehouse.tenant().value());
        entity.setCode(warehouse.code());
        entity.setName(warehouse.name());
        entity.setRootLocation(warehouse.rootLocation().value());
        entity.setCreatedAt(warehouse.createdAt());
        return entity;
    }

    static Warehouse toDomain(WarehouseEntity e) {
        return Warehouse.restore(WarehouseId.of(e.getId()), TenantId.of(e.getTenantId()), e.getCode(), e.getName(),
                LocationId.of(e.getRootLocation()), e.getCreatedAt());
    }

    static StockLocationEntity newEntity(StockLocation location) {
        StockLocationEntity entity = new StockLocationEntity();
        entity.setId(location.id().value());
        entity.setTenantId(location.tenant().value());
        entity.setWarehouseId(location.warehouse().map(WarehouseId::value).orElse(null));
        entity.setParentId(location.parent().map(LocationId::value).orElse(null));
        entity.setCode(location.code());
        entity.setName(location.name());
        entity.setType(location.type());
        entity.setCreatedAt(location.createdAt());
        return entity;
    }

    static StockLocation toDomain(StockLocationEntity e) {
        return StockLocation.restore(LocationId.of(e.getId()), TenantId.of(e.getTenantId()),
                e.getWarehouseId() == null ? null : WarehouseId.of(e.getWarehouseId()),
                e.getParentId() == null ? null : LocationId.of(e.getParentId()), e.getCode(), e.getName(), e.getType(),
                e.getCreatedAt());
    }

    // ---- moves

    static StockMoveEntity newEntity(StockMove move) {
        StockMoveEntity entity = new StockMoveEntity();
        entity.setId(move.id().value());
        entity.setTenantId(move.tenant().value());
        entity.setKind(move.kind());
        entity.setItemId(move.item().value());
        entity.setFromLocation(move.from().value());
        entity.setToLocation(move.to().value());
        entity.setQuantity(move.quantity().value());
        entity.setUnit(move.quantity().unit());
        entity.setBaseQuantity(move.baseQuantity().value());
        entity.setBaseUnit(move.baseQuantity().unit());
        entity.setLot(move.lot().orElse(null));
        entity.setExpiry(move.expiry().orElse(null));
        entity.getSerials().addAll(move.serials());
        entity.setReason(move.reason().orElse(null));
        entity.setReference(move.reference().orElse(null));
        entity.setDemand(move.demand().orElse(null));
        entity.setReversalOf(move.reversalOf().map(MoveId::value).orElse(null));
        entity.setCreatedBy(move.createdBy());
        entity.setCreatedAt(move.createdAt());
        entity.setVersion(move.version());
        move.unitCost().ifPresent(cost -> {
            entity.setUnitCostMinor(cost.minorUnits());
            entity.setUnitCostCurrency(cost.currency().getCurrencyCode());
        });
        copyChangeable(move, entity);
        return entity;
    }

    /** Copies the status, the completion time and the link to a reversal; nothing else of a move changes. */
    static void copyChangeable(StockMove move, StockMoveEntity entity) {
        entity.setStatus(move.status());
        entity.setDoneAt(move.doneAt().orElse(null));
        entity.setReversedBy(move.reversedBy().map(MoveId::value).orElse(null));
    }

    static StockMove toDomain(StockMoveEntity e) {
        return StockMove.restore(MoveId.of(e.getId()), TenantId.of(e.getTenantId()), e.getKind(), ItemId.of(e.getItemId()),
                LocationId.of(e.getFromLocation()), LocationId.of(e.getToLocation()), Quantity.of(e.getQuantity(), e.getUnit()),
                Quantity.of(e.getBaseQuantity(), e.getBaseUnit()), e.getLot(), e.getExpiry(), List.copyOf(e.getSerials()),
                e.getReason(), e.getReference(), e.getDemand(), e.getStatus(), moveId(e.getReversalOf()),
                moveId(e.getReversedBy()), e.getCreatedBy(), e.getCreatedAt(), e.getDoneAt(), e.getVersion(),
                e.getUnitCostMinor() == null ? null : dev.backoffice.common.Money.ofMinor(e.getUnitCostMinor(),
                        java.util.Currency.getInstance(e.getUnitCostCurrency())));
    }

    private static MoveId moveId(UUID value) {
        return value == null ? null : MoveId.of(value);
    }

    // ---- reservations and backorders

    static ReservationEntity newEntity(Reservation reservation) {
        ReservationEntity entity = new ReservationEntity();
        entity.setId(reservation.id().value());
        entity.setTenantId(reservation.tenant().value());
        entity.setRequestId(reservation.request());
        entity.setDemand(reservation.demand());
        entity.setItemId(reservation.item().value());
        entity.setLocationId(reservation.location().value());
        entity.setLot(reservation.lot());
        entity.setUnit(reservation.unit());
        entity.setQuantity(reservation.quantity());
        entity.setCreatedAt(reservation.createdAt());
        entity.setVersion(reservation.version());
        copyChangeable(reservation, entity);
        return entity;
    }

    /** Copies what was consumed and released and the status. */
    static void copyChangeable(Reservation reservation, ReservationEntity entity) {
        entity.setConsumed(reservation.consumed());
        entity.setReleased(reservation.released());
        entity.setStatus(reservation.status());
    }

    static Reservation toDomain(ReservationEntity e) {
        return Reservation.restore(ReservationId.of(e.getId()), TenantId.of(e.getTenantId()), e.getRequestId(),
                e.getDemand(), ItemId.of(e.getItemId()), LocationId.of(e.getLocationId()), e.getLot(), e.getUnit(),
                e.getQuantity(), e.getConsumed(), e.getReleased(), e.getStatus(), e.getCreatedAt(), e.getVersion());
    }

    static BackorderEntity newEntity(Backorder backorder) {
        BackorderEntity entity = new BackorderEntity();
        entity.setId(backorder.id().value());
        entity.setTenantId(backorder.tenant().value());
        entity.setRequestId(backorder.request());
        entity.setDemand(backorder.demand());
        entity.setItemId(backorder.item().value());
        entity.setUnit(backorder.unit());
        entity.setQuantity(backorder.quantity());
        entity.setStrategy(backorder.strategy());
        entity.setLocationId(backorder.location().map(LocationId::value).orElse(null));
        entity.setLot(backorder.lot().orElse(null));
        entity.setCreatedAt(backorder.createdAt());
        entity.setVersion(backorder.version());
        copyChangeable(backorder, entity);
        return entity;
    }

    /** Copies what was filled and the status. */
    static void copyChangeable(Backorder backorder, BackorderEntity entity) {
        entity.setFilled(backorder.filled());
        entity.setStatus(backorder.status());
    }

    static Backorder toDomain(BackorderEntity e) {
        return Backorder.restore(BackorderId.of(e.getId()), TenantId.of(e.getTenantId()), e.getRequestId(), e.getDemand(),
                ItemId.of(e.getItemId()), e.getUnit(), e.getQuantity(), e.getFilled(), e.getStatus(), e.getStrategy(),
                e.getLocationId() == null ? null : LocationId.of(e.getLocationId()), e.getLot(), e.getCreatedAt(),
                e.getVersion());
    }

    // ---- physical counts

    static PhysicalCountEntity newEntity(PhysicalCount count) {
        PhysicalCountEntity entity = new PhysicalCountEntity();
        entity.setId(count.id().value());
        entity.setTenantId(count.tenant().value());
        entity.setLocationId(count.location().value());
        entity.setReference(count.reference().orElse(null));
        entity.setOpenedBy(count.openedBy());
        entity.setOpenedAt(count.openedAt());
        entity.setVersion(count.version());
        copyChangeable(count, entity);
        return entity;
    }

    /** Copies the lines (replaced as a whole: they change only while the count is open), the status and the close. */
    static void copyChangeable(PhysicalCount count, PhysicalCountEntity entity) {
        List<CountLineEmbeddable> lines = count.lines().stream().map(RECORDS::toEmbeddable).toList();
        entity.getLines().clear();
        entity.getLines().addAll(lines);
        entity.setStatus(count.status());
        entity.setClosedAt(count.closedAt().orElse(null));
    }

    static PhysicalCount toDomain(PhysicalCountEntity e) {
        List<CountLine> lines = e.getLines().stream().map(RECORDS::toDomain).toList();
        return PhysicalCount.restore(CountId.of(e.getId()), TenantId.of(e.getTenantId()), LocationId.of(e.getLocationId()),
                e.getReference(), lines, e.getStatus(), e.getOpenedBy(), e.getOpenedAt(), e.getClosedAt(), e.getVersion());
    }

    // ---- reorder rules

    static ReorderRuleEntity newEntity(ReorderRule rule) {
        ReorderRuleEntity entity = new ReorderRuleEntity();
        entity.setId(rule.id().value());
        entity.setTenantId(rule.tenant().value());
        entity.setItemId(rule.item().value());
        entity.setWarehouseId(rule.warehouse().value());
        entity.setUnit(rule.unit());
        entity.setCreatedAt(rule.createdAt());
        entity.setVersion(rule.version());
        copyChangeable(rule, entity);
        return entity;
    }

    /** Copies the quantities and who changed them when; the item, warehouse and unit never change. */
    static void copyChangeable(ReorderRule rule, ReorderRuleEntity entity) {
        entity.setMinimum(rule.minimum());
        entity.setMaximum(rule.maximum());
        entity.setOrderMultiple(rule.multiple().orElse(null));
        entity.setChangedBy(rule.changedBy());
        entity.setChangedAt(rule.changedAt());
    }

    static ReorderRule toDomain(ReorderRuleEntity e) {
        return ReorderRule.restore(ReorderRuleId.of(e.getId()), TenantId.of(e.getTenantId()), ItemId.of(e.getItemId()),
                WarehouseId.of(e.getWarehouseId()), e.getUnit(), e.getMinimum(), e.getMaximum(), e.getOrderMultiple(),
                e.getCreatedAt(), e.getChangedBy(), e.getChangedAt(), e.getVersion());
    }
}
