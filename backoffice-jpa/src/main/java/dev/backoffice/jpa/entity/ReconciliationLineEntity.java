package dev.backoffice.jpa.entity;

import dev.backoffice.accounts.domain.Side;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;

/**
 * A row of {@code bo_reconciliation_lines}: a journal line a reconciliation matched, with the date,
 * side and amount it was posted with. Kept after an undo, as history.
 */
@Entity(name = "BoReconciliationLine")
@Table(name = "bo_reconciliation_lines")
public class ReconciliationLineEntity {

    @EmbeddedId
    private ReconciliationLineKey id;

    @MapsId("reconciliationId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reconciliation_id", nullable = false)
    private ReconciliationEntity reconciliation;

    @Column(name = "accounting_date", nullable = false, updatable = false)
    private LocalDate accountingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, updatable = false, length = 6)
    private Side side;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, updatable = false, length = 3)
    private String currency;

    public ReconciliationLineKey getId() {
        return id;
    }

    public void setId(ReconciliationLineKey id) {
        this.id = id;
    }

    public ReconciliationEntity getReconciliation() {
        return reconciliation;
    }

    public void setReconciliation(ReconciliationEntity reconciliation) {
        this.reconciliation = reconciliation;
    }

    public LocalDate getAccountingDate() {
        return accountingDate;
    }

    public void setAccountingDate(LocalDate accountingDate) {
        this.accountingDate = accountingDate;
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
}
