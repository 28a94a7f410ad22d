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
 * @param dimensions optional analytic tags, for example {@code department -> sales}
 */
public record JournalLineInput(@NotNull AccountId account,
                               @NotNull Side side,
                               @NotNull Money amount,
                               @Size(max = 500) String memo,
                               @Size(max = 16) Map<@NotBlank @Size(max = 32) String, @NotBlank @Size(max = 64) String> dimensions) {

    public JournalLineInput {
        // a sorted copy keeps the command's text form, and so its idempotency fingerprint, stable
        dimensions = dimensions == null ? Map.of() : java.util.Collections.unmodifiableMap(sorted(dimensions));
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
        return new JournalLineInput(account, side, amount, text, dimensions);
    }

    public JournalLineInput withDimension(String name, String value) {
        TreeMap<String, String> copy = sorted(dimensions);
        copy.put(name, value);
        return new JournalLineInput(account, side, amount, memo, copy);
    }
}
