-- Backoffice SDK: return shipments (customer returns: goods of a delivered or returned shipment that a
-- customer is authorized to send back, with the carrier's return label, followed on their way and
-- received back into stock). PostgreSQL. Ids are UUIDv7 made by the application; quantities are exact
-- NUMERIC(24,6) in the items' base units. A return is a rarely contended aggregate: its row carries an
-- optimistic version, and every change of its rows below goes with an update of that version. The
-- goods it receives are kept on its shipment (bo_shipment_returns) and are stock moves of their own
-- (bo_stock_moves), written in the same unit of work.

CREATE TABLE bo_return_shipments (
    id              UUID                     NOT NULL,
    tenant_id       VARCHAR(64)              NOT NULL,
    shipment_id     UUID                     NOT NULL,
    reason          VARCHAR(500),
    status          VARCHAR(16)              NOT NULL,
    tracking_number VARCHAR(64),
    label           VARCHAR(20000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(128)             NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT bo_return_shipments_pk PRIMARY KEY (id),
    CONSTRAINT bo_return_shipments_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_return_shipments_status_ck CHECK (status IN ('AUTHORIZED', 'LABELLED', 'IN_TRANSIT', 'RECEIVED',
        'CANCELLED')),
    -- a return label whole or not at all: none before it was asked for, and kept once labelled
    CONSTRAINT bo_return_shipments_label_ck CHECK ((tracking_number IS NULL) = (label IS NULL)
        AND (status <> 'AUTHORIZED' OR tracking_number IS NULL)
        AND (status <> 'LABELLED' OR tracking_number IS NOT NULL))
);
-- Returns.returnsOf, and the open returns an authorization counts against the shipment
CREATE INDEX bo_return_shipments_shipment_ix ON bo_return_shipments (tenant_id, shipment_id, created_at, id);

-- The lines, numbered 1, 2, ...: what comes back, in the item's base unit
CREATE TABLE bo_return_shipment_lines (
    return_id UUID          NOT NULL,
    line_no   INTEGER       NOT NULL,
    item_id   UUID          NOT NULL,
    quantity  NUMERIC(24,6) NOT NULL,
    unit      VARCHAR(16)   NOT NULL,
    lot       VARCHAR(64),
    CONSTRAINT bo_return_shipment_lines_pk PRIMARY KEY (return_id, line_no),
    CONSTRAINT bo_return_shipment_lines_return_fk FOREIGN KEY (return_id) REFERENCES bo_return_shipments (id),
    CONSTRAINT bo_return_shipment_lines_no_ck CHECK (line_no >= 1),
    CONSTRAINT bo_return_shipment_lines_quantity_ck CHECK (quantity > 0)
);

-- The serial numbers of a line, one per unit, in the order given
CREATE TABLE bo_return_shipment_serials (
    return_id     UUID        NOT NULL,
    line_no       INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    serial_number VARCHAR(64) NOT NULL,
    CONSTRAINT bo_return_shipment_serials_pk PRIMARY KEY (return_id, line_no, position),
    CONSTRAINT bo_return_shipment_serials_return_fk FOREIGN KEY (return_id) REFERENCES bo_return_shipments (id),
    CONSTRAINT bo_return_shipment_serials_number_uq UNIQUE (return_id, line_no, serial_number)
);

-- Every step taken, oldest first (numbered from 0); append-only. Every step changes the state.
CREATE TABLE bo_return_shipment_steps (
    return_id   UUID                     NOT NULL,
    step_no     INTEGER                  NOT NULL,
    transition  VARCHAR(16)              NOT NULL,
    from_status VARCHAR(16)              NOT NULL,
    to_status   VARCHAR(16)              NOT NULL,
    actor       VARCHAR(128)             NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(500),
    CONSTRAINT bo_return_shipment_steps_pk PRIMARY KEY (return_id, step_no),
    CONSTRAINT bo_return_shipment_steps_return_fk FOREIGN KEY (return_id) REFERENCES bo_return_shipments (id),
    CONSTRAINT bo_return_shipment_steps_no_ck CHECK (step_no >= 0),
    CONSTRAINT bo_return_shipment_steps_transition_ck CHECK (transition IN ('LABEL', 'DEPART', 'RECEIVE', 'CANCEL')),
    CONSTRAINT bo_return_shipment_steps_states_ck CHECK (from_status <> to_status
        AND from_status IN ('AUTHORIZED', 'LABELLED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED')
        AND to_status IN ('AUTHORIZED', 'LABELLED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'))
);
