package dev.backoffice.stock.domain;

import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ReorderRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");
    private static final TenantId ACME = TenantId.of("acme");
    private final StockItem item = StockItem.create(ItemId.of(UUID.randomUUID()), ACME, "SKU", "Item", UnitOfMeasure.of("pc"),
            Tracking.NONE, ValuationMethod.FIFO, NegativeStockPolicy.FORBIDDEN, true, NOW);
    private final WarehouseId warehouse = WarehouseId.of(UUID.randomUUID());

    private ReorderRule rule(String minimum, String maximum, String multiple) {
        return ReorderRule.create(ReorderRuleId.of(UUID.randomUUID()), item, warehouse, new BigDecimal(minimum),
                new BigDecimal(maximum), multiple == null ? null : new BigDecimal(multiple), "alice", NOW);
    }

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void ordersUpToTheMaximumRoundedUpToTheMultiple() {
        ReorderRule rule = rule("10", "50", "12");
        assertThat(rule.quantityToOrder(n("7"))).isEqualByComparingTo("48");
        assertThat(rule.quantityToOrder(n("2"))).isEqualByComparingTo("48");
        assertThat(rule.quantityToOrder(n("9"))).isEqualByComparingTo("48");
        assertThat(rule.quantityToOrder(n("-5"))).isEqualByComparingTo("60");
        assertThat(rule.quantityToOrder(n("-10"))).isEqualByComparingTo("60");
        assertThat(rule.quantityToOrder(n("-11"))).isEqualByComparingTo("72");
    }

    @Test
    void ordersNothingAtTheMinimumOrAbove() {
        ReorderRule rule = rule("10", "50", "12");
        assertThat(rule.isBelowMinimum(n("10"))).isFalse();
        assertThat(rule.quantityToOrder(n("10"))).isEqualByComparingTo("0");
        assertThat(rule.quantityToOrder(n("60"))).isEqualByComparingTo("0");
        assertThat(rule.isBelowMinimum(n("9.999"))).isTrue();
    }

    @Test
    void withoutAMultipleOrdersExactlyWhatIsMissing() {
        ReorderRule rule = rule("10", "50", null);
        assertThat(rule.multiple()).isEmpty();
        assertThat(rule.quantityToOrder(n("7"))).isEqualByComparingTo("43");
        assertThat(rule.quantityToOrder(n("-3"))).isEqualByComparingTo("53");
    }

    @Test
    void roundsDecimalMultiplesUp() {
        ReorderRule rule = rule("0.5", "1", "0.25");
        assertThat(rule.quantityToOrder(n("0.1"))).isEqualByComparingTo("1");
        assertThat(rule.quantityToOrder(n("0.25"))).isEqualByComparingTo("0.75");
    }

    @Test
    void aMinimumOfZeroOrdersOnlyBelowZeroAndAMaximumEqualToTheMinimumIsAllowed() {
        ReorderRule rule = rule("0", "0", null);
        assertThat(rule.quantityToOrder(n("0"))).isEqualByComparingTo("0");
        assertThat(rule.quantityToOrder(n("-4"))).isEqualByComparingTo("4");
        ReorderRule flat = rule("20", "20", "6");
        assertThat(flat.quantityToOrder(n("19"))).isEqualByComparingTo("6");
    }

    @Test
    void refusesQuantitiesOutOfRule() {
        assertRefused("stock.reorder_rule.minimum_negative", () -> rule("-1", "50", null));
        assertRefused("stock.reorder_rule.maximum_below_minimum", () -> rule("10", "9", null));
        assertRefused("stock.reorder_rule.multiple_not_positive", () -> rule("10", "50", "0"));
        assertRefused("stock.reorder_rule.multiple_not_positive", () -> rule("10", "50", "-12"));
    }

    @Test
    void aRefusedChangeLeavesTheRuleAsItWas() {
        ReorderRule rule = rule("10", "50", "12");
        assertRefused("stock.reorder_rule.maximum_below_minimum",
                () -> rule.change("SKU", n("60"), n("50"), null, "bob", NOW.plusSeconds(60)));
        assertThat(rule.minimum()).isEqualByComparingTo("10");
        assertThat(rule.maximum()).isEqualByComparingTo("50");
        assertThat(rule.multiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("12"));
        assertThat(rule.changedBy()).isEqualTo("alice");

        rule.change("SKU", n("5"), n("20"), null, "bob", NOW.plusSeconds(60));
        assertThat(rule.minimum()).isEqualByComparingTo("5");
        assertThat(rule.maximum()).isEqualByComparingTo("20");
        assertThat(rule.multiple()).isEmpty();
        assertThat(rule.changedBy()).isEqualTo("bob");
        assertThat(rule.changedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(rule.createdAt()).isEqualTo(NOW);
        assertThat(rule.unit()).isEqualTo("pc");
        assertThat(rule.tenant()).isEqualTo(ACME);
    }
}
