package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.InboundReceiptStatus;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bo_inbound_receipts} with the rows of its lines, received goods (and their serial
 * numbers) and steps. What never changes after it was expected is not updatable; the state changes
 * with the optimistic version, which any change of its collections bumps too.
 */
@Entity(name = "BoInboundReceipt")
@Table(name = "bo_inbound_receipts")
public class InboundReceiptEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "supplier", nullable = false, updatable = false, length = 128)
    private String supplier;

    @Column(name = "supplier_reference", updatable = false, length = 200)
    private String supplierReference;

    @Column(name = "destination_location_id", nullable = false, updatable = false)
    private UUID destinationLocationId;

    @Column(name = "expected_date", nullable = false, updatable = false)
    private LocalDate expectedDate;

    @Column(name = "over_receipt_percent", nullable = false, updatable = false)
    private int overReceiptPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InboundReceiptStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "bo_inbound_receipt_lines", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderBy("lineNo")
    private List<InboundReceiptLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_inbound_receipt_goods", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "goods_no")
    private List<InboundGoodsEmbeddable> goods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_inbound_receipt_serials", joinColumns = @JoinColumn(name = "receipt_id"))
    @AttributeOverride(name = "ownerNo", column = @Column(name = "goods_no", nullable = false))
    @OrderBy("ownerNo, position")
    private List<ShipmentSerialEmbeddable> serials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_inbound_receipt_steps", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "step_no")
    private List<InboundReceiptStepEmbeddable> steps = new ArrayList<>();

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

    /** {@return the supplier} */
    public String getSupplier() {
        return supplier;
    }

    /** @param supplier the supplier */
    public void setSupplier(String supplier) {
        this.supplier = supplier;
    }

    /** {@return the supplier's reference, or null} */
    public String getSupplierReference() {
        return supplierReference;
    }

    /** @param supplierReference the supplier's reference */
    public void setSupplierReference(String supplierReference) {
        this.supplierReference = supplierReference;
    }

    /** {@return the destination location} */
    public UUID getDestinationLocationId() {
        return destinationLocationId;
    }

    /** @param destinationLocationId the destination location */
    public void setDestinationLocationId(UUID destinationLocationId) {
        this.destinationLocationId = destinationLocationId;
    }

    /** {@return the expected date} */
    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    /** @param expectedDate the expected date */
    public void setExpectedDate(LocalDate expectedDate) {
        this.expectedDate = expectedDate;
    }

    /** {@return the allowed over-receipt in percent} */
    public int getOverReceiptPercent() {
        return overReceiptPercent;
    }

    /** @param overReceiptPercent the allowed over-receipt in percent */
    public void setOverReceiptPercent(int overReceiptPercent) {
        this.overReceiptPercent = overReceiptPercent;
    }

    /** {@return the state} */
    public InboundReceiptStatus getStatus() {
        return status;
    }

    /** @param status the state */
    public void setStatus(InboundReceiptStatus status) {
        this.status = status;
    }

    /** {@return when it was expected} */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param createdAt when it was expected */
    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    /** {@return who expected it} */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @param createdBy who expected it */
    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    /** {@return the lines} */
    public List<InboundReceiptLineEmbeddable> getLines() {
        return lines;
    }

    /** {@return the received goods, in order} */
    public List<InboundGoodsEmbeddable> getGoods() {
        return goods;
    }

    /** {@return the serial numbers of the received goods} */
    public List<ShipmentSerialEmbeddable> getSerials() {
        return serials;
    }

    /** {@return the steps, oldest first} */
    public List<InboundReceiptStepEmbeddable> getSteps() {
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
