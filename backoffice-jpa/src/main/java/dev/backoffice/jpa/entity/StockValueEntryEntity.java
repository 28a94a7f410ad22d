package dev.backoffice.jpa.entity;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import dev.backoffice.stock.domain.ValueEntryKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A row of {@code bo_stock_value_entries}, with its lines and layers; never changed once written. */
@Entity(name = "BoStockValueEntry")
@Table(name = "bo_stock_value_entries")
public class StockValueEntryEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private UUID itemId;

    @Column(name = "move_id", updatable = false)
    private UUID moveId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private ValueEntryKind kind;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 24, scale = 6)
    private BigDecimal quantity;

    @Column(name = "value_minor", nullable = false, updatable = false)
    private long valueMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    @Column(name = "clearing_account", updatable = false)
    private UUID clearingAccount;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "journal_entry_id", updatable = false)
    private UUID journalEntryId;

    @ElementCollection
    @CollectionTable(name = "bo_stock_value_lines", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "line_no")
    private List<ValueLineEmbeddable> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bo_stock_value_layers", joinColumns = @JoinColumn(name = "entry_id"))
    @OrderColumn(name = "use_no")
    private List<LayerUseEmbeddable> layers = new ArrayList<>();

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

    public UUID getItemId() {
        return itemId;
    }

    public void setItemId(UUID itemId) {
        this.itemId = itemId;
    }

    public UUID getMoveId() {
        return moveId;
    }

    public void setMoveId(UUID moveId) {
        this.moveId = moveId;
    }

    public ValueEntryKind getKind() {
        return kind;
    }

    public void setKind(ValueEntryKind kind) {
        this.kind = kind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public long getValueMinor() {
        return valueMinor;
    }

    public void setValueMinor(long valueMinor) {
        this.valueMinor = valueMinor;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public UUID getClearingAccount() {
        return clearingAccount;
    }

    public void setClearingAccount(UUID clearingAccount) {
        this.clearingAccount = clearingAccount;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public void setRecordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
    }

    public UUID getJournalEntryId() {
        return journalEntryId;
    }

    public void setJournalEntryId(UUID journalEntryId) {
        this.journalEntryId = journalEntryId;
    }

    public List<ValueLineEmbeddable> getLines() {
        return lines;
    }

    public void setLines(List<ValueLineEmbeddable> lines) {
        this.lines = lines;
    }

    public List<LayerUseEmbeddable> getLayers() {
        return layers;
    }

    public void setLayers(List<LayerUseEmbeddable> layers) {
        this.layers = layers;
    }
}
