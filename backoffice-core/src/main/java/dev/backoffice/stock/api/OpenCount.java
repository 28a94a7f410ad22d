package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Opens a physical count of an internal location.
 *
 * @param reference      the host's reference of the stocktake, kept on the count and its adjustments
 * @param idempotencyKey optional: the same key again returns the first count
 */
public record OpenCount(@NotNull LocationId location, @Size(max = 200) String reference,
                        @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A count of every item in the location and the locations under it.
     *
     * @param location the internal location to count
     * @return the command
     */
    public static OpenCount of(LocationId location) {
        return new OpenCount(location, null, null);
    }
}
