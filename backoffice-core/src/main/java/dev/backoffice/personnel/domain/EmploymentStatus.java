package dev.backoffice.personnel.domain;

/** Where an employee stands. An employee whose termination is recorded is {@link #TERMINATED}, even before the last day. */
public enum EmploymentStatus {
    /** Employed; also after hire and before a recorded termination. */
    ACTIVE,
    /** A termination is recorded, whether or not the last day has passed. */
    TERMINATED,
    /** Terminated, and the personal data erased after the retention period; the history stays. */
    ANONYMIZED
}
