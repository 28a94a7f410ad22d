-- Backoffice SDK: the ledger schema (accounts context, audit trail, idempotency keys, outbox).
-- H2 (plain mode, no compatibility mode needed). Ids are UUIDv7 made by the application; amounts are BIGINT minor units + ISO currency.

CREATE TABLE bo_accounts (
    id           UUID                     NOT NULL,
    tenant_id    VARCHAR(64)              NOT NULL,
    code         VARCHAR(64)              NOT NULL,
    name         VARCHAR(255)             NOT NULL,
    account_type VARCHAR(16)              NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    parent_id    UUID,
    status       VARCHAR(16)              NOT NULL,
    leaf         BOOLEAN                  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL,
    CONSTRAINT bo_accounts_pk PRIMARY KEY (id),
    CONSTRAINT bo_accounts_tenant_code_uq UNIQUE (tenant_id, code),
    CONSTRAINT bo_accounts_parent_fk FOREIGN KEY (parent_id) REFERENCES bo_accounts (id),
    CONSTRAINT bo_accounts_type_ck CHECK (account_type IN ('ASSET', 'LIABILITY', 'EQUITY', 'REVENUE', 'EXPENSE')),
    CONSTRAINT bo_accounts_status_ck CHECK (status IN ('ACTIVE', 'CLOSED'))
);
CREATE INDEX bo_accounts_parent_ix ON bo_accounts (tenant_id, parent_id, code);

-- Running totals, no version: updated only by one atomic statement per account (debit = debit + ?).
CREATE TABLE bo_account_balances (
    account_id   UUID        NOT NULL,
    tenant_id    VARCHAR(64) NOT NULL,
    currency     CHAR(3)     NOT NULL,
    debit_minor  BIGINT      NOT NULL,
    credit_minor BIGINT      NOT NULL,
    CONSTRAINT bo_account_balances_pk PRIMARY KEY (account_id),
    CONSTRAINT bo_account_balances_account_fk FOREIGN KEY (account_id) REFERENCES bo_accounts (id),
    CONSTRAINT bo_account_balances_totals_ck CHECK (debit_minor >= 0 AND credit_minor >= 0)
);
CREATE INDEX bo_account_balances_tenant_ix ON bo_account_balances (tenant_id);

CREATE TABLE bo_journal_entries (
    id               UUID                     NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    accounting_date  DATE                     NOT NULL,
    description      VARCHAR(1000)            NOT NULL,
    source_reference VARCHAR(255),
    status           VARCHAR(16)              NOT NULL,
    reversal_of      UUID,
    reversed_by      UUID,
    created_by       VARCHAR(128)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    posted_by        VARCHAR(128),
    posted_at        TIMESTAMP WITH TIME ZONE,
    version          BIGINT                   NOT NULL,
    CONSTRAINT bo_journal_entries_pk PRIMARY KEY (id),
    CONSTRAINT bo_journal_entries_reversal_fk FOREIGN KEY (reversal_of) REFERENCES bo_journal_entries (id),
    CONSTRAINT bo_journal_entries_status_ck CHECK (status IN ('DRAFT', 'POSTED', 'REVERSED')),
    CONSTRAINT bo_journal_entries_posted_ck CHECK (status = 'DRAFT' OR posted_at IS NOT NULL)
);
CREATE INDEX bo_journal_entries_tenant_date_ix ON bo_journal_entries (tenant_id, accounting_date);

-- Lines carry tenant, account, date and the posted flag of their entry, for as-of totals and statements.
CREATE TABLE bo_journal_lines (
    entry_id        UUID          NOT NULL,
    line_no         INTEGER       NOT NULL,
    tenant_id       VARCHAR(64)   NOT NULL,
    account_id      UUID          NOT NULL,
    accounting_date DATE          NOT NULL,
    posted          BOOLEAN       NOT NULL,
    side            VARCHAR(6)    NOT NULL,
    amount_minor    BIGINT        NOT NULL,
    currency        CHAR(3)       NOT NULL,
    memo            VARCHAR(1000),
    CONSTRAINT bo_journal_lines_pk PRIMARY KEY (entry_id, line_no),
    CONSTRAINT bo_journal_lines_entry_fk FOREIGN KEY (entry_id) REFERENCES bo_journal_entries (id),
    CONSTRAINT bo_journal_lines_account_fk FOREIGN KEY (account_id) REFERENCES bo_accounts (id),
    CONSTRAINT bo_journal_lines_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT bo_journal_lines_side_ck CHECK (side IN ('DEBIT', 'CREDIT'))
);
CREATE INDEX bo_journal_lines_account_date_ix ON bo_journal_lines (tenant_id, account_id, accounting_date);

CREATE TABLE bo_journal_line_dimensions (
    entry_id  UUID         NOT NULL,
    line_no   INTEGER      NOT NULL,
    dim_name  VARCHAR(64)  NOT NULL,
    dim_value VARCHAR(128) NOT NULL,
    CONSTRAINT bo_journal_line_dimensions_pk PRIMARY KEY (entry_id, line_no, dim_name),
    CONSTRAINT bo_journal_line_dimensions_line_fk FOREIGN KEY (entry_id, line_no)
        REFERENCES bo_journal_lines (entry_id, line_no)
);

CREATE TABLE bo_fiscal_years (
    id         UUID        NOT NULL,
    tenant_id  VARCHAR(64) NOT NULL,
    name       VARCHAR(64) NOT NULL,
    start_date DATE        NOT NULL,
    end_date   DATE        NOT NULL,
    version    BIGINT      NOT NULL,
    CONSTRAINT bo_fiscal_years_pk PRIMARY KEY (id),
    CONSTRAINT bo_fiscal_years_dates_ck CHECK (end_date >= start_date)
);
CREATE INDEX bo_fiscal_years_tenant_dates_ix ON bo_fiscal_years (tenant_id, start_date, end_date);

CREATE TABLE bo_fiscal_periods (
    fiscal_year_id UUID        NOT NULL,
    period_no      INTEGER     NOT NULL,
    start_date     DATE        NOT NULL,
    end_date       DATE        NOT NULL,
    status         VARCHAR(16) NOT NULL,
    CONSTRAINT bo_fiscal_periods_pk PRIMARY KEY (fiscal_year_id, period_no),
    CONSTRAINT bo_fiscal_periods_year_fk FOREIGN KEY (fiscal_year_id) REFERENCES bo_fiscal_years (id),
    CONSTRAINT bo_fiscal_periods_dates_ck CHECK (end_date >= start_date),
    CONSTRAINT bo_fiscal_periods_status_ck CHECK (status IN ('OPEN', 'CLOSED', 'LOCKED'))
);

-- The key of a second request with the same idempotency key collides here, and its retry finds the first result.
CREATE TABLE bo_idempotency_keys (
    tenant_id   VARCHAR(64)              NOT NULL,
    idem_key    VARCHAR(255)             NOT NULL,
    operation   VARCHAR(128)             NOT NULL,
    fingerprint VARCHAR(255)             NOT NULL,
    result_id   UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_idempotency_keys_pk PRIMARY KEY (tenant_id, idem_key)
);

CREATE TABLE bo_audit_records (
    id           UUID                     NOT NULL,
    tenant_id    VARCHAR(64)              NOT NULL,
    actor_id     VARCHAR(128)             NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    action       VARCHAR(128)             NOT NULL,
    subject_type VARCHAR(128)             NOT NULL,
    subject_id   UUID                     NOT NULL,
    detail       VARCHAR(2000)            NOT NULL,
    CONSTRAINT bo_audit_records_pk PRIMARY KEY (id)
);
CREATE INDEX bo_audit_records_tenant_time_ix ON bo_audit_records (tenant_id, occurred_at, id);
CREATE INDEX bo_audit_records_subject_ix ON bo_audit_records (tenant_id, subject_id);

-- Domain events written in the same transaction as the change; payload is the Java-serialized event.
CREATE TABLE bo_outbox_events (
    event_id     UUID                     NOT NULL,
    tenant_id    VARCHAR(64)              NOT NULL,
    event_type   VARCHAR(128)             NOT NULL,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    payload      VARBINARY                NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT bo_outbox_events_pk PRIMARY KEY (event_id)
);
CREATE INDEX bo_outbox_events_unpublished_ix ON bo_outbox_events (published_at, occurred_at, event_id);
