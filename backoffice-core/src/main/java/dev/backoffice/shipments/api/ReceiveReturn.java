package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Goods of a delivered (or returned) shipment that came back from the customer.
 *
 * @param restockInto    the internal location sound goods are received into
 * @param damagedInto    the internal location damaged goods are received into; needed when a line is damaged
 * @param idempotencyKey optional: the same key again returns the shipment and receives nothing more
 */
public record ReceiveReturn(@NotNull ShipmentId shipment, @NotNull LocationId restockInto, LocationId damagedInto,
                            @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    public ReceiveReturn {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /** One item that came back, in any of its units, with its lot or serial numbers, sound or damaged. */
    public record Line(@NotNull ItemId item, @NotNull Quantity quantity,
                       @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String lot,
                       @Size(max = 10_000) List<@NotBlank @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String> serials,
                       boolean damaged) {

        public Line {
            serials = serials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(serials));
        }

        public static Line sound(ItemId item, Quantity quantity) {
            return new Line(item, quantity, null, List.of(), false);
        }

        public static Line damaged(ItemId item, Quantity quantity) {
            return new Line(item, quantity, null, List.of(), true);
        }
    }

    public static ReceiveReturn of(ShipmentId shipment, LocationId restockInto, LocationId damagedInto) {
        return new ReceiveReturn(shipment, restockInto, damagedInto, List.of(), null);
    }

    public ReceiveReturn line(Line line) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new ReceiveReturn(shipment, restockInto, damagedInto, more, idempotencyKey);
    }

    public ReceiveReturn withIdempotencyKey(String key) {
        return new ReceiveReturn(shipment, restockInto, damagedInto, lines, key);
    }
}
