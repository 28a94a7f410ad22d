-- Stock valuation (H2; the PostgreSQL migration adds append-only triggers): the tenant's valuation policy (currency, stock accounts), one valuation row per item with its
-- cost layers, and one value entry per valued move (with its lines by account role and the layers it touched).
-- Amounts are BIGINT minor units in the policy's currency; quantities NUMERIC(24,6) in the item's base unit.
-- Two units of work valuing one item take its valuation row with SELECT ... FOR UPDATE (JpaItemValuations), so
-- two issues never consume the same layer twice; the CHECKs below keep every layer above zero and never negative.

ALTER TABLE bo_stock_moves ADD COLUMN unit_cost_minor BIGINT;
ALTER TABLE bo_stock_moves ADD COLUMN unit_cost_currency CHAR(3);
ALTER TABLE bo_stock_moves ADD CONSTRAINT bo_stock_moves_unit_cost_ck
    CHECK ((unit_cost_minor IS NULL) = (unit_cost_currency IS NULL) AND (unit_cost_minor IS NULL OR unit_cost_minor >= 0));

CREATE TABLE bo_stock_valuation_policies (
    tenant_id           VARCHAR(64) NOT NULL,
    currency            CHAR(3)     NOT NULL,
    inventory_account   UUID,
    cogs_account        UUID,
    received_account    UUID,
    variance_account    UUID,
    loss_account        UUID,
    CONSTRAINT bo_stock_valuation_policies_pk PRIMARY KEY (tenant_id),
    -- all five accounts (posting on) or none (posting off)
    CONSTRAINT bo_stock_valuation_policies_accounts_ck CHECK (
        (inventory_account IS NULL AND cogs_account IS NULL AND received_account IS NULL AND variance_account IS NULL
            AND loss_account IS NULL)
        OR (inventory_account IS NOT NULL AND cogs_account IS NOT NULL AND received_account IS NOT NULL
            AND variance_account IS NOT NULL AND loss_account IS NOT NULL))
);

CREATE TABLE bo_stock_item_valuations (
    item_id             UUID          NOT NULL,
    tenant_id           VARCHAR(64)   NOT NULL,
    currency            CHAR(3)       NOT NULL,
    method              VARCHAR(16)   NOT NULL,
    deficit_quantity    NUMERIC(24,6) NOT NULL,
    deficit_value_minor BIGINT        NOT NULL,
    standard_cost_minor BIGINT,
    last_unit_cost      NUMERIC(30,6),
    version             BIGINT        NOT NULL,
    CONSTRAINT bo_stock_item_valuations_pk PRIMARY KEY (item_id),
    CONSTRAINT bo_stock_item_valuations_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_item_valuations_method_ck CHECK (method IN ('FIFO', 'MOVING_AVERAGE', 'STANDARD')),
    CONSTRAINT bo_stock_item_valuations_deficit_ck CHECK (deficit_quantity >= 0 AND deficit_value_minor >= 0),
    CONSTRAINT bo_stock_item_valuations_standard_ck CHECK (standard_cost_minor IS NULL OR standard_cost_minor >= 0)
);
CREATE INDEX bo_stock_item_valuations_tenant_ix ON bo_stock_item_valuations (tenant_id);

CREATE TABLE bo_stock_cost_layers (
    item_id         UUID                     NOT NULL,
    layer_no        INTEGER                  NOT NULL,
    receipt_id      UUID,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    received        NUMERIC(24,6)            NOT NULL,
    remaining       NUMERIC(24,6)            NOT NULL,
    value_minor     BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_cost_layers_pk PRIMARY KEY (item_id, layer_no),
    CONSTRAINT bo_stock_cost_layers_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_item_valuations (item_id),
    -- a layer holds stock and a value that is never negative; a receipt's layer never more than it received
    CONSTRAINT bo_stock_cost_layers_remaining_ck CHECK (remaining > 0 AND (receipt_id IS NULL OR remaining <= received)),
    CONSTRAINT bo_stock_cost_layers_value_ck CHECK (value_minor >= 0)
);

CREATE TABLE bo_stock_value_entries (
    id               UUID                     NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    item_id          UUID                     NOT NULL,
    move_id          UUID,
    kind             VARCHAR(16)              NOT NULL,
    quantity         NUMERIC(24,6)            NOT NULL,
    value_minor      BIGINT                   NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    clearing_account UUID,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    journal_entry_id UUID,
    CONSTRAINT bo_stock_value_entries_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_value_entries_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_value_entries_kind_ck CHECK (kind IN ('RECEIPT', 'CUSTOMER_RETURN', 'ISSUE', 'SUPPLIER_RETURN',
        'ADJUSTMENT_IN', 'ADJUSTMENT_OUT', 'REVERSAL', 'LANDED_COST', 'REVALUATION')),
    CONSTRAINT bo_stock_value_entries_move_ck CHECK ((move_id IS NULL) = (kind = 'REVALUATION')),
    CONSTRAINT bo_stock_value_entries_clearing_ck CHECK ((clearing_account IS NOT NULL) = (kind = 'LANDED_COST'))
);
CREATE INDEX bo_stock_value_entries_item_ix ON bo_stock_value_entries (tenant_id, item_id, recorded_at);
-- a move is valued once (landed costs on a receipt are entries of their own; H2 has no partial index: a generated
-- column that is null for them)
ALTER TABLE bo_stock_value_entries ADD COLUMN valued_move UUID GENERATED ALWAYS AS (CASE WHEN kind <> 'LANDED_COST' THEN move_id END);
CREATE UNIQUE INDEX bo_stock_value_entries_move_uq ON bo_stock_value_entries (tenant_id, valued_move);

CREATE TABLE bo_stock_value_lines (
    entry_id     UUID        NOT NULL,
    line_no      INTEGER     NOT NULL,
    role         VARCHAR(24) NOT NULL,
    amount_minor BIGINT      NOT NULL,
    CONSTRAINT bo_stock_value_lines_pk PRIMARY KEY (entry_id, line_no),
    CONSTRAINT bo_stock_value_lines_entry_fk FOREIGN KEY (entry_id) REFERENCES bo_stock_value_entries (id),
    CONSTRAINT bo_stock_value_lines_role_ck CHECK (role IN ('INVENTORY', 'COST_OF_GOODS_SOLD', 'RECEIVED_NOT_BILLED',
        'PRICE_VARIANCE', 'INVENTORY_LOSS', 'LANDED_COST_CLEARING'))
);

CREATE TABLE bo_stock_value_layers (
    entry_id    UUID                     NOT NULL,
    use_no      INTEGER                  NOT NULL,
    receipt_id  UUID,
    received_at TIMESTAMP WITH TIME ZONE,
    received    NUMERIC(24,6)            NOT NULL,
    quantity    NUMERIC(24,6)            NOT NULL,
    value_minor BIGINT                   NOT NULL,
    provisional BOOLEAN                  NOT NULL,
    CONSTRAINT bo_stock_value_layers_pk PRIMARY KEY (entry_id, use_no),
    CONSTRAINT bo_stock_value_layers_entry_fk FOREIGN KEY (entry_id) REFERENCES bo_stock_value_entries (id)
);
