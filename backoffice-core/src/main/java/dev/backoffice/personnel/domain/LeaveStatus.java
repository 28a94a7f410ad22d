package dev.backoffice.personnel.domain;

/** Where a leave request stands. Only pending and approved requests take days from a balance. */
public enum LeaveStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED;

    /** Whether the request holds its days (counts against the balance and against overlapping requests). */
    public boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
