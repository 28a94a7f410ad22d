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
 */
public record JournalLineInput(@NotNull AccountId account,
                               @NotNull Side side,
                               @NotNull Money amount,
                               @Size(max = 500) String memo,
                               @Size(max = 16) Map<@NotBlank @Size(max = 32) String, @NotBlank @Size(max = 64) String> dimensions,
                               Money functionalAmount) {

    public JournalLineInput {
        // a sorted copy keeps the command's text form, and so its idempotency fingerprint, stable
        dimensions = dimensions == null ? Map.of() : java.util.Collections.unmodifiableMap(sorted(dimensions));
    }

    /** A line whose value in the functional currency is left to the ledger to convert. */
    public JournalLineInput(AccountId account, Side side, Money amount, String memo, Map<String, String> dimensions) {
        this(account, side, amount, memo, dimensions, null);
    }

    private static TreeMap<String, String> sorted(Map<String, String> map) {
        // nulls sort first instead of failing here, so that validation reports them as field errors
        TreeMap<String, String> copy = new TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        copy.putAll(map);
        return copy;
    }

    public static JournalLineInput debit(AccountId account, Money amount) {
        return new JournalLineInput(account, Side.DEBIT, amount, null, null);
    }

    public static JournalLineInput credit(AccountId account, Money amount) {
        return new JournalLineInput(account, Side.CREDIT, amount, null, null);
    }

    public JournalLineInput withMemo(String text) {
        return new JournalLineInput(account, side, amount, text, dimensions, functionalAmount);
    }

    /** The same line with its value in the functional currency stated instead of converted. */
    public JournalLineInput withFunctionalAmount(Money value) {
        return new JournalLineInput(account, side, amount, memo, dimensions, value);
    }

    public JournalLineInput withDimension(String name, String value) {
        TreeMap<String, String> copy = sorted(dimensions);
        copy.put(name, value);
        return new JournalLineInput(account, side, amount, memo, copy, functionalAmount);
    }
}
