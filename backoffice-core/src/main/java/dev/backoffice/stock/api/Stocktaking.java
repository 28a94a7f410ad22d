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
     *
     * @param actor   who acts; needs {@code stock.count.manage}
     * @param command the location to count
     * @return the open count, with the quantities the books expect
     */
    CountSnapshot openCount(Actor actor, OpenCount command);

    /**
     * Records a counted quantity. Refused with {@code stock.count.not_found},
     * {@code stock.count.not_open}, {@code stock.item.not_found}, {@code stock.unit.unknown},
     * {@code stock.quantity.too_precise}, {@code stock.count.negative_quantity},
     * {@code stock.lot.required}, {@code stock.lot.not_allowed}, {@code stock.serial.count_mismatch}
     * and {@code stock.count.too_many_lines}.
     *
     * @param actor   who acts; needs {@code stock.count.manage}
     * @param command the count, item, lot and counted quantity
     * @return the count with the line recorded
     */
    CountSnapshot recordCount(Actor actor, RecordCount command);

    /**
     * Posts the count: for each line, the variance between the counted quantity and what is on
     * hand now in the location becomes an adjustment (out to, or in from, inventory loss) with the
     * line's reason. Refused with {@code stock.count.not_open}, {@code stock.count.empty}, and
     * {@code stock.quantity.insufficient} when a shortfall would take reserved stock (release the
     * reservations first). All or nothing.
     *
     * @param actor who acts; needs {@code stock.count.post}
     * @param count the open count
     * @return the posted count, with the adjustment moves of its variances
     */
    CountSnapshot postCount(Actor actor, CountId count);

    /**
     * Cancels an open count; nothing is posted ({@code stock.count.not_open}).
     *
     * @param actor who acts; needs {@code stock.count.manage}
     * @param count the open count
     * @return the cancelled count
     */
    CountSnapshot cancelCount(Actor actor, CountId count);

    /**
     * The count; {@code stock.count.not_found} when the tenant has none with that id.
     *
     * @param actor who acts; needs {@code stock.read}
     * @param count the count's id
     * @return the count as it is now
     */
    CountSnapshot count(Actor actor, CountId count);
}
