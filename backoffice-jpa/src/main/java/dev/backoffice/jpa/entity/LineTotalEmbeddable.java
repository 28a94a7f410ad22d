package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A row of {@code bo_invoice_line_totals}: the amounts of one line of a document. */
@Embeddable
public class LineTotalEmbeddable {

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "net_minor", nullable = false)
    private long netMinor;

    @Column(name = "tax_minor", nullable = false)
    private long taxMinor;

    @Column(name = "gross_minor", nullable = false)
    private long grossMinor;

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    public long getNetMinor() {
        return netMinor;
    }

    public void setNetMinor(long netMinor) {
        this.netMinor = netMinor;
    }

    public long getTaxMinor() {
        return taxMinor;
    }

    public void setTaxMinor(long taxMinor) {
        this.taxMinor = taxMinor;
    }

    public long getGrossMinor() {
        return grossMinor;
    }

    public void setGrossMinor(long grossMinor) {
        this.grossMinor = grossMinor;
    }
}
