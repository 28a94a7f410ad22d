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

/**
 * A row of {@code bo_journal_seals}: one link of a tenant's journal chain. Its primary key
 * (tenant, sequence) and the unique entry id make every sequence and every entry appear once.
 * Rows are only ever inserted.
 */
@Entity(name = "BoJournalSeal")
@Table(name = "bo_journal_seals")
@IdClass(JournalSealEntity.Key.class)
public class JournalSealEntity {

    /** The composite key: tenant and sequence. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String tenantId;
        private long sequence;

        public Key() {
        }

        public Key(String tenantId, long sequence) {
            this.tenantId = tenantId;
            this.sequence = sequence;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && sequence == other.sequence && Objects.equals(tenantId, other.tenantId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenantId, sequence);
        }
    }

    @Id
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Id
    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @Column(name = "digest_version", nullable = false, updatable = false)
    private int digestVersion;

    @Column(name = "entry_hash", nullable = false, updatable = false, length = 64)
    private String entryHash;

    @Column(name = "chain_hash", nullable = false, updatable = false, length = 64)
    private String chainHash;

    @Column(name = "sealed_at", nullable = false, updatable = false)
    private Instant sealedAt;

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public long getSequence() {
        return sequence;
    }

    public void setSequence(long sequence) {
        this.sequence = sequence;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public void setEntryId(UUID entryId) {
        this.entryId = entryId;
    }

    public int getDigestVersion() {
        return digestVersion;
    }

    public void setDigestVersion(int digestVersion) {
        this.digestVersion = digestVersion;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public void setEntryHash(String entryHash) {
        this.entryHash = entryHash;
    }

    public String getChainHash() {
        return chainHash;
    }

    public void setChainHash(String chainHash) {
        this.chainHash = chainHash;
    }

    public Instant getSealedAt() {
        return sealedAt;
    }

    public void setSealedAt(Instant sealedAt) {
        this.sealedAt = sealedAt;
    }
}
