package dev.backoffice.personnel.domain;

/** What kind of absence a leave type is, for reports; a host defines as many types per category as it needs. */
public enum LeaveCategory {
    VACATION,
    SICK,
    UNPAID,
    PARENTAL,
    OTHER
}
