package dev.backoffice.stock.api;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.CountId;

/**
 * Physical counts of the actor's tenant: count what is really in a location and post the
 * differences with the books as adjustments against inventory loss.
 */
public interface Stocktaking {

    /**
     * Opens a count of an internal location. Refused with {@code stock.location.not_found},
     * {@code stock.location.not_internal} and, while the location has an open count,
     * {@code stock.count.already_open}.
     */
    CountSnapshot openCount(Actor actor, OpenCount command);

    /**
     * Records a counted quantity. Refused with {@code stock.count.not_found},
     * {@code stock.count.not_open}, {@code stock.item.not_found}, {@code stock.unit.unknown},
     * {@code stock.quantity.too_precise}, {@code stock.count.negative_quantity},
     * {@code stock.lot.required}, {@code stock.lot.not_allowed}, {@code stock.serial.count_mismatch}
     * and {@code stock.count.too_many_lines}.
     */
    CountSnapshot recordCount(Actor actor, RecordCount command);

    /**
     * Posts the count: for each line, the variance between the counted quantity and what is on
     * hand now in the location becomes an adjustment (out to, or in from, inventory loss) with the
     * line's reason. Refused with {@code stock.count.not_open}, {@code stock.count.empty}, and
     * {@code stock.quantity.insufficient} when a shortfall would take reserved stock (release the
     * reservations first). All or nothing.
     */
    CountSnapshot postCount(Actor actor, CountId count);

    /** Cancels an open count; nothing is posted ({@code stock.count.not_open}). */
    CountSnapshot cancelCount(Actor actor, CountId count);

    /** The count; {@code stock.count.not_found} when the tenant has none with that id. */
    CountSnapshot count(Actor actor, CountId count);
}
