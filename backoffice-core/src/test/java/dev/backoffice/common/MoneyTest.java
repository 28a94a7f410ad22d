package dev.backoffice.common;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    @Nested
    class Exactness {

        @Test
        void holds_the_amount_as_whole_minor_units() {
            Money money = eur("12.50");

            assertThat(money.minorUnits()).isEqualTo(1250);
            assertThat(money.amount()).isEqualByComparingTo("12.50");
            assertThat(money.currency()).isEqualTo(EUR);
        }

        @Test
        void adds_decimal_amounts_without_binary_rounding_error() {
            // 0.1 + 0.2 is 0.30000000000000004 in double arithmetic
            assertThat(eur("0.10").plus(eur("0.20"))).isEqualTo(eur("0.30"));
        }

        @Test
        void ten_cents_added_a_thousand_times_are_exactly_one_hundred_euros() {
            Money sum = Money.zero(EUR);
            for (int i = 0; i < 1000; i++) {
                sum = sum.plus(eur("0.10"));
            }
            assertThat(sum).isEqualTo(eur("100"));
        }

        @Test
        void ofMinor_and_of_decimal_agree() {
            assertThat(Money.ofMinor(1250, EUR)).isEqualTo(Money.of(new BigDecimal("12.5"), EUR));
            assertThat(Money.ofMinor(-1, EUR)).isEqualTo(eur("-0.01"));
        }

        @Test
        void subtracts_negates_and_takes_absolute_values() {
            Money a = eur("10.00");
            Money b = eur("12.35");

            assertThat(a.minus(b)).isEqualTo(eur("-2.35"));
            assertThat(a.minus(b).negate()).isEqualTo(eur("2.35"));
            assertThat(a.minus(b).abs()).isEqualTo(eur("2.35"));
            assertThat(b.abs()).isSameAs(b);
        }

        @Test
        void multiplies_by_a_whole_number_exactly() {
            assertThat(eur("0.07").times(3)).isEqualTo(eur("0.21"));
            assertThat(eur("19.99").times(-2)).isEqualTo(eur("-39.98"));
        }

        @Test
        void tells_its_sign() {
            assertThat(eur("0.01").isPositive()).isTrue();
            assertThat(eur("0.01").isNegative()).isFalse();
            assertThat(eur("-0.01").isNegative()).isTrue();
            assertThat(eur("-0.01").isPositive()).isFalse();
            assertThat(eur("0.00").isZero()).isTrue();
            assertThat(Money.zero(EUR).isPositive()).isFalse();
            assertThat(Money.zero(EUR).isNegative()).isFalse();
        }

        @Test
        void compares_amounts_of_one_currency() {
            assertThat(eur("2.00").compareTo(eur("10.00"))).isNegative();
            assertThat(eur("10.00").compareTo(eur("2.00"))).isPositive();
            assertThat(eur("2.0").compareTo(eur("2.00"))).isZero();
            assertThat(eur("10.00").isGreaterThan(eur("9.99"))).isTrue();
            assertThat(eur("-10.00").isLessThan(eur("-9.99"))).isTrue();
            assertThat(eur("1.00").hasSameCurrencyAs(eur("5.00"))).isTrue();
            assertThat(eur("1.00").hasSameCurrencyAs(Money.of("1.00", "USD"))).isFalse();
        }

        @Test
        void prints_the_currency_and_the_amount_with_the_minor_unit_scale() {
            assertThat(eur("12.5")).hasToString("EUR 12.50");
            assertThat(Money.of("1000", "JPY")).hasToString("JPY 1000");
            assertThat(Money.of("-0.5", "KWD")).hasToString("KWD -0.500");
            assertThat(Money.ofMinor(Long.MAX_VALUE, EUR)).hasToString("EUR 92233720368547758.07");
        }
    }

    @Nested
    class CurrencyScale {

        @ParameterizedTest(name = "{0} has {1} decimals")
        @CsvSource({"JPY, 0", "EUR, 2", "USD, 2", "KWD, 3", "BHD, 3"})
        void amount_has_the_iso_4217_minor_unit_scale(String code, int scale) {
            Money money = Money.of("7", code);

            assertThat(money.amount().scale()).isEqualTo(scale);
            assertThat(money.minorUnits()).isEqualTo(7 * BigDecimal.TEN.pow(scale).longValueExact());
        }

        @Test
        void yen_have_no_minor_unit() {
            assertThat(Money.of("1500", "JPY").minorUnits()).isEqualTo(1500);
            assertRefused("money.too_precise", () -> Money.of("1500.5", "JPY"));
        }

        @Test
        void dinars_have_three_decimals() {
            assertThat(Money.of("1.234", "KWD").minorUnits()).isEqualTo(1234);
            assertRefused("money.too_precise", () -> Money.of("1.2345", "KWD"));
        }

        @Test
        void two_point_zero_equals_two_point_zero_zero() {
            assertThat(Money.of("2.0", "EUR")).isEqualTo(Money.of("2.00", "EUR"));
            assertThat(Money.of("2.0", "EUR")).hasSameHashCodeAs(Money.of("2.00", "EUR"));
            assertThat(Money.of("2", "EUR")).isEqualTo(Money.of(new BigDecimal("2.0000"), EUR));
        }

        @Test
        void same_number_in_two_currencies_is_not_equal() {
            assertThat(Money.of("2.00", "EUR")).isNotEqualTo(Money.of("2.00", "USD"));
        }

        @Test
        void a_decimal_with_a_currency_code_is_exact_too() {
            assertThat(Money.of(new BigDecimal("0.1"), "KWD").minorUnits()).isEqualTo(100);
            assertRefused("money.too_precise", () -> Money.of(new BigDecimal("0.1"), "JPY"));
        }

        @Test
        void currency_code_is_trimmed_and_case_insensitive() {
            assertThat(Money.of("1", " eur ")).isEqualTo(eur("1"));
        }
    }

    @Nested
    class Rounding {

        @Test
        void too_precise_amount_is_refused_without_a_rounding_mode() {
            BackOfficeException refusal = assertRefused("money.too_precise", () -> Money.of(new BigDecimal("1.005"), EUR));

            assertThat(refusal.getMessage()).contains("1.005").contains("EUR");
        }

        @Test
        void too_precise_text_is_refused() {
            assertRefused("money.too_precise", () -> Money.of("0.001", "EUR"));
        }

        @Test
        void trailing_zeros_beyond_the_minor_unit_are_not_too_precise() {
            assertThat(Money.of("1.2500000", "EUR")).isEqualTo(eur("1.25"));
        }

        @Test
        void rounds_when_a_rounding_mode_is_given() {
            BigDecimal amount = new BigDecimal("1.005");

            assertThat(Money.of(amount, EUR, RoundingMode.HALF_EVEN)).isEqualTo(eur("1.00"));
            assertThat(Money.of(amount, EUR, RoundingMode.HALF_UP)).isEqualTo(eur("1.01"));
            assertThat(Money.of(amount, EUR, RoundingMode.DOWN)).isEqualTo(eur("1.00"));
            assertThat(Money.of(new BigDecimal("-1.005"), EUR, RoundingMode.FLOOR)).isEqualTo(eur("-1.01"));
        }

        @Test
        void default_rounding_is_half_even() {
            assertThat(Money.DEFAULT_ROUNDING).isEqualTo(RoundingMode.HALF_EVEN);
        }

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
                "0.05, 0.5, 0.02",   // 0.025 -> even neighbour 0.02 (HALF_UP would give 0.03)
                "0.15, 0.5, 0.08",   // 0.075 -> even neighbour 0.08
                "0.35, 0.5, 0.18",   // 0.175 -> 0.18
                "-0.05, 0.5, -0.02",
                "10.00, 0.19, 1.90",
                "33.33, 3, 99.99"})
        void times_a_decimal_rounds_half_even_by_default(String amount, String factor, String expected) {
            assertThat(eur(amount).times(new BigDecimal(factor))).isEqualTo(eur(expected));
        }

        @Test
        void times_a_decimal_uses_the_rounding_mode_given() {
            assertThat(eur("0.05").times(new BigDecimal("0.5"), RoundingMode.HALF_UP)).isEqualTo(eur("0.03"));
            assertRefused("money.too_precise",
                    () -> eur("0.05").times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
        }

        @Test
        void times_a_decimal_rounds_at_the_currency_minor_unit() {
            assertThat(Money.of("100", "JPY").times(new BigDecimal("0.125"))).isEqualTo(Money.of("12", "JPY"));
            assertThat(Money.of("1.000", "KWD").times(new BigDecimal("0.0005"))).isEqualTo(Money.of("0.000", "KWD"));
            assertThat(Money.of("1.000", "KWD").times(new BigDecimal("0.0015"))).isEqualTo(Money.of("0.002", "KWD"));
        }
    }

    @Nested
    class CurrencyMixing {

        private final Money euros = eur("1.00");
        private final Money dollars = Money.of("1.00", "USD");

        @Test
        void plus_refuses_two_currencies() {
            BackOfficeException refusal = assertRefused("money.currency_mismatch", () -> euros.plus(dollars));
            assertThat(refusal.getMessage()).contains("EUR").contains("USD");
        }

        @Test
        void minus_refuses_two_currencies() {
            assertRefused("money.currency_mismatch", () -> euros.minus(dollars));
        }

        @Test
        void compareTo_refuses_two_currencies() {
            assertRefused("money.currency_mismatch", () -> euros.compareTo(dollars));
            assertRefused("money.currency_mismatch", () -> euros.isGreaterThan(dollars));
            assertRefused("money.currency_mismatch", () -> euros.isLessThan(dollars));
        }

        @Test
        void zero_amounts_of_two_currencies_still_do_not_mix() {
            assertRefused("money.currency_mismatch", () -> Money.zero(EUR).plus(Money.zero(USD)));
        }
    }

    @Nested
    class Overflow {

        private final Money max = Money.ofMinor(Long.MAX_VALUE, EUR);
        private final Money min = Money.ofMinor(Long.MIN_VALUE, EUR);
        private final Money oneCent = Money.ofMinor(1, EUR);

        @Test
        void plus_beyond_the_range_is_refused() {
            assertRefused("money.overflow", () -> max.plus(oneCent));
        }

        @Test
        void minus_beyond_the_range_is_refused() {
            assertRefused("money.overflow", () -> min.minus(oneCent));
        }

        @Test
        void times_beyond_the_range_is_refused() {
            assertRefused("money.overflow", () -> max.times(2));
            assertRefused("money.overflow", () -> max.times(new BigDecimal("1.5")));
        }

        @Test
        void negating_or_abs_of_the_smallest_amount_is_refused() {
            assertRefused("money.overflow", min::negate);
            assertRefused("money.overflow", min::abs);
        }

        @Test
        void a_decimal_beyond_the_range_is_refused() {
            assertRefused("money.overflow", () -> Money.of("92233720368547758.08", "EUR"));
            assertRefused("money.overflow", () -> Money.of("-92233720368547758.09", "EUR"));
            assertRefused("money.overflow", () -> Money.of(new BigDecimal("1E+30"), EUR));
        }

        @Test
        void the_edges_of_the_range_are_accepted() {
            assertThat(Money.of("92233720368547758.07", "EUR")).isEqualTo(max);
            assertThat(Money.of("-92233720368547758.08", "EUR")).isEqualTo(min);
            assertThat(max.minus(oneCent).plus(oneCent)).isEqualTo(max);
        }
    }

    @Nested
    class Parsing {

        @ParameterizedTest(name = "\"{0}\" is malformed")
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "abc", "1,00", "1.000,00", "1e3", "1E-2", "0x10", "1.2.3", "--1", "+-1", "12 EUR",
                "EUR 12", "1 000", ".", "-", "NaN", "Infinity", "١٢"})
        void text_that_is_not_a_decimal_amount_is_malformed(String text) {
            assertRefused("money.malformed", () -> Money.of(text, "EUR"));
        }

        @Test
        void very_long_text_is_malformed_and_is_not_echoed_in_full() {
            String text = "1".repeat(10_000);

            BackOfficeException refusal = assertRefused("money.malformed", () -> Money.of(text, "EUR"));
            assertThat(refusal.getMessage()).hasSizeLessThan(200);
        }

        @ParameterizedTest(name = "\"{0}\" is {1}")
        @CsvSource(delimiter = '|', value = {
                "12.50|12.50", "+12.50|12.50", "-12.50|-12.50", "' 7.1 '|7.10", "5.|5.00", ".5|0.50", "007|7.00",
                "-0|0.00"})
        void decimal_text_is_parsed(String text, String expected) {
            assertThat(Money.of(text, EUR).amount()).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class UnsupportedCurrency {

        @ParameterizedTest(name = "\"{0}\" is unsupported")
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "ABC", "XAU", "XAG", "XXX", "EURO", "E", "€"})
        void unknown_or_unitless_currencies_are_refused(String code) {
            assertRefused("money.unsupported_currency", () -> Money.of("1", code));
            assertRefused("money.unsupported_currency", () -> Money.currency(code));
        }

        @Test
        void a_currency_object_without_minor_unit_is_refused_everywhere() {
            Currency gold = Currency.getInstance("XAU");

            assertRefused("money.unsupported_currency", () -> Money.zero(gold));
            assertRefused("money.unsupported_currency", () -> Money.ofMinor(1, gold));
            assertRefused("money.unsupported_currency", () -> Money.of(BigDecimal.ONE, gold));
        }

        @Test
        void missing_arguments_are_programming_errors() {
            assertThatNullPointerException().isThrownBy(() -> Money.of(BigDecimal.ONE, (Currency) null));
            assertThatNullPointerException().isThrownBy(() -> Money.of((BigDecimal) null, EUR));
            assertThatNullPointerException().isThrownBy(() -> eur("1").plus(null));
        }
    }

    @Nested
    class Allocation {

        @Test
        void a_hundred_euros_in_three_loses_no_cent() {
            List<Money> parts = eur("100.00").allocate(1, 1, 1);

            assertThat(parts).containsExactly(eur("33.34"), eur("33.33"), eur("33.33"));
        }

        @Test
        void a_negative_amount_in_three_loses_no_cent() {
            List<Money> parts = eur("-100.00").allocate(1, 1, 1);

            assertThat(parts).extracting(Money::minorUnits).containsExactlyInAnyOrder(-3333L, -3333L, -3334L);
            assertThat(parts.stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(eur("-100.00"));
        }

        @Test
        void allocates_by_uneven_ratios() {
            assertThat(eur("0.05").allocate(3, 7)).containsExactly(eur("0.02"), eur("0.03"));
            assertThat(eur("1000.00").allocate(70, 20, 10)).containsExactly(eur("700.00"), eur("200.00"), eur("100.00"));
        }

        @Test
        void a_zero_ratio_gets_zero() {
            List<Money> parts = eur("1.01").allocate(1, 0, 1);

            assertThat(parts).hasSize(3);
            assertThat(parts.get(1)).isEqualTo(Money.zero(EUR));
            assertThat(parts.get(0).plus(parts.get(2))).isEqualTo(eur("1.01"));
        }

        @Test
        void a_single_ratio_gets_everything() {
            assertThat(eur("12.34").allocate(5)).containsExactly(eur("12.34"));
        }

        @Test
        void zero_is_allocated_as_zeros() {
            assertThat(Money.zero(EUR).allocate(1, 2, 3)).containsOnly(Money.zero(EUR)).hasSize(3);
        }

        @Test
        void allocation_keeps_the_currency() {
            assertThat(Money.of("1000", "JPY").allocate(1, 2)).containsExactly(Money.of("333", "JPY"), Money.of("667", "JPY"));
            // leftover cents go to the largest rounding remainders, not simply to the first parts
            assertThat(eur("0.02").allocate(2, 1, 1)).containsExactly(eur("0.01"), eur("0.01"), eur("0.00"));
        }

        @Test
        void huge_amounts_and_ratios_do_not_overflow() {
            Money max = Money.ofMinor(Long.MAX_VALUE, EUR);

            List<Money> parts = max.allocate(Long.MAX_VALUE, Long.MAX_VALUE, 1);

            assertThat(parts.stream().reduce(Money.zero(EUR), Money::plus)).isEqualTo(max);
        }

        @Test
        void the_parts_cannot_be_changed() {
            List<Money> parts = eur("1.00").allocate(1, 1);

            assertThat(parts).isUnmodifiable();
        }

        @Test
        void split_divides_into_equal_parts_losing_no_cent() {
            assertThat(eur("0.10").split(3)).containsExactly(eur("0.04"), eur("0.03"), eur("0.03"));
            assertThat(eur("-0.10").split(4)).extracting(Money::minorUnits).containsExactlyInAnyOrder(-3L, -3L, -2L, -2L);
            assertThat(eur("5.00").split(1)).containsExactly(eur("5.00"));
        }

        @Test
        void no_ratio_is_an_invalid_allocation() {
            assertRefused("money.invalid_allocation", () -> eur("1.00").allocate());
            assertRefused("money.invalid_allocation", () -> eur("1.00").allocate((long[]) null));
        }

        @Test
        void a_negative_ratio_is_an_invalid_allocation() {
            assertRefused("money.invalid_allocation", () -> eur("1.00").allocate(2, -1));
        }

        @Test
        void ratios_summing_to_zero_are_an_invalid_allocation() {
            assertRefused("money.invalid_allocation", () -> eur("1.00").allocate(0, 0));
        }

        @ParameterizedTest(name = "split({0})")
        @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
        void splitting_into_no_part_is_an_invalid_allocation(int parts) {
            assertRefused("money.invalid_allocation", () -> eur("1.00").split(parts));
        }
    }
}
