-- Backoffice SDK: the personnel schema (employees, organisation, contracts, leave, timesheets, payroll).
-- H2 (plain mode). Ids are UUIDv7 made by the application; amounts are BIGINT minor units + ISO currency;
-- leave days are counted in half days. Aggregates carry an optimistic version.

CREATE TABLE bo_departments (
    id          UUID                     NOT NULL,
    tenant_id   VARCHAR(64)              NOT NULL,
    code        VARCHAR(64)              NOT NULL,
    name        VARCHAR(255)             NOT NULL,
    parent_id   UUID,
    manager_id  UUID,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL,
    CONSTRAINT bo_departments_pk PRIMARY KEY (id),
    CONSTRAINT bo_departments_tenant_code_uq UNIQUE (tenant_id, code),
    CONSTRAINT bo_departments_parent_fk FOREIGN KEY (parent_id) REFERENCES bo_departments (id),
    CONSTRAINT bo_departments_not_own_parent_ck CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX bo_departments_parent_ix ON bo_departments (tenant_id, parent_id, code);

CREATE TABLE bo_positions (
    id            UUID                     NOT NULL,
    tenant_id     VARCHAR(64)              NOT NULL,
    department_id UUID                     NOT NULL,
    title         VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT bo_positions_pk PRIMARY KEY (id),
    CONSTRAINT bo_positions_department_fk FOREIGN KEY (department_id) REFERENCES bo_departments (id)
);
CREATE INDEX bo_positions_department_ix ON bo_positions (tenant_id, department_id, title);

-- Department and position of an employee, and the manager of a department, are checked by the
-- library within the tenant; they carry no foreign key, so hiring and appointing need no order.
CREATE TABLE bo_employees (
    id                 UUID                     NOT NULL,
    tenant_id          VARCHAR(64)              NOT NULL,
    employee_number    VARCHAR(32)              NOT NULL,
    given_name         VARCHAR(100)             NOT NULL,
    family_name        VARCHAR(100)             NOT NULL,
    email              VARCHAR(2000),
    phone              VARCHAR(2000),
    address            VARCHAR(2000),
    hire_date          DATE                     NOT NULL,
    termination_date   DATE,
    termination_reason VARCHAR(32),
    department_id      UUID,
    position_id        UUID,
    actor_id           VARCHAR(128),
    status             VARCHAR(16)              NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT                   NOT NULL,
    CONSTRAINT bo_employees_pk PRIMARY KEY (id),
    CONSTRAINT bo_employees_tenant_number_uq UNIQUE (tenant_id, employee_number),
    CONSTRAINT bo_employees_status_ck CHECK (status IN ('ACTIVE', 'TERMINATED', 'ANONYMIZED')),
    CONSTRAINT bo_employees_reason_ck CHECK (termination_reason IS NULL OR termination_reason IN
        ('RESIGNATION', 'DISMISSAL', 'END_OF_FIXED_TERM', 'MUTUAL_AGREEMENT', 'RETIREMENT', 'DEATH')),
    CONSTRAINT bo_employees_termination_ck CHECK ((status = 'ACTIVE') = (termination_date IS NULL)
        AND (termination_date IS NULL) = (termination_reason IS NULL)
        AND (termination_date IS NULL OR termination_date >= hire_date))
);
CREATE INDEX bo_employees_department_ix ON bo_employees (tenant_id, department_id, employee_number);
CREATE INDEX bo_employees_actor_ix ON bo_employees (tenant_id, actor_id, employee_number);

CREATE TABLE bo_employment_contracts (
    employee_id UUID        NOT NULL,
    tenant_id   VARCHAR(64) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT bo_employment_contracts_pk PRIMARY KEY (employee_id),
    CONSTRAINT bo_employment_contracts_employee_fk FOREIGN KEY (employee_id) REFERENCES bo_employees (id)
);
CREATE INDEX bo_employment_contracts_tenant_ix ON bo_employment_contracts (tenant_id, employee_id);

-- The effective-dated versions of a contract, numbered from 0 in the order they were added.
CREATE TABLE bo_contract_versions (
    employee_id   UUID                     NOT NULL,
    version_no    INTEGER                  NOT NULL,
    valid_from    DATE                     NOT NULL,
    contract_type VARCHAR(16)              NOT NULL,
    weekly_hours  NUMERIC(5, 2)            NOT NULL,
    pay_basis     VARCHAR(16)              NOT NULL,
    pay_minor     BIGINT                   NOT NULL,
    currency      CHAR(3)                  NOT NULL,
    cost_centre   VARCHAR(64)              NOT NULL,
    recorded_by   VARCHAR(128)             NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT bo_contract_versions_pk PRIMARY KEY (employee_id, version_no),
    CONSTRAINT bo_contract_versions_from_uq UNIQUE (employee_id, valid_from),
    CONSTRAINT bo_contract_versions_contract_fk FOREIGN KEY (employee_id) REFERENCES bo_employment_contracts (employee_id),
    CONSTRAINT bo_contract_versions_type_ck CHECK (contract_type IN ('FULL_TIME', 'PART_TIME')),
    CONSTRAINT bo_contract_versions_basis_ck CHECK (pay_basis IN ('MONTHLY_SALARY', 'HOURLY_RATE')),
    CONSTRAINT bo_contract_versions_hours_ck CHECK (weekly_hours > 0 AND weekly_hours <= 168),
    CONSTRAINT bo_contract_versions_pay_ck CHECK (pay_minor > 0),
    CONSTRAINT bo_contract_versions_no_ck CHECK (version_no >= 0)
);

-- A leave type without accrual plan has neither days per year nor carry-over cap.
CREATE TABLE bo_leave_types (
    id                       UUID                     NOT NULL,
    tenant_id                VARCHAR(64)              NOT NULL,
    code                     VARCHAR(64)              NOT NULL,
    name                     VARCHAR(255)             NOT NULL,
    category                 VARCHAR(16)              NOT NULL,
    paid                     BOOLEAN                  NOT NULL,
    days_per_year_halves     BIGINT,
    carry_over_cap_halves    BIGINT,
    negative_balance_allowed BOOLEAN                  NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT bo_leave_types_pk PRIMARY KEY (id),
    CONSTRAINT bo_leave_types_tenant_code_uq UNIQUE (tenant_id, code),
    CONSTRAINT bo_leave_types_category_ck CHECK (category IN ('VACATION', 'SICK', 'UNPAID', 'PARENTAL')),
    CONSTRAINT bo_leave_types_unpaid_ck CHECK (category <> 'UNPAID' OR NOT paid),
    CONSTRAINT bo_leave_types_plan_ck CHECK ((days_per_year_halves IS NULL) = (carry_over_cap_halves IS NULL)
        AND (days_per_year_halves IS NULL OR (days_per_year_halves BETWEEN 0 AND 732 AND carry_over_cap_halves >= 0)))
);

CREATE TABLE bo_leave_requests (
    id               UUID                     NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    employee_id      UUID                     NOT NULL,
    leave_type_id    UUID                     NOT NULL,
    from_date        DATE                     NOT NULL,
    to_date          DATE                     NOT NULL,
    starts_afternoon BOOLEAN                  NOT NULL,
    ends_at_noon     BOOLEAN                  NOT NULL,
    days_halves      BIGINT                   NOT NULL,
    status           VARCHAR(16)              NOT NULL,
    requested_by     VARCHAR(128)             NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by       VARCHAR(128),
    decided_at       TIMESTAMP WITH TIME ZONE,
    note             VARCHAR(1000),
    version          BIGINT                   NOT NULL,
    CONSTRAINT bo_leave_requests_pk PRIMARY KEY (id),
    CONSTRAINT bo_leave_requests_employee_fk FOREIGN KEY (employee_id) REFERENCES bo_employees (id),
    CONSTRAINT bo_leave_requests_type_fk FOREIGN KEY (leave_type_id) REFERENCES bo_leave_types (id),
    CONSTRAINT bo_leave_requests_status_ck CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
    CONSTRAINT bo_leave_requests_dates_ck CHECK (to_date >= from_date),
    CONSTRAINT bo_leave_requests_days_ck CHECK (days_halves > 0)
);
CREATE INDEX bo_leave_requests_employee_ix ON bo_leave_requests (tenant_id, employee_id, from_date);

CREATE TABLE bo_timesheets (
    id           UUID                     NOT NULL,
    tenant_id    VARCHAR(64)              NOT NULL,
    employee_id  UUID                     NOT NULL,
    week_start   DATE                     NOT NULL,
    status       VARCHAR(16)              NOT NULL,
    submitted_by VARCHAR(128),
    approved_by  VARCHAR(128),
    approved_at  TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT bo_timesheets_pk PRIMARY KEY (id),
    CONSTRAINT bo_timesheets_employee_week_uq UNIQUE (tenant_id, employee_id, week_start),
    CONSTRAINT bo_timesheets_employee_fk FOREIGN KEY (employee_id) REFERENCES bo_employees (id),
    CONSTRAINT bo_timesheets_status_ck CHECK (status IN ('OPEN', 'SUBMITTED', 'APPROVED'))
);

CREATE TABLE bo_timesheet_hours (
    timesheet_id UUID          NOT NULL,
    work_day     DATE          NOT NULL,
    hours        NUMERIC(4, 2) NOT NULL,
    CONSTRAINT bo_timesheet_hours_pk PRIMARY KEY (timesheet_id, work_day),
    CONSTRAINT bo_timesheet_hours_timesheet_fk FOREIGN KEY (timesheet_id) REFERENCES bo_timesheets (id),
    CONSTRAINT bo_timesheet_hours_range_ck CHECK (hours > 0 AND hours <= 24)
);

-- A payroll run of a month (period_month is its first day). One regular run not reversed per
-- tenant and month: bo_payroll_runs_period_uq.
CREATE TABLE bo_payroll_runs (
    id               UUID                     NOT NULL,
    tenant_id        VARCHAR(64)              NOT NULL,
    period_month     DATE                     NOT NULL,
    kind             VARCHAR(16)              NOT NULL,
    reversal_of      UUID,
    reversed_by      UUID,
    status           VARCHAR(16)              NOT NULL,
    currency         CHAR(3)                  NOT NULL,
    prepared_by      VARCHAR(128)             NOT NULL,
    prepared_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    approved_by      VARCHAR(128),
    approved_at      TIMESTAMP WITH TIME ZONE,
    posted_by        VARCHAR(128),
    posted_at        TIMESTAMP WITH TIME ZONE,
    journal_entry_id UUID,
    paid_on          DATE,
    version          BIGINT                   NOT NULL,
    -- H2 has no partial index: the month of a regular run not reversed, else NULL (NULLs never collide)
    holding_month    DATE GENERATED ALWAYS AS (CASE WHEN kind = 'REGULAR' AND reversed_by IS NULL THEN period_month END),
    CONSTRAINT bo_payroll_runs_pk PRIMARY KEY (id),
    CONSTRAINT bo_payroll_runs_period_uq UNIQUE (tenant_id, holding_month),
    CONSTRAINT bo_payroll_runs_reversal_of_fk FOREIGN KEY (reversal_of) REFERENCES bo_payroll_runs (id),
    CONSTRAINT bo_payroll_runs_kind_ck CHECK (kind IN ('REGULAR', 'REVERSAL')),
    CONSTRAINT bo_payroll_runs_status_ck CHECK (status IN ('DRAFT', 'APPROVED', 'POSTED', 'PAID')),
    CONSTRAINT bo_payroll_runs_month_ck CHECK (EXTRACT(DAY FROM period_month) = 1),
    CONSTRAINT bo_payroll_runs_reversal_ck CHECK ((kind = 'REVERSAL') = (reversal_of IS NOT NULL)
        AND (kind = 'REGULAR' OR (reversed_by IS NULL AND status = 'POSTED'))),
    CONSTRAINT bo_payroll_runs_posted_ck CHECK ((status IN ('POSTED', 'PAID')) = (journal_entry_id IS NOT NULL)
        AND (status = 'PAID') = (paid_on IS NOT NULL))
);
CREATE INDEX bo_payroll_runs_tenant_period_ix ON bo_payroll_runs (tenant_id, period_month, prepared_at);

-- One payslip per employee and run, numbered from 1; amounts in the run's currency.
CREATE TABLE bo_payslips (
    run_id             UUID          NOT NULL,
    line_no            INTEGER       NOT NULL,
    employee_id        UUID          NOT NULL,
    employee_number    VARCHAR(32)   NOT NULL,
    cost_centre        VARCHAR(64),
    base_pay_minor     BIGINT        NOT NULL,
    unpaid_leave_minor BIGINT        NOT NULL,
    hours_paid         NUMERIC(9, 2) NOT NULL,
    gross_minor        BIGINT        NOT NULL,
    net_minor          BIGINT        NOT NULL,
    CONSTRAINT bo_payslips_pk PRIMARY KEY (run_id, line_no),
    CONSTRAINT bo_payslips_run_employee_uq UNIQUE (run_id, employee_id),
    CONSTRAINT bo_payslips_run_fk FOREIGN KEY (run_id) REFERENCES bo_payroll_runs (id),
    CONSTRAINT bo_payslips_employee_fk FOREIGN KEY (employee_id) REFERENCES bo_employees (id),
    CONSTRAINT bo_payslips_gross_ck CHECK (gross_minor = base_pay_minor - unpaid_leave_minor)
);
CREATE INDEX bo_payslips_employee_ix ON bo_payslips (employee_id);

-- The deductions (DEDUCTION) and employer contributions (EMPLOYER) of a payslip, in order.
CREATE TABLE bo_payslip_components (
    run_id         UUID        NOT NULL,
    line_no        INTEGER     NOT NULL,
    component_no   INTEGER     NOT NULL,
    component_kind VARCHAR(16) NOT NULL,
    code           VARCHAR(64) NOT NULL,
    amount_minor   BIGINT      NOT NULL,
    CONSTRAINT bo_payslip_components_pk PRIMARY KEY (run_id, line_no, component_no),
    CONSTRAINT bo_payslip_components_payslip_fk FOREIGN KEY (run_id, line_no) REFERENCES bo_payslips (run_id, line_no),
    CONSTRAINT bo_payslip_components_kind_ck CHECK (component_kind IN ('DEDUCTION', 'EMPLOYER'))
);

CREATE TABLE bo_payroll_accounts (
    tenant_id                      VARCHAR(64) NOT NULL,
    salary_expense                 UUID        NOT NULL,
    employer_contribution_expense  UUID        NOT NULL,
    payroll_liabilities            UUID        NOT NULL,
    net_pay_payable                UUID        NOT NULL,
    version                        BIGINT      NOT NULL,
    CONSTRAINT bo_payroll_accounts_pk PRIMARY KEY (tenant_id)
);

-- Append-only payroll is enforced in the database on PostgreSQL only (triggers in PL/pgSQL); on H2
-- the library alone keeps posted runs and their payslips unchanged.
