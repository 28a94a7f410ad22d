package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code bo_invoice_taxes}: the tax of one tax code on a document. */
@Embeddable
public class TaxTotalEmbeddable {

    @Column(name = "tax_code", nullable = false, length = 32)
    private String taxCode;

    @Column(name = "rate_percent", nullable = false, length = 100)
    private String ratePercent;

    @Column(name = "base_minor", nullable = false)
    private long baseMinor;

    @Column(name = "tax_minor", nullable = false)
    private long taxMinor;

    public String getTaxCode() {
        return taxCode;
    }

    public void setTaxCode(String taxCode) {
        this.taxCode = taxCode;
    }

    public String getRatePercent() {
        return ratePercent;
    }

    public void setRatePercent(String ratePercent) {
        this.ratePercent = ratePercent;
    }

    public long getBaseMinor() {
        return baseMinor;
    }

    public void setBaseMinor(long baseMinor) {
        this.baseMinor = baseMinor;
    }

    public long getTaxMinor() {
        return taxMinor;
    }

    public void setTaxMinor(long taxMinor) {
        this.taxMinor = taxMinor;
    }
}
