-- Stock (H2): items, warehouses and locations, moves, lots, quantities, reservations, backorders and counts.
-- Quantities are exact NUMERIC(24,6) in the item's base unit (see Quantity); ids are UUIDv7 made by the application.
-- Rarely contended aggregates carry a version (optimistic locking); the hot quantities do not: they change
-- by one guarded statement per row (see JpaStockQuantities), backed by the CHECK constraints below.

CREATE TABLE bo_stock_items (
    id                 UUID                     NOT NULL,
    tenant_id          VARCHAR(64)              NOT NULL,
    sku                VARCHAR(64)              NOT NULL,
    name               VARCHAR(200)             NOT NULL,
    base_unit          VARCHAR(16)              NOT NULL,
    unit_decimals      INTEGER                  NOT NULL,
    tracking           VARCHAR(8)               NOT NULL,
    valuation          VARCHAR(16)              NOT NULL,
    negative_stock     VARCHAR(16)              NOT NULL,
    backorders_allowed BOOLEAN                  NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_items_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_items_tenant_sku_uq UNIQUE (tenant_id, sku),
    CONSTRAINT bo_stock_items_decimals_ck CHECK (unit_decimals BETWEEN 0 AND 6),
    CONSTRAINT bo_stock_items_tracking_ck CHECK (tracking IN ('NONE', 'LOT', 'SERIAL')),
    CONSTRAINT bo_stock_items_valuation_ck CHECK (valuation IN ('FIFO', 'MOVING_AVERAGE', 'STANDARD')),
    CONSTRAINT bo_stock_items_negative_ck CHECK (negative_stock IN ('FORBIDDEN', 'ALLOWED'))
);

-- the other units of an item and their size in base units
CREATE TABLE bo_stock_item_units (
    item_id    UUID          NOT NULL,
    unit       VARCHAR(16)   NOT NULL,
    base_units NUMERIC(24,6) NOT NULL,
    CONSTRAINT bo_stock_item_units_pk PRIMARY KEY (item_id, unit),
    CONSTRAINT bo_stock_item_units_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_item_units_size_ck CHECK (base_units > 0)
);

-- root_location names the warehouse's root location, stored in the same unit of work (no foreign key: the
-- two rows refer to each other)
CREATE TABLE bo_stock_warehouses (
    id            UUID                     NOT NULL,
    tenant_id     VARCHAR(64)              NOT NULL,
    code          VARCHAR(255)             NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    root_location UUID                     NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_stock_warehouses_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_warehouses_tenant_code_uq UNIQUE (tenant_id, code)
);

-- internal locations (a tree per warehouse) and the tenant's virtual locations (codes starting with '@')
CREATE TABLE bo_stock_locations (
    id            UUID                     NOT NULL,
    tenant_id     VARCHAR(64)              NOT NULL,
    warehouse_id  UUID,
    parent_id     UUID,
    code          VARCHAR(255)             NOT NULL,
    name          VARCHAR(200)             NOT NULL,
    location_type VARCHAR(16)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_stock_locations_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_locations_tenant_code_uq UNIQUE (tenant_id, code),
    CONSTRAINT bo_stock_locations_parent_fk FOREIGN KEY (parent_id) REFERENCES bo_stock_locations (id),
    CONSTRAINT bo_stock_locations_type_ck
        CHECK (location_type IN ('INTERNAL', 'SUPPLIER', 'CUSTOMER', 'INVENTORY_LOSS', 'TRANSIT')),
    CONSTRAINT bo_stock_locations_internal_ck CHECK ((location_type = 'INTERNAL') = (warehouse_id IS NOT NULL))
);
CREATE INDEX bo_stock_locations_warehouse_ix ON bo_stock_locations (tenant_id, warehouse_id, code);

CREATE TABLE bo_stock_moves (
    id             UUID                     NOT NULL,
    tenant_id      VARCHAR(64)              NOT NULL,
    kind           VARCHAR(16)              NOT NULL,
    item_id        UUID                     NOT NULL,
    from_location  UUID                     NOT NULL,
    to_location    UUID                     NOT NULL,
    quantity       NUMERIC(24,6)            NOT NULL,
    unit           VARCHAR(16)              NOT NULL,
    base_quantity  NUMERIC(24,6)            NOT NULL,
    base_unit      VARCHAR(16)              NOT NULL,
    lot            VARCHAR(64),
    expiry         DATE,
    reason         VARCHAR(16),
    reference      VARCHAR(200),
    demand         VARCHAR(128),
    status         VARCHAR(16)              NOT NULL,
    reversal_of    UUID,
    reversed_by    UUID,
    created_by     VARCHAR(128)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at        TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_moves_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_moves_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_moves_from_fk FOREIGN KEY (from_location) REFERENCES bo_stock_locations (id),
    CONSTRAINT bo_stock_moves_to_fk FOREIGN KEY (to_location) REFERENCES bo_stock_locations (id),
    CONSTRAINT bo_stock_moves_reversal_uq UNIQUE (reversal_of),
    CONSTRAINT bo_stock_moves_kind_ck CHECK (kind IN ('RECEIPT', 'ISSUE', 'TRANSFER', 'ADJUSTMENT')),
    CONSTRAINT bo_stock_moves_status_ck CHECK (status IN ('DRAFT', 'DONE', 'CANCELLED')),
    CONSTRAINT bo_stock_moves_quantity_ck CHECK (quantity > 0 AND base_quantity > 0),
    CONSTRAINT bo_stock_moves_locations_ck CHECK (from_location <> to_location),
    CONSTRAINT bo_stock_moves_done_ck CHECK ((status = 'DONE') = (done_at IS NOT NULL)),
    CONSTRAINT bo_stock_moves_reversed_ck CHECK (reversed_by IS NULL OR status = 'DONE')
);
CREATE INDEX bo_stock_moves_item_ix ON bo_stock_moves (tenant_id, item_id, created_at, id);
CREATE INDEX bo_stock_moves_lot_ix ON bo_stock_moves (tenant_id, item_id, lot);

-- the serial numbers a move carries, in the order given
CREATE TABLE bo_stock_move_serials (
    move_id  UUID        NOT NULL,
    position INTEGER     NOT NULL,
    serial   VARCHAR(64) NOT NULL,
    CONSTRAINT bo_stock_move_serials_pk PRIMARY KEY (move_id, position),
    CONSTRAINT bo_stock_move_serials_move_fk FOREIGN KEY (move_id) REFERENCES bo_stock_moves (id)
);
CREATE INDEX bo_stock_move_serials_serial_ix ON bo_stock_move_serials (serial, move_id);

-- lots and serial numbers: one row per tenant, item and code, locked FOR UPDATE before stock comes in
CREATE TABLE bo_stock_lots (
    tenant_id   VARCHAR(64)              NOT NULL,
    item_id     UUID                     NOT NULL,
    code        VARCHAR(64)              NOT NULL,
    expiry      DATE,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_stock_lots_pk PRIMARY KEY (tenant_id, item_id, code),
    CONSTRAINT bo_stock_lots_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id)
);

-- on hand and reserved per item, location and lot ('' for an untracked item). The guard each change keeps is
-- stored beside the quantities, so that no statement, from the library or anyone else, can store a row that
-- breaks it: reserved never negative on guarded rows, and on hand at or above reserved where available may not
-- go negative. Virtual locations (guard NONE) hold the negative of what they gave.
CREATE TABLE bo_stock_quants (
    tenant_id   VARCHAR(64)              NOT NULL,
    item_id     UUID                     NOT NULL,
    location_id UUID                     NOT NULL,
    lot         VARCHAR(64)              NOT NULL,
    on_hand     NUMERIC(24,6)            NOT NULL,
    reserved    NUMERIC(24,6)            NOT NULL,
    guard       VARCHAR(24)              NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_stock_quants_pk PRIMARY KEY (tenant_id, item_id, location_id, lot),
    CONSTRAINT bo_stock_quants_guard_ck CHECK (guard IN ('NONE', 'RESERVED_NOT_NEGATIVE', 'AVAILABLE_NOT_NEGATIVE')),
    CONSTRAINT bo_stock_quants_reserved_ck CHECK (guard = 'NONE' OR reserved >= 0),
    CONSTRAINT bo_stock_quants_available_ck CHECK (guard <> 'AVAILABLE_NOT_NEGATIVE' OR on_hand >= reserved)
);
-- the drift check: rows with something reserved
CREATE INDEX bo_stock_quants_reserved_ix ON bo_stock_quants (tenant_id, reserved);

CREATE TABLE bo_stock_reservations (
    id          UUID                     NOT NULL,
    tenant_id   VARCHAR(64)              NOT NULL,
    request_id  UUID                     NOT NULL,
    demand      VARCHAR(128)             NOT NULL,
    item_id     UUID                     NOT NULL,
    location_id UUID                     NOT NULL,
    lot         VARCHAR(64)              NOT NULL,
    unit        VARCHAR(16)              NOT NULL,
    quantity    NUMERIC(24,6)            NOT NULL,
    consumed    NUMERIC(24,6)            NOT NULL,
    released    NUMERIC(24,6)            NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_reservations_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_reservations_status_ck CHECK (status IN ('OPEN', 'CONSUMED', 'RELEASED')),
    CONSTRAINT bo_stock_reservations_quantity_ck
        CHECK (quantity > 0 AND consumed >= 0 AND released >= 0 AND consumed + released <= quantity)
);
CREATE INDEX bo_stock_reservations_request_ix ON bo_stock_reservations (tenant_id, request_id);
CREATE INDEX bo_stock_reservations_demand_ix ON bo_stock_reservations (tenant_id, demand, created_at);
CREATE INDEX bo_stock_reservations_open_ix ON bo_stock_reservations (tenant_id, status);

CREATE TABLE bo_stock_backorders (
    id          UUID                     NOT NULL,
    tenant_id   VARCHAR(64)              NOT NULL,
    request_id  UUID                     NOT NULL,
    demand      VARCHAR(128)             NOT NULL,
    item_id     UUID                     NOT NULL,
    unit        VARCHAR(16)              NOT NULL,
    quantity    NUMERIC(24,6)            NOT NULL,
    filled      NUMERIC(24,6)            NOT NULL,
    status      VARCHAR(16)              NOT NULL,
    strategy    VARCHAR(8)               NOT NULL,
    location_id UUID,
    lot         VARCHAR(64),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_backorders_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_backorders_request_uq UNIQUE (tenant_id, request_id),
    CONSTRAINT bo_stock_backorders_status_ck CHECK (status IN ('OPEN', 'FILLED', 'CANCELLED')),
    CONSTRAINT bo_stock_backorders_strategy_ck CHECK (strategy IN ('FIFO', 'FEFO')),
    CONSTRAINT bo_stock_backorders_quantity_ck CHECK (quantity > 0 AND filled >= 0 AND filled <= quantity)
);
CREATE INDEX bo_stock_backorders_demand_ix ON bo_stock_backorders (tenant_id, demand, created_at);
CREATE INDEX bo_stock_backorders_open_ix ON bo_stock_backorders (tenant_id, item_id, status, created_at);

CREATE TABLE bo_stock_counts (
    id          UUID                     NOT NULL,
    tenant_id   VARCHAR(64)              NOT NULL,
    location_id UUID                     NOT NULL,
    reference   VARCHAR(200),
    status      VARCHAR(16)              NOT NULL,
    opened_by   VARCHAR(128)             NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at   TIMESTAMP WITH TIME ZONE,
    version     BIGINT                   NOT NULL,
    CONSTRAINT bo_stock_counts_pk PRIMARY KEY (id),
    CONSTRAINT bo_stock_counts_location_fk FOREIGN KEY (location_id) REFERENCES bo_stock_locations (id),
    CONSTRAINT bo_stock_counts_status_ck CHECK (status IN ('OPEN', 'POSTED', 'CANCELLED')),
    CONSTRAINT bo_stock_counts_closed_ck CHECK ((status = 'OPEN') = (closed_at IS NULL))
);
-- one open count per location (H2 has no partial index: a generated column that is null unless the count is open)
ALTER TABLE bo_stock_counts ADD COLUMN open_location UUID GENERATED ALWAYS AS (CASE WHEN status = 'OPEN' THEN location_id END);
CREATE UNIQUE INDEX bo_stock_counts_open_uq ON bo_stock_counts (tenant_id, open_location);

CREATE TABLE bo_stock_count_lines (
    count_id      UUID          NOT NULL,
    line_no       INTEGER       NOT NULL,
    item_id       UUID          NOT NULL,
    lot           VARCHAR(64)   NOT NULL,
    unit          VARCHAR(16)   NOT NULL,
    counted       NUMERIC(24,6) NOT NULL,
    reason        VARCHAR(16)   NOT NULL,
    on_hand       NUMERIC(24,6),
    adjustment_id UUID,
    CONSTRAINT bo_stock_count_lines_pk PRIMARY KEY (count_id, line_no),
    CONSTRAINT bo_stock_count_lines_count_fk FOREIGN KEY (count_id) REFERENCES bo_stock_counts (id),
    CONSTRAINT bo_stock_count_lines_item_fk FOREIGN KEY (item_id) REFERENCES bo_stock_items (id),
    CONSTRAINT bo_stock_count_lines_counted_ck CHECK (counted >= 0)
);

-- Append-only done moves are enforced by PostgreSQL triggers only (H2 triggers are Java classes, see V8); on H2
-- the library alone keeps done moves unchanged.
