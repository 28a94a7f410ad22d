package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.MoveId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Corrects a done move with a move that runs the other way and links to it.
 *
 * @param idempotencyKey optional: the same key again returns the first reversal
 */
public record ReverseStockMove(@NotNull MoveId move, @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Reverses a done move, without an idempotency key.
     *
     * @param move the done move
     * @return the command
     */
    public static ReverseStockMove of(MoveId move) {
        return new ReverseStockMove(move, null);
    }
}
