-- Payroll payment, payroll reads per period, leave across the new year (see the PostgreSQL migration; on H2 the library
-- alone keeps posted runs unchanged).
ALTER TABLE bo_payroll_accounts ADD COLUMN bank_account UUID;

CREATE TABLE bo_payroll_payment_entries (
    run_id           UUID    NOT NULL,
    entry_no         INTEGER NOT NULL,
    journal_entry_id UUID    NOT NULL,
    CONSTRAINT bo_payroll_payment_entries_pk PRIMARY KEY (run_id, entry_no),
    CONSTRAINT bo_payroll_payment_entries_entry_uq UNIQUE (journal_entry_id),
    CONSTRAINT bo_payroll_payment_entries_run_fk FOREIGN KEY (run_id) REFERENCES bo_payroll_runs (id)
);

CREATE INDEX bo_timesheets_period_ix ON bo_timesheets (tenant_id, week_start);
CREATE INDEX bo_leave_requests_period_ix ON bo_leave_requests (tenant_id, from_date);

-- A leave request may span one new year: the working days of its first year (all of its days when
-- it stays within one year) count against that year's balance, the rest against the next year's.
ALTER TABLE bo_leave_requests ADD COLUMN first_year_days_halves BIGINT;
UPDATE bo_leave_requests SET first_year_days_halves = days_halves;
ALTER TABLE bo_leave_requests ALTER COLUMN first_year_days_halves SET NOT NULL;
ALTER TABLE bo_leave_requests ADD CONSTRAINT bo_leave_requests_years_ck
    CHECK (EXTRACT(YEAR FROM to_date) - EXTRACT(YEAR FROM from_date) <= 1
        AND first_year_days_halves >= 0 AND first_year_days_halves <= days_halves
        AND (EXTRACT(YEAR FROM to_date) > EXTRACT(YEAR FROM from_date) OR first_year_days_halves = days_halves));
