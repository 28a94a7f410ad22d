package dev.backoffice.shipments.domain;

import dev.backoffice.common.Quantity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one delivery brought for one line of an inbound receipt: the quantity accepted into stock and
 * the quantity rejected (with its reason), both in the item's base unit, the lot and serial numbers
 * of the accepted goods, the internal location they were received into, the stock move that
 * received them (null when nothing was accepted), and who checked them when.
 *
 * @param delivery     the number of the delivery, 1, 2, ... per receipt
 * @param line         the number of the receipt's line
 * @param accepted     the quantity accepted into stock, zero or more
 * @param rejected     the quantity rejected, zero or more (never into stock)
 * @param rejectReason why goods were rejected; required when some were, else null
 * @param lot          the lot of the accepted goods, or null
 * @param serials      the serial numbers of the accepted goods, one per unit, or none
 * @param location     the internal location the accepted goods were received into
 * @param move         the stock receipt move of the accepted goods, or null when none were
 * @param actor        who received them
 * @param at           when
 * @serial exclude
 */
public record InboundGoods(int delivery, int line, Quantity accepted, Quantity rejected, String rejectReason,
                           String lot, List<String> serials, UUID location, UUID move, String actor, Instant at)
        implements Serializable {

    /**
     * Refuses missing parts and copies the serial numbers.
     *
     * @param delivery     the number of the delivery, 1, 2, ... per receipt
     * @param line         the number of the receipt's line
     * @param accepted     the quantity accepted into stock, zero or more
     * @param rejected     the quantity rejected, zero or more (never into stock)
     * @param rejectReason why goods were rejected; required when some were, else null
     * @param lot          the lot of the accepted goods, or null
     * @param serials      the serial numbers of the accepted goods, one per unit, or none
     * @param location     the internal location the accepted goods were received into
     * @param move         the stock receipt move of the accepted goods, or null when none were
     * @param actor        who received them
     * @param at           when
     */
    public InboundGoods {
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(rejected, "rejected");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    /**
     * The same goods with the stock move that received them.
     *
     * @param moveId the receipt move's id
     * @return a copy with that move
     */
    public InboundGoods withMove(UUID moveId) {
        return new InboundGoods(delivery, line, accepted, rejected, rejectReason, lot, serials, location, moveId, actor,
                at);
    }
}
