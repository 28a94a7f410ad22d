package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.ReturnShipmentStatus;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bo_return_shipments} with the rows of its lines (and their serial numbers) and
 * steps. What never changes after it was authorized is not updatable; the state and the return label
 * change with the optimistic version, which any change of its collections bumps too.
 */
@Entity(name = "BoReturnShipment")
@Table(name = "bo_return_shipments")
public class ReturnShipmentEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "shipment_id", nullable = false, updatable = false)
    private UUID shipmentId;

    @Column(name = "reason", updatable = false, length = 500)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReturnShipmentStatus status;

    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;

    @Column(name = "label", length = 20000)
    private String label;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "bo_return_shipment_lines", joinColumns = @JoinColumn(name = "return_id"))
    @OrderBy("lineNo")
    private List<ShipmentLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_return_shipment_serials", joinColumns = @JoinColumn(name = "return_id"))
    @AttributeOverride(name = "ownerNo", column = @Column(name = "line_no", nullable = false))
    @OrderBy("ownerNo, position")
    private List<ShipmentSerialEmbeddable> serials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_return_shipment_steps", joinColumns = @JoinColumn(name = "return_id"))
    @OrderColumn(name = "step_no")
    private List<ReturnShipmentStepEmbeddable> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** {@return the id} */
    public UUID getId() {
        return id;
    }

    /** @param id the id */
    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    /** @param tenantId the tenant */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    /** {@return the shipment whose goods come back} */
    public UUID getShipmentId() {
        return shipmentId;
    }

    /** @param shipmentId the shipment whose goods come back */
    public void setShipmentId(UUID shipmentId) {
        this.shipmentId = shipmentId;
    }

    /** {@return the customer's reason, or null} */
    public String getReason() {
        return reason;
    }

    /** @param reason the customer's reason */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** {@return the state} */
    public ReturnShipmentStatus getStatus() {
        return status;
    }

    /** @param status the state */
    public void setStatus(ReturnShipmentStatus status) {
        this.status = status;
    }

    /** {@return the return label's tracking number, or null} */
    public String getTrackingNumber() {
        return trackingNumber;
    }

    /** @param trackingNumber the return label's tracking number */
    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    /** {@return the printable return label, or null} */
    public String getLabel() {
        return label;
    }

    /** @param label the printable return label */
    public void setLabel(String label) {
        this.label = label;
    }

    /** {@return when it was authorized} */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when it was authorized */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** {@return who authorized it} */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @param createdBy who authorized it */
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    /** {@return the lines} */
    public List<ShipmentLineEmbeddable> getLines() {
        return lines;
    }

    /** {@return the serial numbers of the lines} */
    public List<ShipmentSerialEmbeddable> getSerials() {
        return serials;
    }

    /** {@return the steps, oldest first} */
    public List<ReturnShipmentStepEmbeddable> getSteps() {
        return steps;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** @param version the version */
    public void setVersion(long version) {
        this.version = version;
    }
}
