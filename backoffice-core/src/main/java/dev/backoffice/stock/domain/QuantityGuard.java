package dev.backoffice.stock.domain;

import java.math.BigDecimal;

/**
 * The condition a {@link QuantityChange} must keep on the row it changes, checked on the values
 * after the change. An adapter checks it in the same statement that applies the change.
 */
public enum QuantityGuard {
    /** No condition: virtual locations, whose quantities are the negative of the stock they gave or took. */
    NONE,
    /** The reserved quantity stays zero or more; on hand may go negative (items that allow negative stock). */
    RESERVED_NOT_NEGATIVE,
    /** The reserved quantity stays zero or more and on hand stays at or above it: available never negative. */
    AVAILABLE_NOT_NEGATIVE;

    /**
     * Whether a row with these values after the change keeps the guard.
     *
     * @param onHandAfter   on hand after the change
     * @param reservedAfter reserved after the change
     * @return true when the guard holds
     */
    public boolean allows(BigDecimal onHandAfter, BigDecimal reservedAfter) {
        return switch (this) {
            case NONE -> true;
            case RESERVED_NOT_NEGATIVE -> reservedAfter.signum() >= 0;
            case AVAILABLE_NOT_NEGATIVE -> reservedAfter.signum() >= 0 && onHandAfter.compareTo(reservedAfter) >= 0;
        };
    }
}
