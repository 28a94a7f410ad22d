package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.Address;
import dev.backoffice.shipments.domain.CarrierBooking;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.PackageTracking;
import dev.backoffice.shipments.domain.ReturnedGoods;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentPackage;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentStep;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A shipment as it stands, with its whole history (oldest step first), its packages once packed,
 * the links of a split (the shipment it is the backorder of, its own backorder) and, once
 * delivered, its proof.
 */
public record ShipmentSnapshot(ShipmentId id, String reference, LocationId origin, Address destination,
                               List<LineSnapshot> lines, LocalDate promisedDate, ShipmentStatus status,
                               List<ShipmentStep> history, DeliveryProof deliveryProof,
                               List<ShipmentPackage> packages, ShipmentId backorderOf, ShipmentId backorder,
                               CarrierBooking booking, List<PackageTracking> tracking,
                               List<ReturnedGoods> returns, Instant createdAt, String createdBy) {

    /** One line as drafted. */
    public record LineSnapshot(int number, ItemId item, Quantity quantity, String lot, List<String> serials) {

        static LineSnapshot of(ShipmentLine line) {
            return new LineSnapshot(line.number(), ItemId.of(line.item()), line.quantity(), line.lot(), line.serials());
        }
    }

    public static ShipmentSnapshot of(Shipment s) {
        return new ShipmentSnapshot(s.id(), s.reference(), LocationId.of(s.origin()), s.destination(),
                s.lines().stream().map(LineSnapshot::of).toList(), s.promisedDate(), s.status(), s.history(),
                s.deliveryProof().orElse(null), s.packages(), s.backorderOf().orElse(null), s.backorder().orElse(null),
                s.booking().orElse(null), s.tracking(), s.returns(), s.createdAt(), s.createdBy());
    }
}
