package dev.backoffice.personnel.domain;

/** The kind of employment a contract is. */
public enum ContractType {
    /** Employed for the full working week. */
    FULL_TIME,
    /** Employed for fewer hours than the full working week. */
    PART_TIME,
    /** Paid through payroll at an hourly rate or a fee, without leave accrual by default. */
    CONTRACTOR
}
