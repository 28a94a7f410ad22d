package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a journal line: its entry and its number within the entry. */
@Embeddable
public class JournalLineKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private UUID entryId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    public JournalLineKey() {
    }

    public JournalLineKey(UUID entryId, int lineNo) {
        this.entryId = entryId;
        this.lineNo = lineNo;
    }

    public UUID getEntryId() {
        return entryId;
    }

    public void setEntryId(UUID entryId) {
        this.entryId = entryId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalLineKey other && lineNo == other.lineNo && Objects.equals(entryId, other.entryId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryId, lineNo);
    }
}
