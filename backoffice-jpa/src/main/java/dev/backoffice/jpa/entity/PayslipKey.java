package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a payslip: its payroll run and its number within the run. */
@Embeddable
public class PayslipKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "run_id", nullable = false, updatable = false)
    private UUID runId;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    public PayslipKey() {
    }

    public PayslipKey(UUID runId, int lineNo) {
        this.runId = runId;
        this.lineNo = lineNo;
    }

    public UUID getRunId() {
        return runId;
    }

    public void setRunId(UUID runId) {
        this.runId = runId;
    }

    public int getLineNo() {
        return lineNo;
    }

    public void setLineNo(int lineNo) {
        this.lineNo = lineNo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayslipKey other && lineNo == other.lineNo && Objects.equals(runId, other.runId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(runId, lineNo);
    }
}
