-- Backoffice SDK: the shipments schema (shipments with their lines, packages, carrier labels, steps,
-- tracking events and returned goods). PostgreSQL. Ids are UUIDv7 made by the application;
-- quantities are exact NUMERIC(24,6) with their unit; amounts are BIGINT minor units + ISO currency.
-- A shipment is a rarely contended aggregate: its row carries an optimistic version, and every change
-- of its rows below goes with an update of that version.

CREATE TABLE bo_shipments (
    id                  UUID                     NOT NULL,
    tenant_id           VARCHAR(64)              NOT NULL,
    reference           VARCHAR(200),
    origin_location_id  UUID                     NOT NULL,
    dest_country        CHAR(2)                  NOT NULL,
    dest_postal_code    VARCHAR(15)              NOT NULL,
    dest_line1          VARCHAR(100)             NOT NULL,
    dest_line2          VARCHAR(100),
    dest_line3          VARCHAR(100),
    dest_line4          VARCHAR(100),
    promised_date       DATE                     NOT NULL,
    status              VARCHAR(16)              NOT NULL,
    delivered_at        TIMESTAMP WITH TIME ZONE,
    delivery_signatory  VARCHAR(200),
    backorder_of        UUID,
    backorder_id        UUID,
    booking_reference   VARCHAR(128),
    booking_service     VARCHAR(64),
    booking_price_minor BIGINT,
    booking_currency    CHAR(3),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(128)             NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT bo_shipments_pk PRIMARY KEY (id),
    -- the split a backorder came from is stored before it; the link the other way (backorder_id) is
    -- written in the same unit of work as the backorder's row, so it carries no foreign key
    CONSTRAINT bo_shipments_backorder_of_fk FOREIGN KEY (backorder_of) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipments_status_ck CHECK (status IN ('DRAFT', 'CONFIRMED', 'PICKED', 'PACKED', 'SHIPPED',
        'IN_TRANSIT', 'DELIVERED', 'DELIVERY_FAILED', 'RETURNED', 'CANCELLED')),
    CONSTRAINT bo_shipments_country_ck CHECK (dest_country = UPPER(dest_country)),
    CONSTRAINT bo_shipments_lines_ck CHECK ((dest_line3 IS NULL OR dest_line2 IS NOT NULL)
        AND (dest_line4 IS NULL OR dest_line3 IS NOT NULL)),
    CONSTRAINT bo_shipments_proof_ck CHECK ((delivered_at IS NULL OR status = 'DELIVERED')
        AND (delivery_signatory IS NULL OR delivered_at IS NOT NULL)),
    CONSTRAINT bo_shipments_links_ck CHECK ((backorder_of IS NULL OR backorder_of <> id)
        AND (backorder_id IS NULL OR backorder_id <> id)),
    CONSTRAINT bo_shipments_booking_ck CHECK ((booking_reference IS NULL) = (booking_service IS NULL)
        AND (booking_reference IS NULL) = (booking_price_minor IS NULL)
        AND (booking_reference IS NULL) = (booking_currency IS NULL)
        AND (booking_price_minor IS NULL OR booking_price_minor >= 0)
        AND (booking_reference IS NULL OR status IN ('PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED',
            'DELIVERY_FAILED', 'RETURNED')))
);
-- Shipping.shipments(state): a tenant's shipments in a state, oldest first
CREATE INDEX bo_shipments_status_ix ON bo_shipments (tenant_id, status, created_at, id);
-- Shipping.lateShipments(day): the unfinished ones by promised date
CREATE INDEX bo_shipments_late_ix ON bo_shipments (tenant_id, promised_date, created_at, id)
    WHERE status NOT IN ('DELIVERED', 'RETURNED', 'CANCELLED');
CREATE INDEX bo_shipments_backorder_of_ix ON bo_shipments (backorder_of) WHERE backorder_of IS NOT NULL;

-- The lines, numbered 1, 2, ... (renumbered when a draft is split)
CREATE TABLE bo_shipment_lines (
    shipment_id UUID          NOT NULL,
    line_no     INTEGER       NOT NULL,
    item_id     UUID          NOT NULL,
    quantity    NUMERIC(24,6) NOT NULL,
    unit        VARCHAR(16)   NOT NULL,
    lot         VARCHAR(64),
    CONSTRAINT bo_shipment_lines_pk PRIMARY KEY (shipment_id, line_no),
    CONSTRAINT bo_shipment_lines_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_lines_no_ck CHECK (line_no >= 1),
    CONSTRAINT bo_shipment_lines_quantity_ck CHECK (quantity > 0)
);

-- The serial numbers of a line, one per unit, in the order given
CREATE TABLE bo_shipment_line_serials (
    shipment_id   UUID        NOT NULL,
    line_no       INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    serial_number VARCHAR(64) NOT NULL,
    CONSTRAINT bo_shipment_line_serials_pk PRIMARY KEY (shipment_id, line_no, position),
    CONSTRAINT bo_shipment_line_serials_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_line_serials_number_uq UNIQUE (shipment_id, line_no, serial_number)
);

-- The packages of a packed shipment, numbered 1, 2, ... (dropped when unpacked)
CREATE TABLE bo_shipment_packages (
    shipment_id    UUID          NOT NULL,
    package_no     INTEGER       NOT NULL,
    box_type       VARCHAR(40)   NOT NULL,
    weight         NUMERIC(24,6) NOT NULL,
    weight_unit    VARCHAR(16)   NOT NULL,
    length         NUMERIC(24,6) NOT NULL,
    width          NUMERIC(24,6) NOT NULL,
    height         NUMERIC(24,6) NOT NULL,
    dimension_unit VARCHAR(16)   NOT NULL,
    CONSTRAINT bo_shipment_packages_pk PRIMARY KEY (shipment_id, package_no),
    CONSTRAINT bo_shipment_packages_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_packages_no_ck CHECK (package_no >= 1),
    CONSTRAINT bo_shipment_packages_measures_ck CHECK (weight > 0 AND length > 0 AND width > 0 AND height > 0)
);

-- The carrier's label and tracking number of each package of a booked shipment (dropped with the
-- booking). A tracking number names one package of the tenant's shipments: the carrier never hands
-- out one twice, and Carriers.shipmentByTrackingNumber finds the shipment through this key.
CREATE TABLE bo_shipment_labels (
    shipment_id     UUID           NOT NULL,
    package_no      INTEGER        NOT NULL,
    tenant_id       VARCHAR(64)    NOT NULL,
    tracking_number VARCHAR(64)    NOT NULL,
    label           VARCHAR(20000) NOT NULL,
    CONSTRAINT bo_shipment_labels_pk PRIMARY KEY (shipment_id, package_no),
    CONSTRAINT bo_shipment_labels_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_labels_tracking_uq UNIQUE (tenant_id, tracking_number)
);

-- Every step taken, oldest first (numbered from 0); append-only
CREATE TABLE bo_shipment_steps (
    shipment_id UUID                     NOT NULL,
    step_no     INTEGER                  NOT NULL,
    transition  VARCHAR(16)              NOT NULL,
    from_status VARCHAR(16)              NOT NULL,
    to_status   VARCHAR(16)              NOT NULL,
    actor       VARCHAR(128)             NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    note        VARCHAR(1000),
    CONSTRAINT bo_shipment_steps_pk PRIMARY KEY (shipment_id, step_no),
    CONSTRAINT bo_shipment_steps_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_steps_no_ck CHECK (step_no >= 0),
    CONSTRAINT bo_shipment_steps_transition_ck CHECK (transition IN ('CONFIRM', 'PICK', 'UNPICK', 'PACK', 'UNPACK',
        'SHIP', 'DEPART', 'DELIVER', 'FAIL_DELIVERY', 'RETRY_DELIVERY', 'RETURN', 'CANCEL')),
    CONSTRAINT bo_shipment_steps_states_ck CHECK (from_status <> to_status
        AND from_status IN ('DRAFT', 'CONFIRMED', 'PICKED', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED',
            'DELIVERY_FAILED', 'RETURNED', 'CANCELLED')
        AND to_status IN ('DRAFT', 'CONFIRMED', 'PICKED', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED',
            'DELIVERY_FAILED', 'RETURNED', 'CANCELLED'))
);

-- The carrier's tracking events of the packages; the carrier's event id is recorded once per shipment
CREATE TABLE bo_shipment_tracking_events (
    shipment_id     UUID                     NOT NULL,
    event_id        VARCHAR(128)             NOT NULL,
    tracking_number VARCHAR(64)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    signatory       VARCHAR(200),
    CONSTRAINT bo_shipment_tracking_events_pk PRIMARY KEY (shipment_id, event_id),
    CONSTRAINT bo_shipment_tracking_events_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_tracking_events_status_ck CHECK (status IN ('IN_TRANSIT', 'OUT_FOR_DELIVERY',
        'DELIVERED', 'DELIVERY_FAILED', 'RETURNED'))
);

-- Goods that came back from a delivered or returned shipment, in the order received (numbered from 1)
CREATE TABLE bo_shipment_returns (
    shipment_id UUID                     NOT NULL,
    return_no   INTEGER                  NOT NULL,
    item_id     UUID                     NOT NULL,
    quantity    NUMERIC(24,6)            NOT NULL,
    unit        VARCHAR(16)              NOT NULL,
    lot         VARCHAR(64),
    damaged     BOOLEAN                  NOT NULL,
    location_id UUID                     NOT NULL,
    returned_by VARCHAR(128)             NOT NULL,
    returned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_shipment_returns_pk PRIMARY KEY (shipment_id, return_no),
    CONSTRAINT bo_shipment_returns_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id),
    CONSTRAINT bo_shipment_returns_no_ck CHECK (return_no >= 1),
    CONSTRAINT bo_shipment_returns_quantity_ck CHECK (quantity > 0)
);

-- The serial numbers of returned goods, in the order given
CREATE TABLE bo_shipment_return_serials (
    shipment_id   UUID        NOT NULL,
    return_no     INTEGER     NOT NULL,
    position      INTEGER     NOT NULL,
    serial_number VARCHAR(64) NOT NULL,
    CONSTRAINT bo_shipment_return_serials_pk PRIMARY KEY (shipment_id, return_no, position),
    CONSTRAINT bo_shipment_return_serials_shipment_fk FOREIGN KEY (shipment_id) REFERENCES bo_shipments (id)
);
