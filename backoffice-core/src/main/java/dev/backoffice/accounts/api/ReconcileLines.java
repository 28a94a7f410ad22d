package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.Reconciliation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Matches posted lines of one account into a reconciliation; together they must net to zero.
 *
 * <pre>{@code
 * reconciliation.reconcile(actor, ReconcileLines.on(bank.id())
 *         .line(invoicePayment.id(), 2)      // the bank line of the payment received
 *         .line(bankFee.id(), 1)
 *         .line(statementImport.id(), 1)
 *         .build());
 * }</pre>
 *
 * @param account        the account whose lines are matched (a bank or clearing account)
 * @param lines          two to 1,000 lines of posted entries on that account
 * @param idempotencyKey optional: the same key again returns the first reconciliation and changes nothing
 */
public record ReconcileLines(@NotNull AccountId account,
                             @NotNull @Size(min = 2, max = Reconciliation.MAX_LINES) List<@NotNull JournalLineRef> lines,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines into an unmodifiable list.
     *
     * @param account        the account
     * @param lines          the lines
     * @param idempotencyKey optional key
     */
    public ReconcileLines {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * The lines, without an idempotency key.
     *
     * @param account the bank or clearing account
     * @param lines   the lines, netting to zero
     * @return the command
     */
    public static ReconcileLines of(AccountId account, List<JournalLineRef> lines) {
        return new ReconcileLines(account, lines, null);
    }

    /**
     * Starts a builder for lines of the account.
     *
     * @param account the bank or clearing account
     * @return the builder
     */
    public static Builder on(AccountId account) {
        return new Builder(account);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key 1 to 128 characters
     * @return the command with the key
     */
    public ReconcileLines withIdempotencyKey(String key) {
        return new ReconcileLines(account, lines, key);
    }

    /** Builds a {@link ReconcileLines} line by line. */
    public static final class Builder {
        private final AccountId account;
        private final List<JournalLineRef> lines = new ArrayList<>();
        private String idempotencyKey;

        private Builder(AccountId account) {
            this.account = account;
        }

        /**
         * Adds line {@code lineNo} of the entry.
         *
         * @param entry  the posted entry
         * @param lineNo the line number in the entry, from 1
         * @return this builder
         */
        public Builder line(JournalEntryId entry, int lineNo) {
            lines.add(JournalLineRef.of(entry, lineNo));
            return this;
        }

        /**
         * Adds a line.
         *
         * @param line the line reference
         * @return this builder
         */
        public Builder line(JournalLineRef line) {
            lines.add(line);
            return this;
        }

        /**
         * Sets the idempotency key.
         *
         * @param key 1 to 128 characters
         * @return this builder
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        /** {@return the command} */
        public ReconcileLines build() {
            return new ReconcileLines(account, lines, idempotencyKey);
        }
    }
}
