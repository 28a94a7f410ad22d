package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.ShipmentId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Packs a picked shipment into packages. Build it with {@link #of} and add the packages with
 * {@link #box}; the packages are numbered from 1 in the order added, and the carrier is quoted and
 * booked on their weights and dimensions.
 *
 * @param shipment       the picked shipment
 * @param packages       at least one, in order
 * @param note           kept in its history, or null
 * @param idempotencyKey optional: the same key again returns the shipment and changes nothing
 */
public record PackShipment(@NotNull ShipmentId shipment, @NotEmpty @Size(max = 1_000) List<@NotNull @Valid Box> packages,
                           @Size(max = 500) String note, @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the packages, so the command cannot change after it is validated.
     *
     * @param shipment       the picked shipment
     * @param packages       at least one, in order
     * @param note           kept in its history, or null
     * @param idempotencyKey optional: the same key again returns the shipment and changes nothing
     */
    public PackShipment {
        packages = packages == null ? null : Collections.unmodifiableList(new ArrayList<>(packages));
    }

    /**
     * One package: its box type, gross weight, and outer length, width and height in one unit.
     *
     * @param boxType the kind of box (the host's name for it, at most 40 characters)
     * @param weight  the gross weight, above zero
     * @param length  the outer length, above zero
     * @param width   the outer width, above zero, in the unit of the length
     * @param height  the outer height, above zero, in the unit of the length
     */
    public record Box(@NotBlank @Size(max = 40) String boxType, @NotNull Quantity weight, @NotNull Quantity length,
                      @NotNull Quantity width, @NotNull Quantity height) {
    }

    /**
     * Packs that shipment; add its packages with {@link #box}.
     *
     * @param shipment the picked shipment
     * @return the command, without packages yet
     */
    public static PackShipment of(ShipmentId shipment) {
        return new PackShipment(shipment, List.of(), null, null);
    }

    /**
     * Adds a package.
     *
     * @param boxType the kind of box
     * @param weight  its gross weight
     * @param length  its outer length
     * @param width   its outer width, in the unit of the length
     * @param height  its outer height, in the unit of the length
     * @return a copy of this command with the package added last
     */
    public PackShipment box(String boxType, Quantity weight, Quantity length, Quantity width, Quantity height) {
        List<Box> more = new ArrayList<>(packages == null ? List.of() : packages);
        more.add(new Box(boxType, weight, length, width, height));
        return new PackShipment(shipment, more, note, idempotencyKey);
    }

    /**
     * Sets a note for the shipment's history.
     *
     * @param text the note, at most 500 characters
     * @return a copy of this command with the note
     */
    public PackShipment note(String text) {
        return new PackShipment(shipment, packages, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key, so that a retried call packs only once.
     *
     * @param key the key, 1 to 128 characters
     * @return a copy of this command with the key
     */
    public PackShipment withIdempotencyKey(String key) {
        return new PackShipment(shipment, packages, note, key);
    }
}
