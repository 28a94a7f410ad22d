package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A row of {@code bo_idempotency_keys}; its primary key (tenant, key) rejects a second use of a key. */
@Entity(name = "BoIdempotencyKey")
@Table(name = "bo_idempotency_keys")
@IdClass(IdempotencyKeyEntity.Key.class)
public class IdempotencyKeyEntity {

    /** The composite key: tenant and idempotency key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantId;
        private String key;

        public Key() {
        }

        public Key(String tenantId, String key) {
            this.tenantId = tenantId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(tenantId, other.tenantId) && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, key);
        }
    }

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "idem_key", nullable = false, updatable = false, length = 255)
    private String key;

    @Column(name = "operation", nullable = false, updatable = false, length = 128)
    private String operation;

    @Column(name = "fingerprint", nullable = false, updatable = false, length = 255)
    private String fingerprint;

    @Column(name = "result_id", updatable = false)
    private UUID resultId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public UUID getResultId() {
        return resultId;
    }

    public void setResultId(UUID resultId) {
        this.resultId = resultId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }
}
