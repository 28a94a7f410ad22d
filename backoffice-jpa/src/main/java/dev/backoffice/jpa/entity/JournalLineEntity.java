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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A row of {@code bo_journal_lines}. Tenant, account, accounting date and the posted flag of the
 * entry are copied onto the line so that as-of totals and statements read one indexed table.
 */
@Entity(name = "BoJournalLine")
@Table(name = "bo_journal_lines")
public class JournalLineEntity {

    @EmbeddedId
    private JournalLineKey id;

    @MapsId("entryId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private JournalEntryEntity entry;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "accounting_date", nullable = false)
    private LocalDate accountingDate;

    @Column(name = "posted", nullable = false)
    private boolean posted;

    @Enumerated(EnumType.STRING)
    @Column(name = "side", nullable = false, length = 6)
    private Side side;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    @Column(name = "memo", length = 1000)
    private String memo;

    /** The value in the tenant's functional currency, with the rate used; all null without one. */
    @Column(name = "functional_minor")
    private Long functionalMinor;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "functional_currency", length = 3)
    private String functionalCurrency;

    @Column(name = "exchange_rate", precision = 24, scale = 12)
    private java.math.BigDecimal exchangeRate;

    @Column(name = "rate_date")
    private LocalDate rateDate;

    @Column(name = "rate_source", length = 64)
    private String rateSource;

    @ElementCollection
    @CollectionTable(name = "bo_journal_line_dimensions", joinColumns = {
            @JoinColumn(name = "entry_id", referencedColumnName = "entry_id"),
            @JoinColumn(name = "line_no", referencedColumnName = "line_no")})
    @MapKeyColumn(name = "dim_name", length = 64)
    @Column(name = "dim_value", nullable = false, length = 128)
    @BatchSize(size = 64)
    private Map<String, String> dimensions = new HashMap<>();

    public JournalLineKey getId() {
        return id;
    }

    public void setId(JournalLineKey id) {
        this.id = id;
    }

    public JournalEntryEntity getEntry() {
        return entry;
    }

    public void setEntry(JournalEntryEntity entry) {
        this.entry = entry;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public void setAccountId(UUID accountId) {
        this.accountId = accountId;
    }

    public LocalDate getAccountingDate() {
        return accountingDate;
    }

    public void setAccountingDate(LocalDate accountingDate) {
        this.accountingDate = accountingDate;
    }

    public boolean isPosted() {
        return posted;
    }

    public void setPosted(boolean posted) {
        this.posted = posted;
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

    public Long getFunctionalMinor() {
        return functionalMinor;
    }

    public void setFunctionalMinor(Long functionalMinor) {
        this.functionalMinor = functionalMinor;
    }

    public String getFunctionalCurrency() {
        return functionalCurrency;
    }

    public void setFunctionalCurrency(String functionalCurrency) {
        this.functionalCurrency = functionalCurrency;
    }

    public java.math.BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(java.math.BigDecimal exchangeRate) {
        this.exchangeRate = exchangeRate;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public void setRateDate(LocalDate rateDate) {
        this.rateDate = rateDate;
    }

    public String getRateSource() {
        return rateSource;
    }

    public void setRateSource(String rateSource) {
        this.rateSource = rateSource;
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
