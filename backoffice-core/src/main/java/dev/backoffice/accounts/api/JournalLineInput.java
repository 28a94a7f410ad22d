package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;
import java.util.TreeMap;

/**
 * One line of a journal entry to record: an amount greater than zero on one side of a leaf
 * account, in the account's currency.
 *
 * @param dimensions       optional analytic tags, for example {@code department -> sales}
 * @param functionalAmount optional, for a tenant with a functional currency: the line's value in
 *                         that currency as the caller knows it (a bank's settled amount); without
 *                         it the ledger converts the amount at the rate of the
 *                         {@code ExchangeRates} port for the accounting date. With it, the amount
 *                         may be zero (an exchange difference on a foreign-currency account).
 * @param account the leaf account
 * @param side debit or credit
 * @param amount the amount, above zero (but see functionalAmount), in the account's currency
 * @param memo optional text, or null
 */
public record JournalLineInput(@NotNull AccountId account,
                               @NotNull Side side,
                               @NotNull Money amount,
                               @Size(max = 500) String memo,
                               @Size(max = 16) Map<@NotBlank @Size(max = 32) String, @NotBlank @Size(max = 64) String> dimensions,
                               Money functionalAmount) {

    /**
     * Copies the dimensions, sorted by name.
     *
     * @param account          the account
     * @param side             debit or credit
     * @param amount           the amount, in the account's currency
     * @param memo             optional text
     * @param dimensions       optional dimensions
     * @param functionalAmount the value in the functional currency, or null to convert
     */
    public JournalLineInput {
        // a sorted copy keeps the command's text form, and so its idempotency fingerprint, stable
        dimensions = dimensions == null ? Map.of() : java.util.Collections.unmodifiableMap(sorted(dimensions));
    }

    /**
     * A line whose value in the functional currency is left to the ledger to convert.
     *
     * @param account    the leaf account
     * @param side       debit or credit
     * @param amount     the amount, above zero, in the account's currency
     * @param memo       optional text, or null
     * @param dimensions up to 16 analytic dimensions, or null
     */
    public JournalLineInput(AccountId account, Side side, Money amount, String memo, Map<String, String> dimensions) {
        this(account, side, amount, memo, dimensions, null);
    }

    private static TreeMap<String, String> sorted(Map<String, String> map) {
        // nulls sort first instead of failing here, so that validation reports them as field errors
        TreeMap<String, String> copy = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        copy.putAll(map);
        return copy;
    }

    /**
     * A debit line without memo or dimensions.
     *
     * @param account the account
     * @param amount  the amount, above zero
     * @return the line
     */
    public static JournalLineInput debit(AccountId account, Money amount) {
        return new JournalLineInput(account, Side.DEBIT, amount, null, null);
    }

    /**
     * A credit line without memo or dimensions.
     *
     * @param account the account
     * @param amount  the amount, above zero
     * @return the line
     */
    public static JournalLineInput credit(AccountId account, Money amount) {
        return new JournalLineInput(account, Side.CREDIT, amount, null, null);
    }

    /**
     * The same line with a memo.
     *
     * @param text the memo, up to 500 characters
     * @return the line
     */
    public JournalLineInput withMemo(String text) {
        return new JournalLineInput(account, side, amount, text, dimensions, functionalAmount);
    }

    /**
     * The same line with its value in the functional currency stated instead of converted.
     *
     * @param value the value in the functional currency
     * @return the line
     */
    public JournalLineInput withFunctionalAmount(Money value) {
        return new JournalLineInput(account, side, amount, memo, dimensions, value);
    }

    /**
     * The same line with one more dimension (or the value replaced).
     *
     * @param name  the dimension name, for example {@code department}
     * @param value the dimension value
     * @return the line
     */
    public JournalLineInput withDimension(String name, String value) {
        TreeMap<String, String> copy = sorted(dimensions);
        copy.put(name, value);
        return new JournalLineInput(account, side, amount, memo, copy, functionalAmount);
    }
}
