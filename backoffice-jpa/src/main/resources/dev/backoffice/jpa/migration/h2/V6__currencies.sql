-- Currencies: a functional currency per tenant and, on every posted line of such a tenant, its value
-- in that currency with the rate, the rate's date and its source. Lines of tenants without a
-- functional currency keep these columns null.
ALTER TABLE bo_journal_lines ADD COLUMN functional_minor BIGINT;
ALTER TABLE bo_journal_lines ADD COLUMN functional_currency CHAR(3);
ALTER TABLE bo_journal_lines ADD COLUMN exchange_rate NUMERIC(24, 12);
ALTER TABLE bo_journal_lines ADD COLUMN rate_date DATE;
ALTER TABLE bo_journal_lines ADD COLUMN rate_source VARCHAR(64);
ALTER TABLE bo_journal_lines ADD CONSTRAINT bo_journal_lines_functional_ck CHECK (
    (functional_minor IS NULL AND functional_currency IS NULL AND exchange_rate IS NULL AND rate_date IS NULL
        AND rate_source IS NULL)
    OR (functional_minor >= 0 AND functional_currency IS NOT NULL AND exchange_rate >= 0 AND rate_date IS NOT NULL
        AND rate_source IS NOT NULL));
-- an exchange difference moves a foreign-currency account's value only: zero in its own currency
ALTER TABLE bo_journal_lines DROP CONSTRAINT bo_journal_lines_amount_ck;
ALTER TABLE bo_journal_lines ADD CONSTRAINT bo_journal_lines_amount_ck
    CHECK (amount_minor > 0 OR (amount_minor = 0 AND functional_minor > 0));

CREATE TABLE bo_currency_policies (
    tenant_id             VARCHAR(64) NOT NULL,
    functional_currency   CHAR(3)     NOT NULL,
    exchange_gain_account UUID,
    exchange_loss_account UUID,
    version               BIGINT      NOT NULL,
    CONSTRAINT bo_currency_policies_pk PRIMARY KEY (tenant_id),
    CONSTRAINT bo_currency_policies_gain_fk FOREIGN KEY (exchange_gain_account) REFERENCES bo_accounts (id),
    CONSTRAINT bo_currency_policies_loss_fk FOREIGN KEY (exchange_loss_account) REFERENCES bo_accounts (id)
);
