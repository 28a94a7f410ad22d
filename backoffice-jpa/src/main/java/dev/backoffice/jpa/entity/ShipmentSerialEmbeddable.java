package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A serial number of a shipment line ({@code bo_shipment_line_serials}) or of returned goods
 * ({@code bo_shipment_return_serials}, where {@code owner_no} is the return's number): the
 * owner's number, the position in the owner's list and the number itself.
 */
@Embeddable
public record ShipmentSerialEmbeddable(
        @Column(name = "owner_no", nullable = false) int ownerNo,
        @Column(name = "position", nullable = false) int position,
        @Column(name = "serial_number", nullable = false, length = 64) String serialNumber) {
}
