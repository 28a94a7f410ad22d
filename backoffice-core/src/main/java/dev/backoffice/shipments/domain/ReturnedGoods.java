package dev.backoffice.shipments.domain;

import dev.backoffice.common.Quantity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Goods of a shipment that came back: an item (by id), a quantity in its base unit, its lot or
 * serial numbers, whether it came back damaged, the stock location (by id) it was received into,
 * and who received it when.
 *
 * @param item     the stock item's id
 * @param quantity how much came back, in the item's base unit
 * @param lot      its lot, or null
 * @param serials  its serial numbers, or none
 * @param damaged  whether it came back damaged
 * @param location the id of the internal location it was received into
 * @param actor    who received it
 * @param at       when
 * @serial exclude
 */
public record ReturnedGoods(UUID item, Quantity quantity, String lot, List<String> serials, boolean damaged,
                            UUID location, String actor, Instant at) implements Serializable {

    /**
     * Refuses missing parts and copies the serial numbers.
     *
     * @param item     the stock item's id
     * @param quantity how much came back, in the item's base unit
     * @param lot      its lot, or null
     * @param serials  its serial numbers, or none
     * @param damaged  whether it came back damaged
     * @param location the id of the internal location it was received into
     * @param actor    who received it
     * @param at       when
     */
    public ReturnedGoods {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        serials = serials == null ? List.of() : List.copyOf(serials);
    }
}
