package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Records money received from or paid to a party. It posts at once to the bank account and the
 * party's advances (customer credit, supplier advances), unless it is an outgoing payment above
 * the configured threshold: that one waits for an approval by another actor and posts then.
 *
 * @param bankAccount    the bank or cash account, or null for the configured one
 * @param idempotencyKey optional: the same key again returns the first payment
 * @param direction incoming or outgoing
 * @param party the customer or supplier
 * @param amount the amount, above zero, in the party's currency
 * @param date the payment date, the accounting date of its entry
 * @param reference optional outside reference, or null
 */
public record RecordPayment(@NotNull PaymentDirection direction,
                            @NotNull PartyId party,
                            @NotNull Money amount,
                            @NotNull LocalDate date,
                            AccountId bankAccount,
                            @Size(max = 128) String reference,
                            @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Money received from a party on the configured bank account.
     *
     * @param party  the customer
     * @param amount the amount, above zero, in the party's currency
     * @param date   the date
     * @return the command
     */
    public static RecordPayment incoming(PartyId party, Money amount, LocalDate date) {
        return new RecordPayment(PaymentDirection.INCOMING, party, amount, date, null, null, null);
    }

    /**
     * Money paid to a party from the configured bank account.
     *
     * @param party  the supplier
     * @param amount the amount, above zero, in the party's currency
     * @param date   the date
     * @return the command
     */
    public static RecordPayment outgoing(PartyId party, Money amount, LocalDate date) {
        return new RecordPayment(PaymentDirection.OUTGOING, party, amount, date, null, null, null);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key 1 to 128 characters
     * @return the command with the key
     */
    public RecordPayment withIdempotencyKey(String key) {
        return new RecordPayment(direction, party, amount, date, bankAccount, reference, key);
    }

    /**
     * The same command with a reference.
     *
     * @param value the reference, up to 128 characters
     * @return the command
     */
    public RecordPayment withReference(String value) {
        return new RecordPayment(direction, party, amount, date, bankAccount, value, idempotencyKey);
    }
}
