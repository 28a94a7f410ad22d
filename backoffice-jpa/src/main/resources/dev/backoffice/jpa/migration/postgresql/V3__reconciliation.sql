-- Backoffice SDK: reconciliation of bank and clearing accounts.
-- PostgreSQL. Same tables as the H2 script.

-- A reconciliation, active or undone: the row stays after an undo, as history.
CREATE TABLE bo_reconciliations (
    id            UUID                     NOT NULL,
    tenant_id     VARCHAR(64)              NOT NULL,
    account_id    UUID                     NOT NULL,
    status        VARCHAR(16)              NOT NULL,
    reconciled_by VARCHAR(128)             NOT NULL,
    reconciled_at TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_by     VARCHAR(128),
    undone_at     TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL,
    CONSTRAINT bo_reconciliations_pk PRIMARY KEY (id),
    CONSTRAINT bo_reconciliations_account_fk FOREIGN KEY (account_id) REFERENCES bo_accounts (id),
    CONSTRAINT bo_reconciliations_status_ck CHECK (status IN ('ACTIVE', 'UNDONE')),
    CONSTRAINT bo_reconciliations_undone_ck CHECK (status = 'ACTIVE' OR (undone_by IS NOT NULL AND undone_at IS NOT NULL))
);
CREATE INDEX bo_reconciliations_account_ix ON bo_reconciliations (tenant_id, account_id, reconciled_at);

-- The journal lines a reconciliation matched, with the date, side and amount they were posted with (kept after an undo).
CREATE TABLE bo_reconciliation_lines (
    reconciliation_id UUID        NOT NULL,
    entry_id          UUID        NOT NULL,
    line_no           INTEGER     NOT NULL,
    accounting_date   DATE        NOT NULL,
    side              VARCHAR(6)  NOT NULL,
    amount_minor      BIGINT      NOT NULL,
    currency          CHAR(3)     NOT NULL,
    CONSTRAINT bo_reconciliation_lines_pk PRIMARY KEY (reconciliation_id, entry_id, line_no),
    CONSTRAINT bo_reconciliation_lines_reconciliation_fk FOREIGN KEY (reconciliation_id) REFERENCES bo_reconciliations (id),
    CONSTRAINT bo_reconciliation_lines_line_fk FOREIGN KEY (entry_id, line_no) REFERENCES bo_journal_lines (entry_id, line_no),
    CONSTRAINT bo_reconciliation_lines_amount_ck CHECK (amount_minor > 0),
    CONSTRAINT bo_reconciliation_lines_side_ck CHECK (side IN ('DEBIT', 'CREDIT'))
);
CREATE INDEX bo_reconciliation_lines_line_ix ON bo_reconciliation_lines (entry_id, line_no);

-- The lines ACTIVE reconciliations hold, one row per line: the primary key makes a line belong to at most one
-- active reconciliation, also under concurrency (the second insert fails). Rows are deleted when the reconciliation is undone.
CREATE TABLE bo_reconciled_lines (
    tenant_id         VARCHAR(64) NOT NULL,
    entry_id          UUID        NOT NULL,
    line_no           INTEGER     NOT NULL,
    reconciliation_id UUID        NOT NULL,
    CONSTRAINT bo_reconciled_lines_pk PRIMARY KEY (tenant_id, entry_id, line_no),
    CONSTRAINT bo_reconciled_lines_line_fk FOREIGN KEY (reconciliation_id, entry_id, line_no)
        REFERENCES bo_reconciliation_lines (reconciliation_id, entry_id, line_no)
);
CREATE INDEX bo_reconciled_lines_reconciliation_ix ON bo_reconciled_lines (reconciliation_id);
