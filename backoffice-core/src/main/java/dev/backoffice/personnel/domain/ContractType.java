package dev.backoffice.personnel.domain;

/** The kind of employment a contract is. */
public enum ContractType {
    FULL_TIME,
    PART_TIME,
    /** Paid through payroll at an hourly rate or a fee, without leave accrual by default. */
    CONTRACTOR
}
