package dev.backoffice.common;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of {@link Money} that must hold for any amount, not only for the examples in {@link MoneyTest}. */
class MoneyPropertiesTest {

    private static final long LIMIT = 1_000_000_000_000_000L; // keeps sums of two amounts inside a long

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "BHD", "CHF", "GBP").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<Money> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-LIMIT, LIMIT).edgeCases(c -> c.add(0L)), currencies())
                .as(Money::ofMinor);
    }

    @Provide
    Arbitrary<long[]> ratios() {
        return Arbitraries.longs().between(0, 1_000_000).edgeCases(c -> c.add(0L))
                .array(long[].class).ofMinSize(1).ofMaxSize(12)
                .filter(r -> java.util.Arrays.stream(r).anyMatch(x -> x > 0));
    }

    @Property
    @Label("allocate: the parts add up to exactly the original amount")
    void allocation_loses_and_creates_no_minor_unit(@ForAll("amounts") Money money, @ForAll("ratios") long[] ratios) {
        List<Money> parts = money.allocate(ratios);

        assertThat(parts).hasSize(ratios.length);
        assertThat(parts).allSatisfy(part -> assertThat(part.currency()).isEqualTo(money.currency()));
        assertThat(parts.stream().reduce(Money.zero(money.currency()), Money::plus)).isEqualTo(money);
    }

    @Property
    @Label("allocate: each part is less than one minor unit away from its exact share")
    void each_part_is_within_one_minor_unit_of_its_exact_share(@ForAll("amounts") Money money,
                                                               @ForAll("ratios") long[] ratios) {
        List<Money> parts = money.allocate(ratios);

        BigInteger total = BigInteger.ZERO;
        for (long ratio : ratios) {
            total = total.add(BigInteger.valueOf(ratio));
        }
        for (int i = 0; i < ratios.length; i++) {
            // |part - amount * ratio / total| < 1  <=>  |part * total - amount * ratio| < total
            BigInteger distance = BigInteger.valueOf(parts.get(i).minorUnits()).multiply(total)
                    .subtract(BigInteger.valueOf(money.minorUnits()).multiply(BigInteger.valueOf(ratios[i])))
                    .abs();
            assertThat(distance).as("part %d of %s by %s", i, money, java.util.Arrays.toString(ratios))
                    .isLessThan(total);
        }
    }

    @Property
    @Label("allocate: a zero ratio gets zero")
    void a_zero_ratio_gets_zero(@ForAll("amounts") Money money, @ForAll("ratios") long[] ratios) {
        List<Money> parts = money.allocate(ratios);

        for (int i = 0; i < ratios.length; i++) {
            if (ratios[i] == 0) {
                assertThat(parts.get(i).isZero()).as("part %d", i).isTrue();
            }
        }
    }

    @Property
    @Label("allocate: no part has the opposite sign of the amount")
    void parts_have_the_sign_of_the_amount(@ForAll("amounts") Money money, @ForAll("ratios") long[] ratios) {
        List<Money> parts = money.allocate(ratios);

        assertThat(parts).allSatisfy(part -> {
            assertThat(money.isNegative() && part.isPositive()).isFalse();
            assertThat(money.isPositive() && part.isNegative()).isFalse();
        });
    }

    @Property
    @Label("split: n parts add up to the amount and differ by at most one minor unit")
    void split_parts_are_fair(@ForAll("amounts") Money money, @ForAll @IntRange(min = 1, max = 50) int n) {
        List<Money> parts = money.split(n);

        assertThat(parts).hasSize(n);
        assertThat(parts.stream().reduce(Money.zero(money.currency()), Money::plus)).isEqualTo(money);
        long min = parts.stream().mapToLong(Money::minorUnits).min().orElseThrow();
        long max = parts.stream().mapToLong(Money::minorUnits).max().orElseThrow();
        assertThat(max - min).isBetween(0L, 1L);
    }

    @Property
    @Label("plus and minus are inverse")
    void minus_undoes_plus(@ForAll("amounts") Money a, @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
        Money other = Money.ofMinor(b, a.currency());

        assertThat(a.plus(other).minus(other)).isEqualTo(a);
        assertThat(a.plus(other)).isEqualTo(other.plus(a));
        assertThat(a.minus(a).isZero()).isTrue();
        assertThat(a.plus(a.negate()).isZero()).isTrue();
    }

    @Property
    @Label("compareTo orders like the decimal amounts and agrees with equals")
    void compareTo_agrees_with_the_decimal_amounts(@ForAll("amounts") Money a,
                                                   @ForAll @LongRange(min = -LIMIT, max = LIMIT) long b) {
        Money other = Money.ofMinor(b, a.currency());

        assertThat(Integer.signum(a.compareTo(other))).isEqualTo(Integer.signum(a.amount().compareTo(other.amount())));
        assertThat(a.compareTo(other) == 0).isEqualTo(a.equals(other));
    }

    @Property
    @Label("the decimal amount and its text round-trip exactly")
    void amount_round_trips(@ForAll("amounts") Money money) {
        assertThat(money.amount().scale()).isEqualTo(money.currency().getDefaultFractionDigits());
        assertThat(Money.of(money.amount(), money.currency())).isEqualTo(money);
        assertThat(Money.of(money.amount().toPlainString(), money.currency().getCurrencyCode())).isEqualTo(money);
        assertThat(Money.of(money.amount().toPlainString(), money.currency())).isEqualTo(money);
    }

    @Property
    @Label("equality ignores trailing zeros")
    void trailing_zeros_do_not_change_the_amount(@ForAll("amounts") Money money,
                                                 @ForAll @IntRange(min = 1, max = 10) int extraZeros) {
        BigDecimal padded = money.amount().setScale(money.amount().scale() + extraZeros);

        Money parsed = Money.of(padded, money.currency());
        assertThat(parsed).isEqualTo(money);
        assertThat(parsed.hashCode()).isEqualTo(money.hashCode());
    }

    @Property
    @Label("rounding moves an amount by less than one minor unit, HALF_EVEN by default")
    void rounding_stays_within_one_minor_unit(@ForAll("amounts") Money money,
                                             @ForAll @IntRange(min = 0, max = 999_999) int factorMillionths) {
        BigDecimal factor = BigDecimal.valueOf(factorMillionths, 6);
        BigDecimal exact = money.amount().multiply(factor);

        Money rounded = money.times(factor);

        assertThat(rounded).isEqualTo(Money.of(exact, money.currency(), RoundingMode.HALF_EVEN));
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(money.currency().getDefaultFractionDigits());
        assertThat(rounded.amount().subtract(exact).abs()).isLessThanOrEqualTo(minorUnit.divide(BigDecimal.valueOf(2)));
    }

    @Property
    @Label("times a whole number equals repeated addition")
    void times_is_repeated_addition(@ForAll @LongRange(min = -LIMIT / 20, max = LIMIT / 20) long minor,
                                    @ForAll("currencies") Currency currency,
                                    @ForAll @IntRange(min = -20, max = 20) int n) {
        Money money = Money.ofMinor(minor, currency);
        Money sum = Money.zero(currency);
        for (int i = 0; i < Math.abs(n); i++) {
            sum = sum.plus(money);
        }

        assertThat(money.times(n)).isEqualTo(n < 0 ? sum.negate() : sum);
    }
}
