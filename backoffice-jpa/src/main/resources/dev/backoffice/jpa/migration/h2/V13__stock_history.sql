-- Backoffice SDK: stock history (stock as of an instant, move history) and replenishment.
-- H2 (plain mode).

-- The history of the done moves of an item in done order: stock as of an instant sums the moves up to a
-- (done_at, id) position, and a history page reads on from one. (H2 has no partial indexes.)
CREATE INDEX bo_stock_moves_history_ix ON bo_stock_moves (tenant_id, item_id, done_at, id);
-- the history of one location (and the locations under it), from either end of a move
CREATE INDEX bo_stock_moves_from_history_ix ON bo_stock_moves (tenant_id, from_location, item_id, done_at, id);
CREATE INDEX bo_stock_moves_to_history_ix ON bo_stock_moves (tenant_id, to_location, item_id, done_at, id);
