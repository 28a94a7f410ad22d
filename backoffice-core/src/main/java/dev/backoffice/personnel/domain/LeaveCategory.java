package dev.backoffice.personnel.domain;

/** What kind of absence a leave type is, for reports; a host defines as many types per category as it needs. */
public enum LeaveCategory {
    /** Paid time off earned over the year. */
    VACATION,
    /** Absence through illness. */
    SICK,
    /** Time off without pay; payroll deducts it. */
    UNPAID,
    /** Maternity, paternity and parental leave. */
    PARENTAL,
    /** Any other absence the host defines. */
    OTHER
}
