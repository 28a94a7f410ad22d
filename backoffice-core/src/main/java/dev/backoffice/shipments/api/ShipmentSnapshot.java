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
 * delivered, its proof. Built from the aggregate by {@link #of}; it never changes.
 *
 * @param id            its id
 * @param reference     the host's reference (an order), or null
 * @param origin        the internal stock location its goods leave from
 * @param destination   where it goes
 * @param lines         its lines as drafted (or as kept when a backorder was split off)
 * @param promisedDate  when the customer was promised it
 * @param status        where it is in its life
 * @param history       its steps, oldest first
 * @param deliveryProof who signed and when, once delivered; null before
 * @param packages      its packages, numbered from 1, once packed; empty before and after unpacking
 * @param backorderOf   the shipment it was split off from as a backorder, or null
 * @param backorder     the draft split off it for what was not available, or null
 * @param booking       its booking with the carrier, or null
 * @param tracking      the carrier's tracking events of its packages, in the order they happened
 * @param returns       the goods received back from the customer, in the order received
 * @param createdAt     when it was drafted
 * @param createdBy     who drafted it
 */
public record ShipmentSnapshot(ShipmentId id, String reference, LocationId origin, Address destination,
                               List<LineSnapshot> lines, LocalDate promisedDate, ShipmentStatus status,
                               List<ShipmentStep> history, DeliveryProof deliveryProof,
                               List<ShipmentPackage> packages, ShipmentId backorderOf, ShipmentId backorder,
                               CarrierBooking booking, List<PackageTracking> tracking,
                               List<ReturnedGoods> returns, Instant createdAt, String createdBy) {

    /**
     * One line as drafted.
     *
     * @param number   the line's number, 1, 2, ...
     * @param item     the stock item
     * @param quantity how much, in the unit it was drafted in
     * @param lot      the lot of a lot-tracked item, or null
     * @param serials  the serial numbers of a serial-tracked item, or none
     */
    public record LineSnapshot(int number, ItemId item, Quantity quantity, String lot, List<String> serials) {

        static LineSnapshot of(ShipmentLine line) {
            return new LineSnapshot(line.number(), ItemId.of(line.item()), line.quantity(), line.lot(), line.serials());
        }
    }

    /**
     * The snapshot of a shipment as it is now.
     *
     * @param s the shipment
     * @return its snapshot
     */
    public static ShipmentSnapshot of(Shipment s) {
        return new ShipmentSnapshot(s.id(), s.reference(), LocationId.of(s.origin()), s.destination(),
                s.lines().stream().map(LineSnapshot::of).toList(), s.promisedDate(), s.status(), s.history(),
                s.deliveryProof().orElse(null), s.packages(), s.backorderOf().orElse(null), s.backorder().orElse(null),
                s.booking().orElse(null), s.tracking(), s.returns(), s.createdAt(), s.createdBy());
    }
}
