package dev.backoffice.accounts.domain;

import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
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
 *
 * <p>When the tenant keeps its books in a functional currency, a posted line also carries its
 * {@link FunctionalEquivalent}: the amount in the functional currency with the rate, its date and
 * its source. Such a line may have a zero amount in its own currency and a non-zero functional
 * amount: that is how an exchange difference (a revaluation) moves a foreign-currency account's
 * value without moving its foreign balance.
 *
 * @param functional the equivalent in the functional currency; {@code null} until converted, and
 *                   always {@code null} for a tenant without a functional currency
 * @param lineNo the line number, from 1
 * @param account the account
 * @param side debit or credit
 * @param amount the amount
 * @param memo optional text, or null
 * @param dimensions analytic dimensions, name to value
 */
public record JournalLine(int lineNo, AccountId account, Side side, Money amount, String memo,
                          Map<String, String> dimensions, FunctionalEquivalent functional) {

    private static final Pattern DIMENSION_NAME = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");
    private static final int MAX_DIMENSIONS = 16;
    private static final int MAX_DIMENSION_VALUE = 64;

    /**
     * Requires account, side and amount; an amount that is not above zero (unless only the functional value moves) is refused with {@code ledger.line.amount_not_positive}.
     *
     * @param lineNo the line number, from 1
     * @param account the account
     * @param side debit or credit
     * @param amount the amount
     * @param memo optional text, or null
     * @param dimensions analytic dimensions, name to value
     * @param functional the value in the functional currency, or null
     */
    public JournalLine {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive() && !(amount.isZero() && functional != null && functional.amount().isPositive())) {
            throw new RuleViolationException(LedgerError.LINE_AMOUNT_NOT_POSITIVE,
                    "Line " + lineNo + ": the amount must be greater than zero, not " + amount + ".");
        }
        memo = memo == null || memo.isBlank() ? null : memo.strip();
        dimensions = dimensions(lineNo, dimensions);
    }

    /**
     * A line without a functional equivalent (yet).
     *
     * @param lineNo     the line number in the entry, from 1
     * @param account    the account
     * @param side       debit or credit
     * @param amount     the amount, above zero, in the account's currency
     * @param memo       optional text, or null
     * @param dimensions analytic dimensions, or null
     */
    public JournalLine(int lineNo, AccountId account, Side side, Money amount, String memo,
                       Map<String, String> dimensions) {
        this(lineNo, account, side, amount, memo, dimensions, null);
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

    /**
     * The amount signed as debit minus credit: positive for a debit, negative for a credit.
     *
     * @return the signed amount
     */
    public Money signedAmount() {
        return side == Side.DEBIT ? amount : amount.negate();
    }

    /**
     * Throws {@code ledger.entry.unbalanced} unless the lines balance. Without functional
     * equivalents, debits must equal credits in every currency of the lines. With them (a tenant
     * with a functional currency), the functional amounts must balance, and an entry in one
     * currency must balance in that currency too; lines must then all carry an equivalent in the
     * same functional currency ({@code ledger.line.functional_incomplete} otherwise).
     *
     * @param lines the lines of an entry
     */
    public static void requireBalanced(java.util.List<JournalLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        boolean oneCurrency = inOneCurrency(lines);
        if (lines.get(0).functional() != null || anyFunctional(lines)) {
            requireFunctionalBalance(lines);
            if (!oneCurrency) {
                return;
            }
        }
        if (oneCurrency) {
            long net = 0;
            for (JournalLine line : lines) {
                net = plusSigned(net, line.side(), line.amount());
            }
            if (net != 0) {
                java.util.Currency currency = lines.get(0).amount().currency();
                throw unbalanced(Money.ofMinor(net, currency), "in " + currency.getCurrencyCode());
            }
            return;
        }
        java.util.Map<java.util.Currency, Money> net = new java.util.LinkedHashMap<>(2);
        for (JournalLine line : lines) {
            net.merge(line.amount().currency(), line.signedAmount(), Money::plus);
        }
        for (Money difference : net.values()) {
            if (!difference.isZero()) {
                throw unbalanced(difference, "in " + difference.currency().getCurrencyCode()
                        + "; without a functional currency a journal entry must balance in every currency");
            }
        }
    }

    private static boolean anyFunctional(java.util.List<JournalLine> lines) {
        for (JournalLine line : lines) {
            if (line.functional() != null) {
                return true;
            }
        }
        return false;
    }

    private static void requireFunctionalBalance(java.util.List<JournalLine> lines) {
        java.util.Currency functional = null;
        long net = 0;
        for (JournalLine line : lines) {
            if (line.functional() == null) {
                throw new RuleViolationException(LedgerError.LINE_FUNCTIONAL_INCOMPLETE,
                        "Line " + line.lineNo() + " has no functional-currency equivalent while other lines have one.");
            }
            Money amount = line.functional().amount();
            if (functional == null) {
                functional = amount.currency();
            } else if (!functional.equals(amount.currency())) {
                throw new RuleViolationException(LedgerError.CURRENCY_FUNCTIONAL_MISMATCH,
                        "Line " + line.lineNo() + " has an equivalent in " + amount.currency().getCurrencyCode()
                                + " while other lines have one in " + functional.getCurrencyCode() + ".");
            }
            net = plusSigned(net, line.side(), amount);
        }
        if (net != 0) {
            throw unbalanced(Money.ofMinor(net, functional), "in the functional currency " + functional.getCurrencyCode());
        }
    }

    /**
     * The running net of debits minus credits in minor units, plus one amount on its side: the
     * balance check adds numbers, not amounts (no object per line). {@code money.overflow} past the
     * range, as adding the amounts would.
     */
    private static long plusSigned(long net, Side side, Money amount) {
        try {
            return side == Side.DEBIT ? Math.addExact(net, amount.minorUnits()) : Math.subtractExact(net, amount.minorUnits());
        } catch (ArithmeticException e) {
            throw new BackOfficeException(CommonError.MONEY_OVERFLOW,
                    "The debits and credits of the entry add up to more than the library can hold exactly.");
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

    private static RuleViolationException unbalanced(Money difference, String where) {
        return new RuleViolationException(LedgerError.ENTRY_UNBALANCED,
                "Debits and credits differ by " + difference.abs() + " " + where + "; a journal entry must balance.");
    }

    /**
     * The functional amount signed as debit minus credit; {@code null} without an equivalent.
     *
     * @return the signed functional amount, or null
     */
    public Money signedFunctional() {
        if (functional == null) {
            return null;
        }
        return side == Side.DEBIT ? functional.amount() : functional.amount().negate();
    }

    /**
     * The same line with its functional equivalent.
     *
     * @param equivalent the value in the functional currency
     * @return the valued line
     */
    public JournalLine withFunctional(FunctionalEquivalent equivalent) {
        return new JournalLine(lineNo, account, side, amount, memo, dimensions, equivalent);
    }

    /**
     * Whether two lines are the same but for their functional equivalents: a line and its valuation.
     *
     * @param line   a line
     * @param valued another line
     * @return true when the number, account, side, amount, memo and dimensions are equal
     */
    static boolean sameBeforeValuation(JournalLine line, JournalLine valued) {
        return line.lineNo == valued.lineNo && line.account.equals(valued.account) && line.side == valued.side
                && line.amount.equals(valued.amount) && java.util.Objects.equals(line.memo, valued.memo)
                && line.dimensions.equals(valued.dimensions);
    }

    /**
     * The same line with another amount (for a partial posting of a pending entry), without a
     * functional equivalent: it is converted again when posted.
     *
     * @param newAmount the amount to post
     * @return the line
     */
    public JournalLine withAmount(Money newAmount) {
        return new JournalLine(lineNo, account, side, newAmount, memo, dimensions, null);
    }

    /**
     * The same line on the other side, for a reversing entry: it keeps the functional equivalent,
     * so that a reversal takes back exactly what the original moved in the functional currency.
     *
     * @return the reversed line
     */
    public JournalLine reversed() {
        return new JournalLine(lineNo, account, side.opposite(), amount, memo, dimensions, functional);
    }
}
