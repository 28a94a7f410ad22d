-- Payroll payment and payroll reads per period (see the PostgreSQL migration; on H2 the library
-- alone keeps posted runs unchanged).
ALTER TABLE bo_payroll_accounts ADD COLUMN bank_account UUID;
ALTER TABLE bo_payroll_runs ADD COLUMN payment_entry_id UUID;
ALTER TABLE bo_payroll_runs ADD CONSTRAINT bo_payroll_runs_payment_ck
    CHECK (payment_entry_id IS NULL OR status = 'PAID' OR kind = 'REVERSAL');

CREATE INDEX bo_timesheets_period_ix ON bo_timesheets (tenant_id, week_start);
CREATE INDEX bo_leave_requests_period_ix ON bo_leave_requests (tenant_id, from_date);
