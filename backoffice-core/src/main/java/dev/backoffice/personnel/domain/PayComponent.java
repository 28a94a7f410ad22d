package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;

import java.util.Objects;

/** One named amount of a payslip: a deduction from gross pay (income tax, social security) or an employer contribution. */
public record PayComponent(String code, Money amount) {

    /**
     * Checks that both parts are present.
     *
     * @param code   the component's code, for example {@code income_tax}
     * @param amount the amount, in the pay's currency
     */
    public PayComponent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(amount, "amount");
    }

    /**
     * The same component with the amount negated, for a reversing run.
     *
     * @return the negated component
     */
    public PayComponent negated() {
        return new PayComponent(code, amount.negate());
    }
}
