package dev.backoffice.common;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class QuantityTest {

    @Test
    void isExactAndIgnoresTrailingZeros() {
        assertThat(Quantity.of("2.50", "kg")).isEqualTo(Quantity.of("2.5", "kg"));
        assertThat(Quantity.of("0.1", "kg").plus(Quantity.of("0.2", "kg"))).isEqualTo(Quantity.of("0.3", "kg"));
        assertThat(Quantity.of(1200, "pc").value()).isEqualByComparingTo("1200");
        assertThat(Quantity.of(1200, "pc").value().scale()).isZero();
        assertThat(Quantity.of("-0.000", "pc")).isEqualTo(Quantity.zero("pc"));
        assertThat(Quantity.of("12.5", "kg")).hasToString("12.5 kg");
    }

    @Test
    void addsSubtractsAndComparesInOneUnitOnly() {
        Quantity five = Quantity.of(5, "pc");
        assertThat(five.minus(Quantity.of(7, "pc"))).isEqualTo(Quantity.of(-2, "pc"));
        assertThat(five.negate().isNegative()).isTrue();
        assertThat(five.isGreaterThan(Quantity.of(4, "pc"))).isTrue();
        assertThat(five.min(Quantity.of(3, "pc"))).isEqualTo(Quantity.of(3, "pc"));
        assertThat(Quantity.of("1.5", "pc").isWhole()).isFalse();
        assertThat(Quantity.of("3.0", "pc").isWhole()).isTrue();

        assertRefused("quantity.unit_mismatch", () -> five.plus(Quantity.of(1, "box")));
        assertRefused("quantity.unit_mismatch", () -> five.compareTo(Quantity.of(1, "kg")));
    }

    @Test
    void refusesMalformedNumbersUnitsAndRanges() {
        assertRefused("quantity.malformed", () -> Quantity.of("1,5", "kg"));
        assertRefused("quantity.malformed", () -> Quantity.of("1e3", "kg"));
        assertRefused("quantity.malformed", () -> Quantity.of((BigDecimal) null, "kg"));
        assertRefused("quantity.unit_invalid", () -> Quantity.of(1, " "));
        assertRefused("quantity.unit_invalid", () -> Quantity.of(1, "1kg"));
        assertRefused("quantity.unit_invalid", () -> Quantity.of(1, null));
        assertRefused("quantity.too_precise", () -> Quantity.of("0.0000001", "kg"));
        assertRefused("quantity.overflow", () -> Quantity.of("1234567890123456789", "pc"));
        assertThat(Quantity.of("123456789012345678.123456", "pc").value().scale()).isEqualTo(6);
    }
}
