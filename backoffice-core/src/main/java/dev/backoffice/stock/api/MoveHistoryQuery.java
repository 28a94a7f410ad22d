package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Which done moves of an item to list.
 *
 * @param location optional: only moves into or out of this location and the locations under it
 * @param lot      optional: only moves of this lot code or serial number
 * @param after    optional: the cursor of the previous page; the first page when null
 * @param limit    the most moves on the page, 1 to {@value #MAX_LIMIT}
 */
public record MoveHistoryQuery(@NotNull ItemId item, LocationId location,
                               @Size(max = 64) @Pattern(regexp = NewStockMove.CODE, message = NewStockMove.CODE_MESSAGE) String lot,
                               @Valid HistoryCursor after, @Min(1) @Max(MAX_LIMIT) int limit) {

    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 100;

    /** The first page of the item's whole history, {@value #DEFAULT_LIMIT} moves at most. */
    public static MoveHistoryQuery of(ItemId item) {
        return new MoveHistoryQuery(item, null, null, null, DEFAULT_LIMIT);
    }

    public MoveHistoryQuery in(LocationId location) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    public MoveHistoryQuery lot(String lot) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    public MoveHistoryQuery after(HistoryCursor after) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    public MoveHistoryQuery limit(int limit) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }
}
