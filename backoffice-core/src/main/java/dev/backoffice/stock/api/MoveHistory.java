package dev.backoffice.stock.api;

import java.util.List;

/**
 * One page of a move history.
 *
 * @param next the cursor to read the next page with, or null when this page is the last
 */
public record MoveHistory(List<MoveHistoryLine> lines, HistoryCursor next) {

    public MoveHistory {
        lines = List.copyOf(lines);
    }
}
