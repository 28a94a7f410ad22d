package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;

import java.util.Objects;

/** One named amount of a payslip: a deduction from gross pay (income tax, social security) or an employer contribution. */
public record PayComponent(String code, Money amount) {

    public PayComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
    }

    public PayComponent negated() {
        return new PayComponent(code, amount.negate());
    }
}
