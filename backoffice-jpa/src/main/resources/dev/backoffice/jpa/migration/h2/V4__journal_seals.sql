-- Backoffice SDK: tamper evidence, a hash chain of the posted journal entries of each tenant.
-- H2 (plain mode). Same tables as the PostgreSQL script.

-- One row per tenant: the end of its chain. A sealer locks it FOR UPDATE (one sealer per tenant at a time);
-- postings never touch it. Created on a tenant's first seal; sequence 0 and 64 zeros before any seal.
CREATE TABLE bo_journal_chain_heads (
    tenant_id     VARCHAR(64) NOT NULL,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL,
    CONSTRAINT bo_journal_chain_heads_pk PRIMARY KEY (tenant_id),
    CONSTRAINT bo_journal_chain_heads_sequence_ck CHECK (last_sequence >= 0)
);

-- The seals, insert-only: sequence 1..n per tenant without gaps, one per posted entry.
-- entry_hash = SHA-256 of the entry's canonical form; chain_hash = SHA-256(previous chain_hash || entry_hash).
CREATE TABLE bo_journal_seals (
    tenant_id      VARCHAR(64)              NOT NULL,
    sequence_no    BIGINT                   NOT NULL,
    entry_id       UUID                     NOT NULL,
    digest_version INTEGER                  NOT NULL,
    entry_hash     VARCHAR(64)              NOT NULL,
    chain_hash     VARCHAR(64)              NOT NULL,
    sealed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_journal_seals_pk PRIMARY KEY (tenant_id, sequence_no),
    CONSTRAINT bo_journal_seals_entry_uq UNIQUE (entry_id),
    CONSTRAINT bo_journal_seals_entry_fk FOREIGN KEY (entry_id) REFERENCES bo_journal_entries (id),
    CONSTRAINT bo_journal_seals_sequence_ck CHECK (sequence_no >= 1)
);

-- The sealer reads a tenant's posted entries without a seal in posting order (NOT EXISTS on bo_journal_seals_entry_uq).
CREATE INDEX bo_journal_entries_tenant_posted_ix ON bo_journal_entries (tenant_id, posted_at, id);
