package dev.backoffice.shipments.api;

import dev.backoffice.shipments.domain.InboundReceiptId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Ends an inbound receipt before it is received in full: closed short or cancelled.
 *
 * @param receipt        the receipt
 * @param note           why, kept in its history, or null
 * @param idempotencyKey optional: the same key with the same step again returns the receipt and
 *                       changes nothing; with another step it is refused ({@code idempotency.key_reused})
 */
public record CloseReceipt(@NotNull InboundReceiptId receipt, @Size(max = 500) String note,
                           @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Ends that receipt.
     *
     * @param receipt the receipt
     * @return the command
     */
    public static CloseReceipt of(InboundReceiptId receipt) {
        return new CloseReceipt(receipt, null, null);
    }

    /**
     * Sets why.
     *
     * @param text the note
     * @return the command with it
     */
    public CloseReceipt note(String text) {
        return new CloseReceipt(receipt, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public CloseReceipt withIdempotencyKey(String key) {
        return new CloseReceipt(receipt, note, key);
    }
}
