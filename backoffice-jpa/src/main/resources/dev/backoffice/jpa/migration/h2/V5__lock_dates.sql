-- The tenant's lock date, carried by each of its fiscal years: a posting reads its fiscal year
-- anyway (under a shared lock), so checking the lock date costs no extra query.
ALTER TABLE bo_fiscal_years ADD COLUMN lock_date DATE;
