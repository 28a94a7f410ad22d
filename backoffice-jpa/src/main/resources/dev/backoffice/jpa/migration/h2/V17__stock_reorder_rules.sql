-- Min/max reorder rules (replenishment): at most one rule per item and warehouse of a tenant.
-- Quantities in the item's base unit; the CHECKs mirror ReorderRule: a minimum of zero or more, a
-- maximum at least the minimum, an order multiple above zero when there is one.
CREATE TABLE bo_stock_reorder_rules (
    id             UUID                     NOT NULL,
    tenant_id      VARCHAR(64)              NOT NULL,
    item_id        UUID                     NOT NULL,
    warehouse_id   UUID                     NOT NULL,
    unit           VARCHAR(16)              NOT NULL,
    minimum        NUMERIC(24,6)            NOT NULL,
    maximum        NUMERIC(24,6)            NOT NULL,
    order_multiple NUMERIC(24,6),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by     VARCHAR(128)             NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_reorder_rules_pk PRIMARY KEY (id),
    -- a concurrent first rule of the same item and warehouse fails here; the unit of work retries and
    -- then replaces the rule the other writer stored
    CONSTRAINT bo_stock_reorder_rules_uq UNIQUE (tenant_id, item_id, warehouse_id),
    CONSTRAINT bo_stock_reorder_rules_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_reorder_rules_warehouse_fk FOREIGN KEY (warehouse_id) REFERENCES bo_stock_warehouses (id),
    CONSTRAINT bo_stock_reorder_rules_minimum_ck CHECK (minimum >= 0),
    CONSTRAINT bo_stock_reorder_rules_maximum_ck CHECK (maximum >= minimum),
    CONSTRAINT bo_stock_reorder_rules_multiple_ck CHECK (order_multiple IS NULL OR order_multiple > 0)
);
-- the rules of a warehouse (listing, proposals)
CREATE INDEX bo_stock_reorder_rules_warehouse_ix ON bo_stock_reorder_rules (tenant_id, warehouse_id, item_id);
-- draft moves of an item (the incoming receipts of the forecast position)
CREATE INDEX bo_stock_moves_drafts_ix ON bo_stock_moves (tenant_id, item_id, status);
