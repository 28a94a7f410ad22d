-- Hot accounts: the running totals of an account that nearly every entry touches (a bank or clearing
-- account) may be spread over up to 64 balance buckets, one row each, so that concurrent postings
-- update different rows instead of queueing on one. The balance is the sum of the rows.
ALTER TABLE bo_accounts ADD COLUMN balance_buckets INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE bo_accounts ADD CONSTRAINT bo_accounts_balance_buckets_ck CHECK (balance_buckets BETWEEN 1 AND 64);
-- a limit is checked against one total: a limited account keeps one bucket
ALTER TABLE bo_accounts ADD CONSTRAINT bo_accounts_limit_one_bucket_ck
    CHECK (balance_limit = 'NONE' OR balance_buckets = 1);

-- Every row carries the account's bucket count, so a posting picks its bucket inside the UPDATE
-- (bucket = mod(random, bucket_count)) without reading the account first. Existing rows become bucket 0 of 1.
ALTER TABLE bo_account_balances ADD COLUMN bucket INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE bo_account_balances ADD COLUMN bucket_count INTEGER DEFAULT 1 NOT NULL;
-- H2 backs the foreign key with the primary key's index: the key is dropped and added again around it
ALTER TABLE bo_account_balances DROP CONSTRAINT bo_account_balances_account_fk;
ALTER TABLE bo_account_balances DROP CONSTRAINT bo_account_balances_pk;
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_pk PRIMARY KEY (account_id, bucket);
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_account_fk
    FOREIGN KEY (account_id) REFERENCES bo_accounts (id);
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_bucket_ck
    CHECK (bucket_count BETWEEN 1 AND 64 AND bucket >= 0 AND bucket < bucket_count);
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_limit_bucket_ck
    CHECK (balance_limit = 'NONE' OR bucket_count = 1);
-- pending amounts (reserved and released) always go to bucket 0, so no bucket's pending total goes negative
ALTER TABLE bo_account_balances ADD CONSTRAINT bo_account_balances_pending_bucket_ck
    CHECK (bucket = 0 OR (pending_debit_minor = 0 AND pending_credit_minor = 0));
