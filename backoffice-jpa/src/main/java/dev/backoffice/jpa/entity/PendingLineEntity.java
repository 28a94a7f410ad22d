package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.Side;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A row of {@code bo_pending_lines}, with its dimensions in {@code bo_pending_line_dimensions}. */
@Entity(name = "BoPendingLine")
@Table(name = "bo_pending_lines")
public class PendingLineEntity {

    @EmbeddedId
    private PendingLineKey id;

    @MapsId("pendingId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pending_id", nullable = false)
    private PendingEntryEntity entry;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, updatable = false, length = 6)
    private Side side;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "memo", updatable = false, length = 1000)
    private String memo;

    @ElementCollection
    @CollectionTable(name = "bo_pending_line_dimensions", joinColumns = {
            @JoinColumn(name = "pending_id", referencedColumnName = "pending_id"),
            @JoinColumn(name = "line_no", referencedColumnName = "line_no")})
    @MapKeyColumn(name = "dim_name", length = 64)
    @Column(name = "dim_value", nullable = false, length = 128)
    @BatchSize(size = 64)
    private Map<String, String> dimensions = new HashMap<>();

    public PendingLineKey getId() {
        return id;
    }

    public void setId(PendingLineKey id) {
        this.id = id;
    }

    public PendingEntryEntity getEntry() {
        return entry;
    }

    public void setEntry(PendingEntryEntity entry) {
        this.entry = entry;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public void setAccountId(UUID accountId) {
        this.accountId = accountId;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getMemo() {
        return memo;
    }

    public void setMemo(String memo) {
        this.memo = memo;
    }

    public Map<String, String> getDimensions() {
        return dimensions;
    }

    public void setDimensions(Map<String, String> dimensions) {
        this.dimensions = dimensions;
    }
}
