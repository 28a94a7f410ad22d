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
 * Packs a picked shipment into packages.
 *
 * @param packages       at least one, in order
 * @param note           kept in its history, or null
 * @param idempotencyKey optional: the same key again returns the shipment and changes nothing
 */
public record PackShipment(@NotNull ShipmentId shipment, @NotEmpty @Size(max = 1_000) List<@NotNull @Valid Box> packages,
                           @Size(max = 500) String note, @Size(min = 1, max = 128) String idempotencyKey) {

    public PackShipment {
        packages = packages == null ? null : Collections.unmodifiableList(new ArrayList<>(packages));
    }

    /** One package: its box type, gross weight, and outer length, width and height in one unit. */
    public record Box(@NotBlank @Size(max = 40) String boxType, @NotNull Quantity weight, @NotNull Quantity length,
                      @NotNull Quantity width, @NotNull Quantity height) {
    }

    public static PackShipment of(ShipmentId shipment) {
        return new PackShipment(shipment, List.of(), null, null);
    }

    public PackShipment box(String boxType, Quantity weight, Quantity length, Quantity width, Quantity height) {
        List<Box> more = new ArrayList<>(packages == null ? List.of() : packages);
        more.add(new Box(boxType, weight, length, width, height));
        return new PackShipment(shipment, more, note, idempotencyKey);
    }

    public PackShipment note(String text) {
        return new PackShipment(shipment, packages, text, idempotencyKey);
    }

    public PackShipment withIdempotencyKey(String key) {
        return new PackShipment(shipment, packages, note, key);
    }
}
