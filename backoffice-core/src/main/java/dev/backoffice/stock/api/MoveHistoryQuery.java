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

    /** The most moves one page may hold. */
    public static final int MAX_LIMIT = 1_000;
    /** The moves on a page when the query does not say. */
    public static final int DEFAULT_LIMIT = 100;

    /**
     * The first page of the item's whole history, {@value #DEFAULT_LIMIT} moves at most.
     *
     * @param item the stock item
     * @return the query
     */
    public static MoveHistoryQuery of(ItemId item) {
        return new MoveHistoryQuery(item, null, null, null, DEFAULT_LIMIT);
    }

    /**
     * Only moves into or out of the location and the locations under it.
     *
     * @param location the location
     * @return a copy of this query with that filter
     */
    public MoveHistoryQuery in(LocationId location) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    /**
     * Only moves of one lot or serial number.
     *
     * @param lot the lot code or serial number
     * @return a copy of this query with that filter
     */
    public MoveHistoryQuery lot(String lot) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    /**
     * The page after the one that returned this cursor.
     *
     * @param after the {@link MoveHistory#next()} of the previous page
     * @return a copy of this query that starts after the cursor
     */
    public MoveHistoryQuery after(HistoryCursor after) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }

    /**
     * Another page size.
     *
     * @param limit 1 to {@value #MAX_LIMIT} moves
     * @return a copy of this query with that page size
     */
    public MoveHistoryQuery limit(int limit) {
        return new MoveHistoryQuery(item, location, lot, after, limit);
    }
}
