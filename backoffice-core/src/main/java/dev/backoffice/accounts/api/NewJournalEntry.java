package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A journal entry to record, as a draft or posted at once.
 *
 * <pre>{@code
 * ledger.post(actor, NewJournalEntry.on(LocalDate.of(2026, 1, 15), "Cash sale")
 *         .debit(cash, Money.of("100.00", "EUR"))
 *         .credit(revenue, Money.of("100.00", "EUR"))
 *         .build());
 * }</pre>
 *
 * @param sourceReference optional reference to the business document (invoice number, order id)
 * @param idempotencyKey  optional: the same key again returns the first entry and posts nothing
 * @param accountingDate the date it counts on
 * @param description what it records
 * @param lines its lines
 */
public record NewJournalEntry(@NotNull LocalDate accountingDate,
                              @NotBlank @Size(max = 500) String description,
                              @Size(max = 128) String sourceReference,
                              @NotNull @Size(min = 2, max = 1000) List<@NotNull @Valid JournalLineInput> lines,
                              @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines into an unmodifiable list.
     *
     * @param accountingDate  the date the entry counts on
     * @param description     what the entry records
     * @param sourceReference optional reference to the source document
     * @param lines           the lines, 2 to 1,000
     * @param idempotencyKey  optional key
     */
    public NewJournalEntry {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * Starts a builder for an entry on the date.
     *
     * @param accountingDate the date the entry counts on
     * @param description    what the entry records, up to 500 characters
     * @return the builder
     */
    public static Builder on(LocalDate accountingDate, String description) {
        return new Builder(accountingDate, description);
    }

    /** Builds a {@link NewJournalEntry} line by line. */
    public static final class Builder {
        private final LocalDate accountingDate;
        private final String description;
        private String sourceReference;
        private String idempotencyKey;
        private final List<JournalLineInput> lines = new ArrayList<>();

        private Builder(LocalDate accountingDate, String description) {
            this.accountingDate = accountingDate;
            this.description = description;
        }

        /**
         * Adds a debit line.
         *
         * @param account the account
         * @param amount  the amount, above zero
         * @return this builder
         */
        public Builder debit(AccountId account, Money amount) {
            return line(JournalLineInput.debit(account, amount));
        }

        /**
         * Adds a credit line.
         *
         * @param account the account
         * @param amount  the amount, above zero
         * @return this builder
         */
        public Builder credit(AccountId account, Money amount) {
            return line(JournalLineInput.credit(account, amount));
        }

        /**
         * Adds a line.
         *
         * @param line the line
         * @return this builder
         */
        public Builder line(JournalLineInput line) {
            lines.add(line);
            return this;
        }

        /**
         * Sets the source reference, for example an invoice number.
         *
         * @param reference up to 128 characters
         * @return this builder
         */
        public Builder reference(String reference) {
            this.sourceReference = reference;
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

        /** {@return the command; it is validated when it is posted} */
        public NewJournalEntry build() {
            return new NewJournalEntry(accountingDate, description, sourceReference, lines, idempotencyKey);
        }
    }
}
