-- Backoffice SDK: stock history (stock as of an instant, move history) and replenishment.
-- PostgreSQL.

-- The history of the done moves of an item in done order: stock as of an instant sums the moves up to a
-- (done_at, id) position, and a history page reads on from one. Partial: drafts and cancelled moves never count.
-- The included columns let the aggregate of an untracked or lot-tracked item read the index alone.
CREATE INDEX bo_stock_moves_history_ix ON bo_stock_moves (tenant_id, item_id, done_at, id)
    INCLUDE (from_location, to_location, lot, base_quantity) WHERE status = 'DONE';
-- the history of one location (and the locations under it), from either end of a move
CREATE INDEX bo_stock_moves_from_history_ix ON bo_stock_moves (tenant_id, from_location, item_id, done_at, id)
    WHERE status = 'DONE';
CREATE INDEX bo_stock_moves_to_history_ix ON bo_stock_moves (tenant_id, to_location, item_id, done_at, id)
    WHERE status = 'DONE';
