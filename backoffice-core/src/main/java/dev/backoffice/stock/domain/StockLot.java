package dev.backoffice.stock.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A lot of a lot-tracked item, or one serial number of a serial-tracked item: its code is unique
 * per item. Made by the first move that brings it into an internal location.
 *
 * @param expiry     the lot's expiry date, or null (always null for a serial number)
 * @param receivedAt when it first came into stock: the order of FIFO
 */
public record StockLot(ItemId item, String code, LocalDate expiry, Instant receivedAt) {

    /**
     * Checks the lot's values.
     *
     * @param item       the tracked item
     * @param code       the lot code or serial number
     * @param expiry     its expiry date, or null
     * @param receivedAt when it first came into stock
     */
    public StockLot {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
