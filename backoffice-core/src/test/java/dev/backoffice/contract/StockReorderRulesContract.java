package dev.backoffice.contract;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ReorderRule;
import dev.backoffice.stock.domain.ReorderRuleId;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.WarehouseId;
import dev.backoffice.stock.spi.ReorderRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link ReorderRules}: one rule per item and warehouse, versioned, scoped to a tenant. */
public abstract class StockReorderRulesContract extends StockAdapterContract {

    private ReorderRules rules() {
        return stockAdapters().reorderRules();
    }

    private WarehouseId storedWarehouseId(TenantId owner, String code) {
        return storedWarehouse(owner, code).warehouse().orElseThrow();
    }

    private ReorderRule stored(StockItem item, WarehouseId warehouse, String minimum, String maximum, String multiple) {
        ReorderRule rule = ReorderRule.create(ReorderRuleId.of(newId()), item, warehouse, new BigDecimal(minimum),
                new BigDecimal(maximum), multiple == null ? null : new BigDecimal(multiple), "alice", NOW);
        inTx(() -> rules().add(rule));
        return rule;
    }

    @Test
    void storesARuleAndFindsItByItemAndWarehouse() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        WarehouseId main = storedWarehouseId(tenant, "MAIN");
        ReorderRule rule = stored(item, main, "10.5", "50", "12");

        ReorderRule found = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        assertThat(found.id()).isEqualTo(rule.id());
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.item()).isEqualTo(item.id());
        assertThat(found.warehouse()).isEqualTo(main);
        assertThat(found.unit()).isEqualTo("pc");
        assertThat(found.minimum()).isEqualByComparingTo("10.5");
        assertThat(found.maximum()).isEqualByComparingTo("50");
        assertThat(found.multiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("12"));
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.changedBy()).isEqualTo("alice");
        assertThat(found.changedAt()).isEqualTo(NOW);
        assertThat(inTx(() -> rules().lockForUpdate(tenant, item.id(), main))).hasValueSatisfying(
                locked -> assertThat(locked.id()).isEqualTo(rule.id()));
        assertThat(inTx(() -> rules().lockForUpdate(otherTenant, item.id(), main))).isEmpty();
        assertThat(inTx(() -> rules().find(otherTenant, item.id(), main))).isEmpty();
        assertThat(inTx(() -> rules().findByItem(otherTenant, item.id()))).isEmpty();
        assertThat(inTx(() -> rules().findByWarehouse(otherTenant, main))).isEmpty();
        assertThat(inTx(() -> rules().findAll(otherTenant))).isEmpty();
    }

    @Test
    void listsTheRulesOfAnItemOfAWarehouseAndOfTheTenant() {
        StockItem first = storedItem(tenant, "A", Tracking.NONE);
        StockItem second = storedItem(tenant, "B", Tracking.NONE);
        WarehouseId main = storedWarehouseId(tenant, "MAIN");
        WarehouseId north = storedWarehouseId(tenant, "NORTH");
        ReorderRule firstMain = stored(first, main, "1", "2", null);
        ReorderRule firstNorth = stored(first, north, "3", "4", null);
        ReorderRule secondMain = stored(second, main, "5", "6", null);

        assertThat(inTx(() -> rules().findByItem(tenant, first.id()))).extracting(ReorderRule::id)
                .containsExactlyInAnyOrder(firstMain.id(), firstNorth.id());
        assertThat(inTx(() -> rules().findByWarehouse(tenant, main))).extracting(ReorderRule::id)
                .containsExactlyInAnyOrder(firstMain.id(), secondMain.id());
        assertThat(inTx(() -> rules().findAll(tenant))).extracting(ReorderRule::id)
                .containsExactlyInAnyOrder(firstMain.id(), firstNorth.id(), secondMain.id());
        assertThat(inTx(() -> rules().findByWarehouse(tenant, main))).extracting(r -> r.item().value())
                .isSorted();
    }

    @Test
    void anItemHasOneRulePerWarehouse() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        WarehouseId main = storedWarehouseId(tenant, "MAIN");
        stored(item, main, "1", "2", null);
        assertThatThrownBy(() -> stored(item, main, "3", "4", null)).isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> rules().findByItem(tenant, item.id()))).singleElement()
                .satisfies(r -> assertThat(r.minimum()).isEqualByComparingTo("1"));
    }

    @Test
    void updatesARuleAndRefusesAStaleVersion() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        WarehouseId main = storedWarehouseId(tenant, "MAIN");
        stored(item, main, "10", "50", "12");
        ReorderRule first = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        ReorderRule second = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();

        first.change("SKU", new BigDecimal("20"), new BigDecimal("80"), null, "bob", NOW.plusSeconds(60));
        inTx(() -> rules().update(first));
        second.change("SKU", new BigDecimal("1"), new BigDecimal("2"), null, "carol", NOW.plusSeconds(120));
        assertThatThrownBy(() -> inTx(() -> rules().update(second))).isInstanceOf(ConcurrentUpdateException.class);

        ReorderRule found = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        assertThat(found.minimum()).isEqualByComparingTo("20");
        assertThat(found.maximum()).isEqualByComparingTo("80");
        assertThat(found.multiple()).isEmpty();
        assertThat(found.changedBy()).isEqualTo("bob");
        assertThat(found.changedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.version()).isGreaterThan(first.version());
    }

    @Test
    void removesARuleOnceAndRefusesAStaleVersion() {
        StockItem item = storedItem(tenant, "SKU", Tracking.NONE);
        WarehouseId main = storedWarehouseId(tenant, "MAIN");
        stored(item, main, "10", "50", null);
        ReorderRule read = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        ReorderRule changed = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        changed.change("SKU", new BigDecimal("1"), new BigDecimal("2"), null, "bob", NOW);
        inTx(() -> rules().update(changed));

        assertThatThrownBy(() -> inTx(() -> rules().remove(read))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> rules().find(tenant, item.id(), main))).isPresent();

        ReorderRule current = inTx(() -> rules().find(tenant, item.id(), main)).orElseThrow();
        inTx(() -> rules().remove(current));
        assertThat(inTx(() -> rules().find(tenant, item.id(), main))).isEmpty();
        assertThat(inTx(() -> rules().findAll(tenant))).isEmpty();
        stored(item, main, "3", "4", null);
        assertThat(inTx(() -> rules().findAll(tenant))).hasSize(1);
    }
}
