package dev.backoffice.personnel.domain;

/** Where an employee stands. An employee whose termination is recorded is {@link #TERMINATED}, even before the last day. */
public enum EmploymentStatus {
    ACTIVE,
    TERMINATED,
    /** Terminated, and the personal data erased after the retention period; the history stays. */
    ANONYMIZED
}
