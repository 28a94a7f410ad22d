-- Receivables, payables and payments: customers and suppliers, the configuration of each tenant
-- and currency, gapless document numbers, invoices, bills and notes with their lines, taxes and
-- settlements, payments with their allocations and refunds, and gateway charges. Amounts are whole
-- minor units of the row's currency; exact decimals (quantities, percentages) are kept as their
-- canonical text so that their scale survives. Accounts, journal entries and documents named by
-- a document, payment or charge are ids the use cases check, not foreign keys: the ports store
-- what they are given.

CREATE TABLE bo_parties (
    id                 UUID         NOT NULL,
    tenant_id          VARCHAR(64)  NOT NULL,
    party_role         VARCHAR(16)  NOT NULL,
    name               VARCHAR(200) NOT NULL,
    tax_id             VARCHAR(64),
    billing_line1      VARCHAR(200),
    billing_line2      VARCHAR(200),
    billing_postal     VARCHAR(32),
    billing_city       VARCHAR(100),
    billing_region     VARCHAR(100),
    billing_country    CHAR(2),
    shipping_line1     VARCHAR(200),
    shipping_line2     VARCHAR(200),
    shipping_postal    VARCHAR(32),
    shipping_city      VARCHAR(100),
    shipping_region    VARCHAR(100),
    shipping_country   CHAR(2),
    net_days           INTEGER      NOT NULL,
    currency           CHAR(3)      NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT bo_parties_pk PRIMARY KEY (id),
    CONSTRAINT bo_parties_tenant_id_uq UNIQUE (tenant_id, id),
    CONSTRAINT bo_parties_role_ck CHECK (party_role IN ('CUSTOMER', 'SUPPLIER')),
    CONSTRAINT bo_parties_net_days_ck CHECK (net_days >= 0),
    CONSTRAINT bo_parties_billing_ck CHECK ((billing_line1 IS NULL) = (billing_city IS NULL)
        AND (billing_line1 IS NULL) = (billing_country IS NULL)),
    CONSTRAINT bo_parties_shipping_ck CHECK ((shipping_line1 IS NULL) = (shipping_city IS NULL)
        AND (shipping_line1 IS NULL) = (shipping_country IS NULL))
);
CREATE INDEX bo_parties_role_name_ix ON bo_parties (tenant_id, party_role, name, id);

CREATE TABLE bo_receivables_configurations (
    tenant_id                 VARCHAR(64) NOT NULL,
    currency                  CHAR(3)     NOT NULL,
    receivable_account        UUID        NOT NULL,
    customer_credit_account   UUID        NOT NULL,
    revenue_account           UUID        NOT NULL,
    output_tax_account        UUID        NOT NULL,
    payable_account           UUID        NOT NULL,
    supplier_advances_account UUID        NOT NULL,
    expense_account           UUID        NOT NULL,
    input_tax_account         UUID        NOT NULL,
    bank_account              UUID        NOT NULL,
    gateway_clearing_account  UUID,
    approval_threshold_minor  BIGINT,
    CONSTRAINT bo_receivables_configurations_pk PRIMARY KEY (tenant_id, currency),
    CONSTRAINT bo_receivables_configurations_threshold_ck CHECK (approval_threshold_minor >= 0)
);

-- one row per series, incremented in the issuing transaction: its row lock serializes the issuers
-- of a series until they commit or roll back, so numbers are neither lost nor given twice
CREATE TABLE bo_document_numbers (
    tenant_id     VARCHAR(64) NOT NULL,
    document_kind VARCHAR(32) NOT NULL,
    series_year   INTEGER     NOT NULL,
    last_number   BIGINT      NOT NULL,
    CONSTRAINT bo_document_numbers_pk PRIMARY KEY (tenant_id, document_kind, series_year),
    CONSTRAINT bo_document_numbers_last_ck CHECK (last_number >= 1)
);

CREATE TABLE bo_invoices (
    id               UUID         NOT NULL,
    tenant_id        VARCHAR(64)  NOT NULL,
    document_kind    VARCHAR(32)  NOT NULL,
    party_id         UUID         NOT NULL,
    currency         CHAR(3)      NOT NULL,
    correction_of    UUID,
    reference        VARCHAR(128),
    status           VARCHAR(16)  NOT NULL,
    document_number  VARCHAR(32),
    issue_date       DATE,
    due_date         DATE,
    journal_entry_id UUID,
    net_minor        BIGINT       NOT NULL,
    tax_minor        BIGINT       NOT NULL,
    gross_minor      BIGINT       NOT NULL,
    credited_minor   BIGINT       NOT NULL,
    created_by       VARCHAR(128) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by        VARCHAR(128),
    issued_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL,
    CONSTRAINT bo_invoices_pk PRIMARY KEY (id),
    CONSTRAINT bo_invoices_number_uq UNIQUE (tenant_id, document_kind, document_number),
    CONSTRAINT bo_invoices_party_fk FOREIGN KEY (tenant_id, party_id) REFERENCES bo_parties (tenant_id, id),
    CONSTRAINT bo_invoices_correction_fk FOREIGN KEY (correction_of) REFERENCES bo_invoices (id),
    CONSTRAINT bo_invoices_kind_ck CHECK (document_kind IN
        ('CUSTOMER_INVOICE', 'CUSTOMER_CREDIT_NOTE', 'SUPPLIER_BILL', 'SUPPLIER_DEBIT_NOTE')),
    CONSTRAINT bo_invoices_correction_ck CHECK ((correction_of IS NOT NULL)
        = (document_kind IN ('CUSTOMER_CREDIT_NOTE', 'SUPPLIER_DEBIT_NOTE'))),
    CONSTRAINT bo_invoices_status_ck CHECK (status IN ('DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID')),
    CONSTRAINT bo_invoices_issued_ck CHECK ((status = 'DRAFT')
        = (document_number IS NULL AND issue_date IS NULL AND due_date IS NULL AND issued_at IS NULL)),
    CONSTRAINT bo_invoices_amounts_ck CHECK (net_minor >= 0 AND tax_minor >= 0 AND gross_minor = net_minor + tax_minor
        AND credited_minor >= 0 AND credited_minor <= gross_minor)
);
CREATE INDEX bo_invoices_party_ix ON bo_invoices (tenant_id, party_id, created_at, id);
CREATE INDEX bo_invoices_issued_ix ON bo_invoices (tenant_id, issue_date, document_number);

CREATE TABLE bo_invoice_lines (
    invoice_id        UUID         NOT NULL,
    line_no           INTEGER      NOT NULL,
    description       VARCHAR(500) NOT NULL,
    quantity          VARCHAR(100) NOT NULL,
    unit_price_minor  BIGINT       NOT NULL,
    discount_percent  VARCHAR(100) NOT NULL,
    tax_code          VARCHAR(32)  NOT NULL,
    account_id        UUID,
    CONSTRAINT bo_invoice_lines_pk PRIMARY KEY (invoice_id, line_no),
    CONSTRAINT bo_invoice_lines_invoice_fk FOREIGN KEY (invoice_id) REFERENCES bo_invoices (id),
    CONSTRAINT bo_invoice_lines_price_ck CHECK (unit_price_minor >= 0)
);

CREATE TABLE bo_invoice_line_totals (
    invoice_id  UUID    NOT NULL,
    seq_no    INTEGER NOT NULL,
    line_no     INTEGER NOT NULL,
    net_minor   BIGINT  NOT NULL,
    tax_minor   BIGINT  NOT NULL,
    gross_minor BIGINT  NOT NULL,
    CONSTRAINT bo_invoice_line_totals_pk PRIMARY KEY (invoice_id, seq_no),
    CONSTRAINT bo_invoice_line_totals_invoice_fk FOREIGN KEY (invoice_id) REFERENCES bo_invoices (id)
);

CREATE TABLE bo_invoice_taxes (
    invoice_id   UUID         NOT NULL,
    seq_no     INTEGER      NOT NULL,
    tax_code     VARCHAR(32)  NOT NULL,
    rate_percent VARCHAR(100) NOT NULL,
    base_minor   BIGINT       NOT NULL,
    tax_minor    BIGINT       NOT NULL,
    CONSTRAINT bo_invoice_taxes_pk PRIMARY KEY (invoice_id, seq_no),
    CONSTRAINT bo_invoice_taxes_invoice_fk FOREIGN KEY (invoice_id) REFERENCES bo_invoices (id)
);

CREATE TABLE bo_invoice_settlements (
    invoice_id   UUID    NOT NULL,
    seq_no     INTEGER NOT NULL,
    source_id    UUID    NOT NULL,
    settled_on   DATE    NOT NULL,
    amount_minor BIGINT  NOT NULL,
    CONSTRAINT bo_invoice_settlements_pk PRIMARY KEY (invoice_id, seq_no),
    CONSTRAINT bo_invoice_settlements_invoice_fk FOREIGN KEY (invoice_id) REFERENCES bo_invoices (id)
);

CREATE TABLE bo_gateway_charges (
    id                UUID         NOT NULL,
    tenant_id         VARCHAR(64)  NOT NULL,
    party_id          UUID         NOT NULL,
    invoice_id        UUID,
    currency          CHAR(3)      NOT NULL,
    amount_minor      BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    gateway_reference VARCHAR(128),
    pending_entry_id  UUID,
    payment_id        UUID,
    captured_minor    BIGINT       NOT NULL,
    refunded_minor    BIGINT       NOT NULL,
    decline_reason    VARCHAR(1000),
    created_by        VARCHAR(128) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT       NOT NULL,
    CONSTRAINT bo_gateway_charges_pk PRIMARY KEY (id),
    CONSTRAINT bo_gateway_charges_party_fk FOREIGN KEY (tenant_id, party_id) REFERENCES bo_parties (tenant_id, id),
    CONSTRAINT bo_gateway_charges_status_ck CHECK (status IN ('REQUESTED', 'DECLINED', 'AUTHORIZED', 'CAPTURED', 'VOIDED')),
    CONSTRAINT bo_gateway_charges_amounts_ck CHECK (amount_minor > 0 AND captured_minor >= 0
        AND captured_minor <= amount_minor AND refunded_minor >= 0 AND refunded_minor <= captured_minor)
);

CREATE TABLE bo_gateway_charge_transactions (
    charge_id             UUID         NOT NULL,
    transaction_reference VARCHAR(128) NOT NULL,
    CONSTRAINT bo_gateway_charge_transactions_pk PRIMARY KEY (charge_id, transaction_reference),
    CONSTRAINT bo_gateway_charge_transactions_charge_fk FOREIGN KEY (charge_id) REFERENCES bo_gateway_charges (id)
);

CREATE TABLE bo_payments (
    id               UUID         NOT NULL,
    tenant_id        VARCHAR(64)  NOT NULL,
    direction        VARCHAR(16)  NOT NULL,
    party_id         UUID         NOT NULL,
    party_role       VARCHAR(16)  NOT NULL,
    currency         CHAR(3)      NOT NULL,
    amount_minor     BIGINT       NOT NULL,
    payment_date     DATE         NOT NULL,
    bank_account_id  UUID         NOT NULL,
    reference        VARCHAR(128),
    charge_id        UUID,
    status           VARCHAR(24)  NOT NULL,
    receipt_entry_id UUID,
    created_by       VARCHAR(128) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by      VARCHAR(128),
    approved_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL,
    CONSTRAINT bo_payments_pk PRIMARY KEY (id),
    CONSTRAINT bo_payments_party_fk FOREIGN KEY (tenant_id, party_id) REFERENCES bo_parties (tenant_id, id),
    CONSTRAINT bo_payments_direction_ck CHECK (direction IN ('INCOMING', 'OUTGOING')),
    CONSTRAINT bo_payments_role_ck CHECK (party_role IN ('CUSTOMER', 'SUPPLIER')),
    CONSTRAINT bo_payments_status_ck CHECK (status IN ('AWAITING_APPROVAL', 'RECORDED')),
    CONSTRAINT bo_payments_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT bo_payments_approval_ck CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
CREATE INDEX bo_payments_party_ix ON bo_payments (tenant_id, party_id, payment_date, id);
CREATE INDEX bo_payments_role_ix ON bo_payments (tenant_id, party_role, payment_date, id);

CREATE TABLE bo_payment_allocations (
    payment_id     UUID    NOT NULL,
    seq_no       INTEGER NOT NULL,
    allocation_id  UUID    NOT NULL,
    invoice_id     UUID    NOT NULL,
    amount_minor   BIGINT  NOT NULL,
    allocated_on   DATE    NOT NULL,
    entry_id       UUID    NOT NULL,
    undone_on      DATE,
    reversal_id    UUID,
    CONSTRAINT bo_payment_allocations_pk PRIMARY KEY (payment_id, seq_no),
    CONSTRAINT bo_payment_allocations_payment_fk FOREIGN KEY (payment_id) REFERENCES bo_payments (id),
    CONSTRAINT bo_payment_allocations_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT bo_payment_allocations_undo_ck CHECK ((undone_on IS NULL) = (reversal_id IS NULL))
);
CREATE INDEX bo_payment_allocations_invoice_ix ON bo_payment_allocations (invoice_id);

CREATE TABLE bo_payment_refunds (
    payment_id   UUID    NOT NULL,
    seq_no     INTEGER NOT NULL,
    refund_id    UUID    NOT NULL,
    amount_minor BIGINT  NOT NULL,
    refunded_on  DATE    NOT NULL,
    entry_id     UUID    NOT NULL,
    CONSTRAINT bo_payment_refunds_pk PRIMARY KEY (payment_id, seq_no),
    CONSTRAINT bo_payment_refunds_payment_fk FOREIGN KEY (payment_id) REFERENCES bo_payments (id),
    CONSTRAINT bo_payment_refunds_amount_ck CHECK (amount_minor > 0)
);
