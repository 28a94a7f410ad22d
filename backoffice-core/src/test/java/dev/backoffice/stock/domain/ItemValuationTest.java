package dev.backoffice.stock.domain;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cost layers of one item: textbook results, exact money, and negative stock corrected. */
class ItemValuationTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    private static ItemValuation start(ValuationMethod method) {
        return ItemValuation.start(TenantId.of("t"), ItemId.of(UUID.randomUUID()), EUR, method);
    }

    private static MoveId move() {
        return MoveId.of(UUID.randomUUID());
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static BigDecimal q(long n) {
        return BigDecimal.valueOf(n);
    }

    @Test
    void fifoTextbook() {
        ItemValuation fifo = start(ValuationMethod.FIFO);
        fifo.receive(move(), q(10), eur("50.00"), AT);
        fifo.receive(move(), q(10), eur("60.00"), AT.plusSeconds(1));
        assertThat(fifo.issue(q(15)).value()).isEqualTo(eur("80.00"));
        assertThat(fifo.quantity()).isEqualByComparingTo("5");
        assertThat(fifo.value()).isEqualTo(eur("30.00"));
    }

    @Test
    void movingAverageTextbook() {
        ItemValuation average = start(ValuationMethod.MOVING_AVERAGE);
        average.receive(move(), q(100), eur("1000.00"), AT);
        assertThat(average.issue(q(60)).value()).isEqualTo(eur("600.00"));
        average.receive(move(), q(40), eur("500.00"), AT);
        assertThat(average.currentUnitCost()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("11.25"));
        assertThat(average.issue(q(50)).value()).isEqualTo(eur("562.50"));
        assertThat(average.value()).isEqualTo(eur("337.50"));
    }

    @Test
    void aDeficitIsCostedProvisionallyAndCorrectedByTheNextReceipt() {
        ItemValuation fifo = start(ValuationMethod.FIFO);
        assertThatThrownBy(() -> fifo.issue(q(1))).isInstanceOf(BackOfficeException.class)
                .hasFieldOrPropertyWithValue("code", "stock.valuation.cost_unknown");
        fifo.receive(move(), q(2), eur("8.00"), AT);
        assertThat(fifo.issue(q(5)).value()).isEqualTo(eur("20.00"));
        ItemValuation.Added added = fifo.receive(move(), q(4), eur("20.00"), AT);
        assertThat(added.correction()).isEqualTo(eur("3.00")); // 3 covered at 5 instead of 4
        assertThat(fifo.value()).isEqualTo(eur("5.00"));
        assertThat(fifo.layers()).singleElement().satisfies(l -> assertThat(l.remaining()).isEqualByComparingTo("1"));
    }

    @Test
    void anotherCurrencyIsRefused() {
        ItemValuation fifo = start(ValuationMethod.FIFO);
        assertThatThrownBy(() -> fifo.receive(move(), q(1), Money.of("1.00", "USD"), AT))
                .isInstanceOf(BackOfficeException.class)
                .hasFieldOrPropertyWithValue("code", "stock.valuation.currency_mismatch");
    }

    /**
     * Any series of receipts (costs 1.00 to 9.99) and issues, beyond stock too: value is conserved
     * (received = on hand + issued + corrections), no layer is negative or priced outside the costs
     * received, and the quantity is what came in less what went out.
     */
    @Property(tries = 200)
    void valueIsConservedAndLayersStayInTheReceivedRange(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = -9, max = 9) Integer> steps,
            @ForAll @IntRange(min = 100, max = 999) int firstCost, @ForAll boolean fifo) {
        ItemValuation valuation = start(fifo ? ValuationMethod.FIFO : ValuationMethod.MOVING_AVERAGE);
        valuation.receive(move(), q(1), Money.ofMinor(firstCost, EUR), AT);
        Money received = Money.ofMinor(firstCost, EUR);
        Money out = eur("0");
        long quantity = 1;
        long minCost = firstCost;
        long maxCost = firstCost;
        int i = 0;
        for (int step : steps) {
            i++;
            if (step > 0) {
                long cost = 100 + (firstCost * 7L + i * 131L) % 900;
                minCost = Math.min(minCost, cost);
                maxCost = Math.max(maxCost, cost);
                Money value = Money.ofMinor(cost * step, EUR);
                ItemValuation.Added added = valuation.receive(move(), q(step), value, AT.plusSeconds(i));
                received = received.plus(value);
                out = out.plus(added.correction());
                quantity += step;
            } else if (step < 0) {
                out = out.plus(valuation.issue(q(-step)).value());
                quantity += step;
            }
            assertThat(valuation.quantity()).isEqualByComparingTo(BigDecimal.valueOf(quantity));
            assertThat(received).isEqualTo(valuation.value().plus(out));
            for (CostLayer layer : valuation.layers()) {
                assertThat(layer.value().isNegative()).isFalse();
                BigDecimal unit = layer.value().amount().divide(layer.remaining(), 6, java.math.RoundingMode.HALF_EVEN);
                assertThat(unit).isBetween(BigDecimal.valueOf(minCost - 1, 2), BigDecimal.valueOf(maxCost + 1, 2));
            }
        }
    }
}
