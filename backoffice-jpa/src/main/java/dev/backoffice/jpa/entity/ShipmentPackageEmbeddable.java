package dev.backoffice.jpa.entity;

import dev.backoffice.common.Quantity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A row of {@code bo_shipment_packages}: a package, its weight and its outer dimensions in one unit. */
@Embeddable
public record ShipmentPackageEmbeddable(
        @Column(name = "package_no", nullable = false) int packageNo,
        @Column(name = "box_type", nullable = false, length = 40) String boxType,
        @Column(name = "weight", nullable = false, precision = 24, scale = 6) BigDecimal weight,
        @Column(name = "weight_unit", nullable = false, length = 16) String weightUnit,
        @Column(name = "length", nullable = false, precision = 24, scale = 6) BigDecimal length,
        @Column(name = "width", nullable = false, precision = 24, scale = 6) BigDecimal width,
        @Column(name = "height", nullable = false, precision = 24, scale = 6) BigDecimal height,
        @Column(name = "dimension_unit", nullable = false, length = 16) String dimensionUnit) {

    /** The measures as the domain keeps them (no trailing zeros), so that an unchanged package compares equal. */
    public ShipmentPackageEmbeddable {
        weight = Quantity.of(weight, weightUnit).value();
        length = Quantity.of(length, dimensionUnit).value();
        width = Quantity.of(width, dimensionUnit).value();
        height = Quantity.of(height, dimensionUnit).value();
    }
}
