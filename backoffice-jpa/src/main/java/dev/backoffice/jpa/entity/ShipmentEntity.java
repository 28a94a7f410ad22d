package dev.backoffice.jpa.entity;

import dev.backoffice.shipments.domain.ShipmentStatus;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A row of {@code bo_shipments} with the rows of its lines, serial numbers, packages, carrier
 * labels, steps, tracking events and returned goods. What never changes after the draft (origin,
 * destination, promised date, the split it came from) is not updatable; the rest changes with the
 * optimistic version, which any change of its collections bumps too.
 */
@Entity(name = "BoShipment")
@Table(name = "bo_shipments")
public class ShipmentEntity implements VersionedEntity {


    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "reference", updatable = false, length = 200)
    private String reference;

    @Column(name = "origin_location_id", nullable = false, updatable = false)
    private UUID originLocationId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "dest_country", nullable = false, updatable = false, length = 2)
    private String destCountry;

    @Column(name = "dest_postal_code", nullable = false, updatable = false, length = 15)
    private String destPostalCode;

    @Column(name = "dest_line1", nullable = false, updatable = false, length = 100)
    private String destLine1;

    @Column(name = "dest_line2", updatable = false, length = 100)
    private String destLine2;

    @Column(name = "dest_line3", updatable = false, length = 100)
    private String destLine3;

    @Column(name = "dest_line4", updatable = false, length = 100)
    private String destLine4;

    @Column(name = "promised_date", nullable = false, updatable = false)
    private LocalDate promisedDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ShipmentStatus status;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "delivery_signatory", length = 200)
    private String deliverySignatory;

    @Column(name = "backorder_of", updatable = false)
    private UUID backorderOf;

    @Column(name = "backorder_id")
    private UUID backorderId;

    @Column(name = "booking_reference", length = 128)
    private String bookingReference;

    @Column(name = "booking_service", length = 64)
    private String bookingService;

    @Column(name = "booking_price_minor")
    private Long bookingPriceMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "booking_currency", length = 3)
    private String bookingCurrency;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @ElementCollection
    @CollectionTable(name = "bo_shipment_lines", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("lineNo")
    private List<ShipmentLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_line_serials", joinColumns = @JoinColumn(name = "shipment_id"))
    @AttributeOverride(name = "ownerNo", column = @Column(name = "line_no", nullable = false))
    @OrderBy("ownerNo, position")
    private List<ShipmentSerialEmbeddable> lineSerials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_packages", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("packageNo")
    private List<ShipmentPackageEmbeddable> packages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_labels", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("packageNo")
    private List<ShipmentLabelEmbeddable> labels = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_steps", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderColumn(name = "step_no")
    private List<ShipmentStepEmbeddable> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_tracking_events", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("occurredAt, eventId")
    private List<TrackingEventEmbeddable> trackingEvents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_returns", joinColumns = @JoinColumn(name = "shipment_id"))
    @OrderBy("returnNo")
    private List<ReturnedGoodsEmbeddable> returns = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_shipment_return_serials", joinColumns = @JoinColumn(name = "shipment_id"))
    @AttributeOverride(name = "ownerNo", column = @Column(name = "return_no", nullable = false))
    @OrderBy("ownerNo, position")
    private List<ShipmentSerialEmbeddable> returnSerials = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public UUID getOriginLocationId() {
        return originLocationId;
    }

    public void setOriginLocationId(UUID originLocationId) {
        this.originLocationId = originLocationId;
    }

    public String getDestCountry() {
        return destCountry;
    }

    public void setDestCountry(String destCountry) {
        this.destCountry = destCountry;
    }

    public String getDestPostalCode() {
        return destPostalCode;
    }

    public void setDestPostalCode(String destPostalCode) {
        this.destPostalCode = destPostalCode;
    }

    public String getDestLine1() {
        return destLine1;
    }

    public void setDestLine1(String destLine1) {
        this.destLine1 = destLine1;
    }

    public String getDestLine2() {
        return destLine2;
    }

    public void setDestLine2(String destLine2) {
        this.destLine2 = destLine2;
    }

    public String getDestLine3() {
        return destLine3;
    }

    public void setDestLine3(String destLine3) {
        this.destLine3 = destLine3;
    }

    public String getDestLine4() {
        return destLine4;
    }

    public void setDestLine4(String destLine4) {
        this.destLine4 = destLine4;
    }

    public LocalDate getPromisedDate() {
        return promisedDate;
    }

    public void setPromisedDate(LocalDate promisedDate) {
        this.promisedDate = promisedDate;
    }

    public ShipmentStatus getStatus() {
        return status;
    }

    public void setStatus(ShipmentStatus status) {
        this.status = status;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public void setDeliveredAt(Instant deliveredAt) {
        this.deliveredAt = deliveredAt;
    }

    public String getDeliverySignatory() {
        return deliverySignatory;
    }

    public void setDeliverySignatory(String deliverySignatory) {
        this.deliverySignatory = deliverySignatory;
    }

    public UUID getBackorderOf() {
        return backorderOf;
    }

    public void setBackorderOf(UUID backorderOf) {
        this.backorderOf = backorderOf;
    }

    public UUID getBackorderId() {
        return backorderId;
    }

    public void setBackorderId(UUID backorderId) {
        this.backorderId = backorderId;
    }

    public String getBookingReference() {
        return bookingReference;
    }

    public void setBookingReference(String bookingReference) {
        this.bookingReference = bookingReference;
    }

    public String getBookingService() {
        return bookingService;
    }

    public void setBookingService(String bookingService) {
        this.bookingService = bookingService;
    }

    public Long getBookingPriceMinor() {
        return bookingPriceMinor;
    }

    public void setBookingPriceMinor(Long bookingPriceMinor) {
        this.bookingPriceMinor = bookingPriceMinor;
    }

    public String getBookingCurrency() {
        return bookingCurrency;
    }

    public void setBookingCurrency(String bookingCurrency) {
        this.bookingCurrency = bookingCurrency;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public List<ShipmentLineEmbeddable> getLines() {
        return lines;
    }

    public void setLines(List<ShipmentLineEmbeddable> lines) {
        this.lines = lines;
    }

    public List<ShipmentSerialEmbeddable> getLineSerials() {
        return lineSerials;
    }

    public void setLineSerials(List<ShipmentSerialEmbeddable> lineSerials) {
        this.lineSerials = lineSerials;
    }

    public List<ShipmentPackageEmbeddable> getPackages() {
        return packages;
    }

    public void setPackages(List<ShipmentPackageEmbeddable> packages) {
        this.packages = packages;
    }

    public List<ShipmentLabelEmbeddable> getLabels() {
        return labels;
    }

    public void setLabels(List<ShipmentLabelEmbeddable> labels) {
        this.labels = labels;
    }

    public List<ShipmentStepEmbeddable> getSteps() {
        return steps;
    }

    public void setSteps(List<ShipmentStepEmbeddable> steps) {
        this.steps = steps;
    }

    public List<TrackingEventEmbeddable> getTrackingEvents() {
        return trackingEvents;
    }

    public void setTrackingEvents(List<TrackingEventEmbeddable> trackingEvents) {
        this.trackingEvents = trackingEvents;
    }

    public List<ReturnedGoodsEmbeddable> getReturns() {
        return returns;
    }

    public void setReturns(List<ReturnedGoodsEmbeddable> returns) {
        this.returns = returns;
    }

    public List<ShipmentSerialEmbeddable> getReturnSerials() {
        return returnSerials;
    }

    public void setReturnSerials(List<ShipmentSerialEmbeddable> returnSerials) {
        this.returnSerials = returnSerials;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
