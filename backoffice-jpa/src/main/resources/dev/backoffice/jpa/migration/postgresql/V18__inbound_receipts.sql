-- Backoffice SDK: inbound receipts (goods expected from suppliers, received in deliveries whose goods
-- are accepted into stock or rejected). PostgreSQL. Ids are UUIDv7 made by the application;
-- quantities are exact NUMERIC(24,6) in the items' base units; amounts are BIGINT minor units + ISO
-- currency. A receipt is a rarely contended aggregate: its row carries an optimistic version, and
-- every change of its rows below goes with an update of that version. The stock a delivery accepts is
-- a stock move of its own (bo_stock_moves), written in the same unit of work.

CREATE TABLE bo_inbound_receipts (
    id                      UUID                     NOT NULL,
    tenant_id               VARCHAR(64)              NOT NULL,
    supplier                VARCHAR(128)             NOT NULL,
    supplier_reference      VARCHAR(200),
    destination_location_id UUID                     NOT NULL,
    expected_date           DATE                     NOT NULL,
    over_receipt_percent    INTEGER                  NOT NULL,
    status                  VARCHAR(20)              NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by              VARCHAR(128)             NOT NULL,
    version                 BIGINT                   NOT NULL,
    CONSTRAINT bo_inbound_receipts_pk PRIMARY KEY (id),
    CONSTRAINT bo_inbound_receipts_status_ck CHECK (status IN ('EXPECTED', 'PARTIALLY_RECEIVED', 'RECEIVED',
        'CLOSED_SHORT', 'CANCELLED')),
    CONSTRAINT bo_inbound_receipts_over_ck CHECK (over_receipt_percent BETWEEN 0 AND 100)
);
-- Receiving.openReceipts and lateReceipts: the open ones by expected date
CREATE INDEX bo_inbound_receipts_open_ix ON bo_inbound_receipts (tenant_id, expected_date, created_at, id)
    WHERE status IN ('EXPECTED', 'PARTIALLY_RECEIVED');

-- The lines, numbered 1, 2, ...: the quantity expected and the supplier's cost per base unit
CREATE TABLE bo_inbound_receipt_lines (
    receipt_id      UUID          NOT NULL,
    line_no         INTEGER       NOT NULL,
    item_id         UUID          NOT NULL,
    expected        NUMERIC(24,6) NOT NULL,
    unit            VARCHAR(16)   NOT NULL,
    unit_cost_minor BIGINT        NOT NULL,
    currency        CHAR(3)       NOT NULL,
    lot             VARCHAR(64),
    CONSTRAINT bo_inbound_receipt_lines_pk PRIMARY KEY (receipt_id, line_no),
    CONSTRAINT bo_inbound_receipt_lines_receipt_fk FOREIGN KEY (receipt_id) REFERENCES bo_inbound_receipts (id),
    CONSTRAINT bo_inbound_receipt_lines_no_ck CHECK (line_no >= 1),
    CONSTRAINT bo_inbound_receipt_lines_expected_ck CHECK (expected > 0),
    CONSTRAINT bo_inbound_receipt_lines_cost_ck CHECK (unit_cost_minor >= 0)
);

-- What each delivery brought per line, in the order received (numbered from 0); append-only. The
-- accepted goods have the stock move that received them; rejected goods never enter stock.
CREATE TABLE bo_inbound_receipt_goods (
    receipt_id    UUID                     NOT NULL,
    goods_no      INTEGER                  NOT NULL,
    delivery_no   INTEGER                  NOT NULL,
    line_no       INTEGER                  NOT NULL,
    accepted      NUMERIC(24,6)            NOT NULL,
    rejected      NUMERIC(24,6)            NOT NULL,
    unit          VARCHAR(16)              NOT NULL,
    reject_reason VARCHAR(500),
    lot           VARCHAR(64),
    location_id   UUID                     NOT NULL,
    move_id       UUID,
    received_by   VARCHAR(128)             NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_inbound_receipt_goods_pk PRIMARY KEY (receipt_id, goods_no),
    CONSTRAINT bo_inbound_receipt_goods_receipt_fk FOREIGN KEY (receipt_id) REFERENCES bo_inbound_receipts (id),
    CONSTRAINT bo_inbound_receipt_goods_line_fk FOREIGN KEY (receipt_id, line_no)
        REFERENCES bo_inbound_receipt_lines (receipt_id, line_no),
    CONSTRAINT bo_inbound_receipt_goods_no_ck CHECK (goods_no >= 0 AND delivery_no >= 1),
    -- nothing less than zero, something accepted or rejected, a reason for what was rejected, and a
    -- stock move exactly when something was accepted
    CONSTRAINT bo_inbound_receipt_goods_quantity_ck CHECK (accepted >= 0 AND rejected >= 0
        AND (accepted > 0 OR rejected > 0)),
    CONSTRAINT bo_inbound_receipt_goods_reason_ck CHECK (rejected = 0 OR reject_reason IS NOT NULL),
    CONSTRAINT bo_inbound_receipt_goods_move_ck CHECK ((move_id IS NOT NULL) = (accepted > 0))
);

-- The serial numbers of accepted goods, in the order given
CREATE TABLE bo_inbound_receipt_serials (
    receipt_id    UUID        NOT NULL,
    goods_no      INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    serial_number VARCHAR(64) NOT NULL,
    CONSTRAINT bo_inbound_receipt_serials_pk PRIMARY KEY (receipt_id, goods_no, position),
    CONSTRAINT bo_inbound_receipt_serials_receipt_fk FOREIGN KEY (receipt_id) REFERENCES bo_inbound_receipts (id)
);

-- Every step taken, oldest first (numbered from 0); append-only. A delivery whose goods were all
-- rejected leaves the state as it was, so from and to may be equal.
CREATE TABLE bo_inbound_receipt_steps (
    receipt_id  UUID                     NOT NULL,
    step_no     INTEGER                  NOT NULL,
    transition  VARCHAR(16)              NOT NULL,
    from_status VARCHAR(20)              NOT NULL,
    to_status   VARCHAR(20)              NOT NULL,
    actor       VARCHAR(128)             NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT bo_inbound_receipt_steps_pk PRIMARY KEY (receipt_id, step_no),
    CONSTRAINT bo_inbound_receipt_steps_receipt_fk FOREIGN KEY (receipt_id) REFERENCES bo_inbound_receipts (id),
    CONSTRAINT bo_inbound_receipt_steps_no_ck CHECK (step_no >= 0),
    CONSTRAINT bo_inbound_receipt_steps_transition_ck CHECK (transition IN ('RECEIVE', 'CLOSE_SHORT', 'CANCEL')),
    CONSTRAINT bo_inbound_receipt_steps_states_ck CHECK (
        from_status IN ('EXPECTED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED_SHORT', 'CANCELLED')
        AND to_status IN ('EXPECTED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED_SHORT', 'CANCELLED'))
);
