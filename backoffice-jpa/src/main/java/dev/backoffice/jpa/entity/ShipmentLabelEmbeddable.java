package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A row of {@code bo_shipment_labels}: the carrier's tracking number and label of one package of a
 * booked shipment; the tracking number is unique within the tenant.
 */
@Embeddable
public record ShipmentLabelEmbeddable(
        @Column(name = "package_no", nullable = false) int packageNo,
        @Column(name = "tenant_id", nullable = false, length = 64) String tenantId,
        @Column(name = "tracking_number", nullable = false, length = 64) String trackingNumber,
        @Column(name = "label", nullable = false, length = 20000) String label) {
}
