package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code bo_stock_warehouses}; a warehouse never changes once stored. */
@Entity(name = "BoStockWarehouse")
@Table(name = "bo_stock_warehouses")
public class WarehouseEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "code", nullable = false, updatable = false, length = 255)
    private String code;

    @Column(name = "name", nullable = false, updatable = false, length = 200)
    private String name;

    @Column(name = "root_location", nullable = false, updatable = false)
    private UUID rootLocation;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getRootLocation() {
        return rootLocation;
    }

    public void setRootLocation(UUID rootLocation) {
        this.rootLocation = rootLocation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
