package dev.backoffice.shipments.api;

import dev.backoffice.common.Quantity;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One delivery of a supplier against an expected receipt, checked line by line: what is accepted
 * enters stock, what is rejected does not.
 *
 * @param receipt        the receipt
 * @param into           the internal location the accepted goods go into, or null for the receipt's destination
 * @param lines          per line of the receipt, what was accepted and rejected
 * @param note           a note for the history, or null
 * @param idempotencyKey optional: the same key again returns the receipt and receives nothing more
 */
public record ReceiveGoods(@NotNull InboundReceiptId receipt, LocationId into,
                           @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines,
                           @Size(max = 500) String note,
                           @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines, so the command cannot change after it is validated.
     *
     * @param receipt        the receipt
     * @param into           the internal location the accepted goods go into, or null for the receipt's destination
     * @param lines          per line of the receipt, what was accepted and rejected
     * @param note           a note for the history, or null
     * @param idempotencyKey optional: the same key again returns the receipt and receives nothing more
     */
    public ReceiveGoods {
        lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * What came of one line: the quantity accepted and the quantity rejected (both in any of the
     * item's units, the same unit for both), why goods were rejected, the lot (null takes the line's),
     * and the serial numbers of the accepted units of a serial-tracked item.
     *
     * @param line         the receipt's line number
     * @param accepted     the quantity accepted into stock
     * @param rejected     the quantity rejected, or null for none
     * @param rejectReason why, required when goods are rejected
     * @param lot          the lot delivered, or null for the line's
     * @param serials      the serial numbers of the accepted units, or none
     */
    public record Line(@Min(1) int line, @NotNull Quantity accepted, Quantity rejected,
                       @Size(max = 500) String rejectReason,
                       @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String lot,
                       @Size(max = 10_000) List<@NotBlank @Size(max = 64) @Pattern(regexp = DraftShipment.CODE) String> serials) {

        /**
         * Copies the serial numbers; none when null.
         *
         * @param line         the receipt's line number
         * @param accepted     the quantity accepted into stock
         * @param rejected     the quantity rejected, or null for none
         * @param rejectReason why, required when goods are rejected
         * @param lot          the lot delivered, or null for the line's
         * @param serials      the serial numbers of the accepted units, or none
         */
        public Line {
            serials = serials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(serials));
        }

        /**
         * Everything that came of the line accepted.
         *
         * @param line     the receipt's line number
         * @param accepted the quantity accepted
         * @return the delivery line
         */
        public static Line accepted(int line, Quantity accepted) {
            return new Line(line, accepted, null, null, null, List.of());
        }

        /**
         * Some accepted, some rejected.
         *
         * @param line     the receipt's line number
         * @param accepted the quantity accepted
         * @param rejected the quantity rejected
         * @param reason   why it was rejected
         * @return the delivery line
         */
        public static Line split(int line, Quantity accepted, Quantity rejected, String reason) {
            return new Line(line, accepted, rejected, reason, null, List.of());
        }

        /**
         * The same with the lot delivered.
         *
         * @param code the lot
         * @return the delivery line with it
         */
        public Line lot(String code) {
            return new Line(line, accepted, rejected, rejectReason, code, serials);
        }

        /**
         * The same with the serial numbers of the accepted units.
         *
         * @param numbers one per accepted unit
         * @return the delivery line with them
         */
        public Line serials(String... numbers) {
            return new Line(line, accepted, rejected, rejectReason, lot, List.of(numbers));
        }
    }

    /**
     * Starts a delivery without lines, into the receipt's destination.
     *
     * @param receipt the receipt
     * @return the command
     */
    public static ReceiveGoods of(InboundReceiptId receipt) {
        return new ReceiveGoods(receipt, null, List.of(), null, null);
    }

    /**
     * Adds a line.
     *
     * @param line what came of one line
     * @return the command with it
     */
    public ReceiveGoods line(Line line) {
        List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
        more.add(line);
        return new ReceiveGoods(receipt, into, more, note, idempotencyKey);
    }

    /**
     * Receives the accepted goods into another internal location than the receipt's destination.
     *
     * @param location the location
     * @return the command with it
     */
    public ReceiveGoods into(LocationId location) {
        return new ReceiveGoods(receipt, location, lines, note, idempotencyKey);
    }

    /**
     * Sets the note for the history.
     *
     * @param text the note
     * @return the command with it
     */
    public ReceiveGoods note(String text) {
        return new ReceiveGoods(receipt, into, lines, text, idempotencyKey);
    }

    /**
     * Sets the idempotency key.
     *
     * @param key the key
     * @return the command with it
     */
    public ReceiveGoods withIdempotencyKey(String key) {
        return new ReceiveGoods(receipt, into, lines, note, key);
    }
}
