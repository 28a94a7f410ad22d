package dev.backoffice.jpa.entity;

import dev.backoffice.stock.domain.PostingRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code bo_stock_value_lines}: one account role of a value entry, debit positive. */
@Embeddable
public class ValueLineEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false, length = 24)
    private PostingRole role;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;

    public PostingRole getRole() {
        return role;
    }

    public void setRole(PostingRole role) {
        this.role = role;
    }

    public long getAmountMinor() {
        return amountMinor;
    }

    public void setAmountMinor(long amountMinor) {
        this.amountMinor = amountMinor;
    }
}
