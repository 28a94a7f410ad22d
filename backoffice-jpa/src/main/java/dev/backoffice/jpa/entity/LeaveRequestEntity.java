package dev.backoffice.jpa.entity;

import dev.backoffice.personnel.domain.LeaveStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code bo_leave_requests}; its days are counted in half days. */
@Entity(name = "BoLeaveRequest")
@Table(name = "bo_leave_requests")
public class LeaveRequestEntity implements VersionedEntity {

    @Id
    @Column(name = "id", nullable = false, updatable = false)
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false, length = 64)
    private String tenantId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private UUID employeeId;

    @Column(name = "leave_type_id", nullable = false, updatable = false)
    private UUID leaveTypeId;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false, updatable = false)
    private LocalDate toDate;

    @Column(name = "starts_afternoon", nullable = false, updatable = false)
    private boolean startsAfternoon;

    @Column(name = "ends_at_noon", nullable = false, updatable = false)
    private boolean endsAtNoon;

    @Column(name = "days_halves", nullable = false, updatable = false)
    private long daysHalves;

    @Column(name = "first_year_days_halves", nullable = false, updatable = false)
    private long firstYearDaysHalves;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private LeaveStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 128)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 128)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "note", length = 1000)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    @Override
    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public UUID getEmployeeId() {
        return employeeId;
    }

    public void setEmployeeId(UUID employeeId) {
        this.employeeId = employeeId;
    }

    public UUID getLeaveTypeId() {
        return leaveTypeId;
    }

    public void setLeaveTypeId(UUID leaveTypeId) {
        this.leaveTypeId = leaveTypeId;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

    public boolean isStartsAfternoon() {
        return startsAfternoon;
    }

    public void setStartsAfternoon(boolean startsAfternoon) {
        this.startsAfternoon = startsAfternoon;
    }

    public boolean isEndsAtNoon() {
        return endsAtNoon;
    }

    public void setEndsAtNoon(boolean endsAtNoon) {
        this.endsAtNoon = endsAtNoon;
    }

    public long getDaysHalves() {
        return daysHalves;
    }

    public void setDaysHalves(long daysHalves) {
        this.daysHalves = daysHalves;
    }

    public long getFirstYearDaysHalves() {
        return firstYearDaysHalves;
    }

    public void setFirstYearDaysHalves(long firstYearDaysHalves) {
        this.firstYearDaysHalves = firstYearDaysHalves;
    }

    public LeaveStatus getStatus() {
        return status;
    }

    public void setStatus(LeaveStatus status) {
        this.status = status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(Instant requestedAt) {
        this.requestedAt = requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Instant decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }


}
