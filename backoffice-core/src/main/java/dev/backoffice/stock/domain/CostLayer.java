package dev.backoffice.stock.domain;

import dev.backoffice.common.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What is left of a receipt's value: under FIFO one layer per receipt, consumed oldest first; under
 * moving average and standard cost one pooled layer ({@code receipt} null) holding the item's
 * whole valued stock. Quantities are in the item's base unit.
 *
 * @param receipt   the receipt move that brought the layer in; null for the pooled layer
 * @param receivedAt when the layer came in (its FIFO order)
 * @param received  the quantity the receipt brought in (the base of a landed cost's split)
 * @param remaining the quantity still in stock, above zero
 * @param value     the value of the remaining quantity, never negative
 */
public record CostLayer(MoveId receipt, Instant receivedAt, BigDecimal received, BigDecimal remaining, Money value) {

    /**
     * Checks the layer's values.
     *
     * @param receipt    the receipt that made it; null for the pooled layer
     * @param receivedAt when its stock came in
     * @param received   the quantity it started with, in the base unit
     * @param remaining  the quantity still in stock, in the base unit
     * @param value      the value of what remains, in the valuation currency
     */
    public CostLayer {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(value, "value");
        if (remaining.signum() <= 0 || remaining.compareTo(received) > 0 && receipt != null) {
            throw new IllegalArgumentException("a layer's remaining quantity lies in (0, received]: " + remaining);
        }
        if (value.isNegative()) {
            throw new IllegalArgumentException("a layer's value is never negative: " + value);
        }
    }

    /**
     * Whether this is the pooled layer of a moving-average or standard-cost item.
     *
     * @return true for the pool, false for a FIFO receipt layer
     */
    public boolean pooled() {
        return receipt == null;
    }
}
