package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One line of a journal entry: an amount greater than zero on the debit or the credit side of one
 * account, with an optional memo and analytic dimensions (department, cost centre, project...).
 */
public record JournalLine(int lineNo, AccountId account, Side side, Money amount, String memo,
                          Map<String, String> dimensions) {

    private static final Pattern DIMENSION_NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");
    private static final int MAX_DIMENSIONS = 16;
    private static final int MAX_DIMENSION_VALUE = 64;

    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new RuleViolationException(LedgerError.LINE_AMOUNT_NOT_POSITIVE,
                    "Line " + lineNo + ": the amount must be greater than zero, not " + amount + ".");
        }
        memo = memo == null || memo.isBlank() ? null : memo.strip();
        dimensions = dimensions(lineNo, dimensions);
    }

    private static SortedMap<String, String> dimensions(int lineNo, Map<String, String> given) {
        if (given == null || given.isEmpty()) {
            return Collections.emptySortedMap();
        }
        if (given.size() > MAX_DIMENSIONS) {
            throw new RuleViolationException(LedgerError.LINE_INVALID_DIMENSION,
                    "Line " + lineNo + ": at most " + MAX_DIMENSIONS + " dimensions.");
        }
        TreeMap<String, String> copy = new TreeMap<>();
        given.forEach((name, value) -> {
            if (name == null || !DIMENSION_NAME.matcher(name).matches()) {
                throw new RuleViolationException(LedgerError.LINE_INVALID_DIMENSION,
                        "Line " + lineNo + ": a dimension name is 1 to 32 lower-case letters, digits, '_', '.' or '-' "
                                + "starting with a letter.");
            }
            if (value == null || value.isBlank() || value.length() > MAX_DIMENSION_VALUE) {
                throw new RuleViolationException(LedgerError.LINE_INVALID_DIMENSION,
                        "Line " + lineNo + ": dimension '" + name + "' needs a value of 1 to " + MAX_DIMENSION_VALUE
                                + " characters.");
            }
            copy.put(name, value.strip());
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    /** The amount signed as debit minus credit: positive for a debit, negative for a credit. */
    public Money signedAmount() {
        return side == Side.DEBIT ? amount : amount.negate();
    }

    /**
     * Throws {@code ledger.entry.unbalanced} unless debits equal credits in every currency of the
     * lines.
     */
    public static void requireBalanced(java.util.List<JournalLine> lines) {
        if (!lines.isEmpty() && inOneCurrency(lines)) {
            Money net = null;
            for (JournalLine line : lines) {
                net = net == null ? line.signedAmount() : net.plus(line.signedAmount());
            }
            requireZero(net);
            return;
        }
        java.util.Map<java.util.Currency, Money> net = new java.util.LinkedHashMap<>(2);
        for (JournalLine line : lines) {
            net.merge(line.amount().currency(), line.signedAmount(), Money::plus);
        }
        for (Money difference : net.values()) {
            requireZero(difference);
        }
    }

    private static boolean inOneCurrency(java.util.List<JournalLine> lines) {
        java.util.Currency currency = lines.get(0).amount().currency();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).amount().currency().equals(currency)) {
                return false;
            }
        }
        return true;
    }

    private static void requireZero(Money difference) {
        if (!difference.isZero()) {
            throw new RuleViolationException(LedgerError.ENTRY_UNBALANCED,
                    "Debits and credits differ by " + difference.abs() + "; a journal entry must balance in every currency.");
        }
    }

    /** The same line with another amount (for a partial posting of a pending entry). */
    public JournalLine withAmount(Money newAmount) {
        return new JournalLine(lineNo, account, side, newAmount, memo, dimensions);
    }

    /** The same line on the other side, for a reversing entry. */
    public JournalLine reversed() {
        return new JournalLine(lineNo, account, side.opposite(), amount, memo, dimensions);
    }
}
