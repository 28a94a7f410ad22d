package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.ItemId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a lot (or a serial number) of an item came from and went: every done move that carried
 * it, oldest first, and where it is now, in every location, virtual ones included.
 *
 * @param expiry     the lot's expiry date, or null
 * @param receivedAt when it first came into stock
 */
public record LotTrace(ItemId item, String lot, LocalDate expiry, Instant receivedAt, List<StockMoveSnapshot> moves,
                       List<StockLevel> levels) {
}
