package dev.backoffice.jpa;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ItemValuationEntity;
import dev.backoffice.jpa.entity.StockValueEntryEntity;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ItemValuation;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockValueEntry;

import java.util.Currency;

/** Rebuilds stock valuation's aggregate and value entries from their rows, and copies them into rows. */
final class ValuationMapper {

    private static final ValuationRecordMapper RECORDS = ValuationRecordMapper.INSTANCE;

    private ValuationMapper() {
    }

    static ItemValuation toDomain(ItemValuationEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return ItemValuation.restore(TenantId.of(e.getTenantId()), ItemId.of(e.getItemId()), currency, e.getMethod(),
                e.getLayers().stream().map(l -> RECORDS.toDomain(l, currency)).toList(), e.getDeficitQuantity(),
                Money.ofMinor(e.getDeficitValueMinor(), currency),
                e.getStandardCostMinor() == null ? null : Money.ofMinor(e.getStandardCostMinor(), currency),
                e.getLastUnitCost(), e.getVersion());
    }

    /** Copies what changes of a valuation (everything but its key and currency) into its row. */
    static void copyChangeable(ItemValuation v, ItemValuationEntity e) {
        e.setMethod(v.method());
        e.setDeficitQuantity(v.deficitQuantity());
        e.setDeficitValueMinor(v.deficitValue().minorUnits());
        e.setStandardCostMinor(v.standardCost().map(Money::minorUnits).orElse(null));
        e.setLastUnitCost(v.lastUnitCost().orElse(null));
        e.getLayers().clear();
        v.layers().forEach(layer -> e.getLayers().add(RECORDS.toEmbeddable(layer)));
    }

    static ItemValuationEntity newEntity(ItemValuation v) {
        ItemValuationEntity e = new ItemValuationEntity();
        e.setItemId(v.item().value());
        e.setTenantId(v.tenant().value());
        e.setCurrency(v.currency().getCurrencyCode());
        copyChangeable(v, e);
        return e;
    }

    static StockValueEntry toDomain(StockValueEntryEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        return new StockValueEntry(e.getId(), TenantId.of(e.getTenantId()), ItemId.of(e.getItemId()),
                e.getMoveId() == null ? null : MoveId.of(e.getMoveId()), e.getKind(), e.getQuantity(),
                Money.ofMinor(e.getValueMinor(), currency),
                e.getLines().stream().map(l -> RECORDS.toDomain(l, currency)).toList(),
                e.getLayers().stream().map(l -> RECORDS.toDomain(l, currency)).toList(), e.getClearingAccount(),
                e.getRecordedAt(), e.getJournalEntryId());
    }

    static StockValueEntryEntity newEntity(StockValueEntry v) {
        StockValueEntryEntity e = new StockValueEntryEntity();
        e.setId(v.id());
        e.setTenantId(v.tenant().value());
        e.setItemId(v.item().value());
        e.setMoveId(v.move() == null ? null : v.move().value());
        e.setKind(v.kind());
        e.setQuantity(v.quantity());
        e.setValueMinor(v.value().minorUnits());
        e.setCurrency(v.value().currency().getCurrencyCode());
        e.setClearingAccount(v.clearingAccount());
        e.setRecordedAt(v.recordedAt());
        e.setJournalEntryId(v.journalEntry());
        v.lines().forEach(line -> e.getLines().add(RECORDS.toEmbeddable(line)));
        v.layers().forEach(use -> e.getLayers().add(RECORDS.toEmbeddable(use)));
        return e;
    }
}
