package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code bo_payslip_components}: a deduction or an employer contribution of a payslip, in minor units. */
@Embeddable
public class PayComponentEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "component_kind", nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }

    /** Whether the amount is withheld from gross pay or paid by the employer on top. */
    public enum Kind {
        DEDUCTION, EMPLOYER
    }

}
