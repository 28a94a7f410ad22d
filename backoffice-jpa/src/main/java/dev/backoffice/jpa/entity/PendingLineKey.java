package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a pending line: its pending entry and its number within the entry. */
@Embeddable
public class PendingLineKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "pending_id", nullable = false, updatable = false)
    private UUID pendingId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    public PendingLineKey() {
    }

    public PendingLineKey(UUID pendingId, int lineNo) {
        this.pendingId = pendingId;
        this.lineNo = lineNo;
    }

    public UUID getPendingId() {
        return pendingId;
    }

    public void setPendingId(UUID pendingId) {
        this.pendingId = pendingId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PendingLineKey other && lineNo == other.lineNo && Objects.equals(pendingId, other.pendingId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pendingId, lineNo);
    }
}
