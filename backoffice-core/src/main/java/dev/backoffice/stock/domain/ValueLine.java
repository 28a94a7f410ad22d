package dev.backoffice.stock.domain;

import dev.backoffice.common.Money;

import java.util.Objects;

/** One side of a stock value change: the account role and the amount, debit positive, credit negative. */
public record ValueLine(PostingRole role, Money amount) {

    /**
     * Checks the line's values.
     *
     * @param role   the posting role
     * @param amount debit positive, credit negative
     */
    public ValueLine {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(amount, "amount");
    }
}
