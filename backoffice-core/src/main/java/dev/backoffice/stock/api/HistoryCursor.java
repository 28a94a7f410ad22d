package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.MoveId;
import jakarta.validation.constraints.NotNull;

/**
 * A place in the move history: just after the move {@code move}, done at {@code doneAt}. Taken
 * from {@link MoveHistory#next()} to read the next page.
 */
public record HistoryCursor(@NotNull java.time.Instant doneAt, @NotNull MoveId move) {
}
