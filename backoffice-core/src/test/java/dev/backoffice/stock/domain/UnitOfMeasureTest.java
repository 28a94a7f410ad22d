package dev.backoffice.stock.domain;

import dev.backoffice.common.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class UnitOfMeasureTest {

    private final UnitOfMeasure pieces = UnitOfMeasure.of("pc").with("box", "12").with("pallet", "480");
    private final UnitOfMeasure kilograms = UnitOfMeasure.of("kg", 3).with("g", "0.001").with("t", "1000");

    @Test
    void convertsToTheBaseUnitExactly() {
        assertThat(pieces.toBase(Quantity.of(3, "box"))).isEqualTo(Quantity.of(36, "pc"));
        assertThat(pieces.toBase(Quantity.of(7, "pc"))).isEqualTo(Quantity.of(7, "pc"));
        assertThat(kilograms.toBase(Quantity.of(1250, "g"))).isEqualTo(Quantity.of("1.25", "kg"));
        assertThat(kilograms.toBase(Quantity.of("0.5", "t"))).isEqualTo(Quantity.of(500, "kg"));
        assertThat(kilograms.knows("g")).isTrue();
        assertThat(kilograms.knows("lb")).isFalse();
    }

    @Test
    void refusesUnknownUnitsAndQuantitiesFinerThanTheBaseUnit() {
        assertRefused("stock.unit.unknown", () -> pieces.toBase(Quantity.of(1, "kg")));
        assertRefused("stock.quantity.too_precise", () -> pieces.toBase(Quantity.of("0.5", "pc")));
        assertRefused("stock.quantity.too_precise", () -> pieces.toBase(Quantity.of("0.1", "box")));
        assertRefused("stock.quantity.too_precise", () -> kilograms.toBase(Quantity.of("0.5", "g")));
        assertThat(pieces.toBase(Quantity.of("0.5", "box"))).isEqualTo(Quantity.of(6, "pc"));
    }

    @Test
    void refusesBadDefinitions() {
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc").with("box", "0"));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc").with("box", "-12"));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc").with("pc", "1"));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc").with("box", "twelve"));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc").with("box", "0.0000001"));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("pc", 7));
        assertRefused("stock.unit.invalid", () -> UnitOfMeasure.of("9"));
        assertRefused("stock.unit.invalid", () -> new UnitOfMeasure("pc", 0, Map.of("bad unit", BigDecimal.ONE)));
    }
}
