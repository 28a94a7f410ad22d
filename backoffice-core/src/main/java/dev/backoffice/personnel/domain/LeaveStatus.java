package dev.backoffice.personnel.domain;

/** Where a leave request stands. Only pending and approved requests take days from a balance. */
public enum LeaveStatus {
    /** Waiting for a decision; its days count as pending. */
    PENDING,
    /** Approved; its days are taken. */
    APPROVED,
    /** Rejected; it holds no days. */
    REJECTED,
    /** Cancelled by the employee or HR; its days went back. */
    CANCELLED;

    /**
     * Whether the request holds its days (counts against the balance and against overlapping requests).
     *
     * @return true for pending and approved
     */
    public boolean isActive() {
        return this == PENDING || this == APPROVED;
    }
}
