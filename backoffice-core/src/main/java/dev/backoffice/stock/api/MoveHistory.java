package dev.backoffice.stock.api;

import java.util.List;

/**
 * One page of a move history.
 *
 * @param next the cursor to read the next page with, or null when this page is the last
 */
public record MoveHistory(List<MoveHistoryLine> lines, HistoryCursor next) {

    /**
     * Copies the lines so the page stays immutable.
     *
     * @param lines the done moves on this page, oldest first
     * @param next  the cursor to read the next page with, or null when this page is the last
     */
    public MoveHistory {
        lines = List.copyOf(lines);
    }
}
