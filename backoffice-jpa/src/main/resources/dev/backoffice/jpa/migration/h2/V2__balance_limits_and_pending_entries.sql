-- Balance limits: the rule is kept on the account and, for the database to enforce it, beside the totals.
ALTER TABLE bo_accounts ADD COLUMN balance_limit VARCHAR(40) DEFAULT 'NONE' NOT NULL;
ALTER TABLE bo_accounts ADD CONSTRAINT bo_accounts_balance_limit_ck
    CHECK (balance_limit IN ('NONE', 'DEBITS_MUST_NOT_EXCEED_CREDITS', 'CREDITS_MUST_NOT_EXCEED_DEBITS'));

-- Pending (two-phase) amounts count against limits but not in the posted balance.
ALTER TABLE bo_account_balances ADD COLUMN pending_debit_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bo_account_balances ADD COLUMN pending_credit_minor BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE bo_account_balances ADD COLUMN balance_limit VARCHAR(40) DEFAULT 'NONE' NOT NULL;
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_pending_ck
    CHECK (pending_debit_minor >= 0 AND pending_credit_minor >= 0);
-- the last line of defence: no statement, from the library or anyone else, can store a breached limit
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_limit_ck CHECK (
    balance_limit = 'NONE'
    OR (balance_limit = 'DEBITS_MUST_NOT_EXCEED_CREDITS' AND debit_minor + pending_debit_minor <= credit_minor)
    OR (balance_limit = 'CREDITS_MUST_NOT_EXCEED_DEBITS' AND credit_minor + pending_credit_minor <= debit_minor));

-- Pending (two-phase) entries: balanced lines reserved on their accounts until resolved once
-- (posted in full or in part by one journal entry, voided or expired). The lines never change.
-- posted_entry_id names the posting journal entry; like reversed_by it carries no foreign key (the spi stores
-- a resolution on its own), but no two pending entries can name the same one.
CREATE TABLE bo_pending_entries (
    id               UUID                     NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    accounting_date  DATE                     NOT NULL,
    description      VARCHAR(1000)            NOT NULL,
    source_reference VARCHAR(255),
    status           VARCHAR(16)              NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE,
    created_by       VARCHAR(128)             NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by      VARCHAR(128),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    posted_entry_id  UUID,
    version          BIGINT                   NOT NULL,
    CONSTRAINT bo_pending_entries_pk PRIMARY KEY (id),
    CONSTRAINT bo_pending_entries_posted_entry_uq UNIQUE (posted_entry_id),
    CONSTRAINT bo_pending_entries_status_ck CHECK (status IN ('PENDING', 'POSTED', 'VOIDED', 'EXPIRED')),
    CONSTRAINT bo_pending_entries_resolved_ck CHECK (status = 'PENDING' OR resolved_at IS NOT NULL),
    CONSTRAINT bo_pending_entries_posted_ck CHECK ((status = 'POSTED') = (posted_entry_id IS NOT NULL))
);
-- the sweep of expired entries: a tenant's PENDING entries by timeout
CREATE INDEX bo_pending_entries_due_ix ON bo_pending_entries (tenant_id, status, expires_at);

CREATE TABLE bo_pending_lines (
    pending_id   UUID          NOT NULL,
    line_no      INTEGER       NOT NULL,
    account_id   UUID          NOT NULL,
    side         VARCHAR(6)    NOT NULL,
    amount_minor BIGINT        NOT NULL,
    currency     CHAR(3)       NOT NULL,
    memo         VARCHAR(1000),
    CONSTRAINT bo_pending_lines_pk PRIMARY KEY (pending_id, line_no),
    CONSTRAINT bo_pending_lines_entry_fk FOREIGN KEY (pending_id) REFERENCES bo_pending_entries (id),
    CONSTRAINT bo_pending_lines_account_fk FOREIGN KEY (account_id) REFERENCES bo_accounts (id),
    CONSTRAINT bo_pending_lines_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT bo_pending_lines_side_ck CHECK (side IN ('DEBIT', 'CREDIT'))
);
CREATE INDEX bo_pending_lines_account_ix ON bo_pending_lines (account_id);

CREATE TABLE bo_pending_line_dimensions (
    pending_id UUID         NOT NULL,
    line_no    INTEGER      NOT NULL,
    dim_name   VARCHAR(64)  NOT NULL,
    dim_value  VARCHAR(128) NOT NULL,
    CONSTRAINT bo_pending_line_dimensions_pk PRIMARY KEY (pending_id, line_no, dim_name),
    CONSTRAINT bo_pending_line_dimensions_line_fk FOREIGN KEY (pending_id, line_no)
        REFERENCES bo_pending_lines (pending_id, line_no)
);
