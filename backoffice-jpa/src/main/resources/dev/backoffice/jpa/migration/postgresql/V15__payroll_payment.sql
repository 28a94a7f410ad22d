-- Payroll payment, payroll reads per period, leave across the new year.
--
-- The bank or cash account each tenant pays net pay out of (null while not set: runs are then
-- posted but not paid), and the payment journal entry of a paid run (for a reversal run of a paid
-- run, the entry that reversed the payment). Runs paid before this migration keep no payment entry.
ALTER TABLE bo_payroll_accounts ADD COLUMN bank_account UUID;
ALTER TABLE bo_payroll_runs ADD COLUMN payment_entry_id UUID;
ALTER TABLE bo_payroll_runs ADD CONSTRAINT bo_payroll_runs_payment_ck
    CHECK (payment_entry_id IS NULL OR status = 'PAID' OR kind = 'REVERSAL');

-- A payroll run reads the timesheets and leave requests of every employee of the month at once.
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

-- Append-only payroll (V11) with the payment: marking a posted run paid sets the day paid and the
-- payment entry together, once; nothing else of a posted or paid run changes but the reversal mark.
CREATE OR REPLACE FUNCTION bo_refuse_posted_payroll_run_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('DRAFT', 'APPROVED') THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'UPDATE'
        AND NEW.id = OLD.id AND NEW.tenant_id = OLD.tenant_id AND NEW.period_month = OLD.period_month
        AND NEW.kind = OLD.kind AND NEW.reversal_of IS NOT DISTINCT FROM OLD.reversal_of
        AND NEW.currency = OLD.currency
        AND NEW.prepared_by = OLD.prepared_by AND NEW.prepared_at = OLD.prepared_at
        AND NEW.approved_by IS NOT DISTINCT FROM OLD.approved_by AND NEW.approved_at IS NOT DISTINCT FROM OLD.approved_at
        AND NEW.posted_by IS NOT DISTINCT FROM OLD.posted_by AND NEW.posted_at IS NOT DISTINCT FROM OLD.posted_at
        AND NEW.journal_entry_id IS NOT DISTINCT FROM OLD.journal_entry_id
        AND ((NEW.status = OLD.status AND NEW.paid_on IS NOT DISTINCT FROM OLD.paid_on
              AND NEW.payment_entry_id IS NOT DISTINCT FROM OLD.payment_entry_id)
             OR (OLD.status = 'POSTED' AND NEW.status = 'PAID' AND OLD.paid_on IS NULL AND NEW.paid_on IS NOT NULL
                 AND OLD.payment_entry_id IS NULL))
        AND (NEW.reversed_by IS NOT DISTINCT FROM OLD.reversed_by
             OR (OLD.reversed_by IS NULL AND NEW.reversed_by IS NOT NULL)) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'payroll run % is posted: it is never changed or deleted, only marked paid or reversed', OLD.id
        USING ERRCODE = '55000';
END;
$$;
