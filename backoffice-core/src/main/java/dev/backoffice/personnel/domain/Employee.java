package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person employed by the tenant. The employee number is unique in the tenant. Employment runs
 * from the hire date to the termination date, both inclusive; an employee without a termination
 * date is employed from the hire date on. The fields marked {@link PersonalData} (name, contact
 * details) are erased by {@link #anonymize()}; the number, dates and assignments stay so that the
 * history (payslips, leave, the ledger) still adds up.
 */
public final class Employee {

    private final EmployeeId id;
    private final TenantId tenant;
    private final String number;
    @PersonalData
    private PersonName name;
    @PersonalData
    private ContactDetails contact;
    private final LocalDate hireDate;
    private LocalDate terminationDate;
    private TerminationReason terminationReason;
    private DepartmentId departmentId;
    private PositionId positionId;
    private String actorId;
    private EmploymentStatus status;
    private final Instant createdAt;
    private final long version;

    private Employee(EmployeeId id, TenantId tenant, String number, PersonName name, ContactDetails contact,
                     LocalDate hireDate, LocalDate terminationDate, TerminationReason terminationReason,
                     DepartmentId departmentId, PositionId positionId, String actorId, EmploymentStatus status,
                     Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.number = Objects.requireNonNull(number, "number");
        this.name = Objects.requireNonNull(name, "name");
        this.contact = Objects.requireNonNull(contact, "contact");
        this.hireDate = Objects.requireNonNull(hireDate, "hireDate");
        this.terminationDate = terminationDate;
        this.terminationReason = terminationReason;
        this.departmentId = departmentId;
        this.positionId = positionId;
        this.actorId = actorId;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /** Hires a person: an active employee from the hire date, in a department and position or none yet. */
    public static Employee hire(EmployeeId id, TenantId tenant, String number, PersonName name, ContactDetails contact,
                                LocalDate hireDate, DepartmentId department, PositionId position, Instant now) {
        if (number == null || number.isBlank() || number.strip().length() > 32) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_INVALID, "An employee number of 1 to 32 characters is required.");
        }
        if (hireDate == null) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_INVALID, "A hire date is required.");
        }
        return new Employee(id, tenant, number.strip(), name, contact == null ? ContactDetails.NONE : contact, hireDate,
                null, null, department, position, null, EmploymentStatus.ACTIVE, now, 0);
    }

    /** Rebuilds a stored employee (for adapters). */
    public static Employee restore(EmployeeId id, TenantId tenant, String number, PersonName name,
                                   ContactDetails contact, LocalDate hireDate, LocalDate terminationDate,
                                   TerminationReason terminationReason, DepartmentId departmentId,
                                   PositionId positionId, String actorId, EmploymentStatus status, Instant createdAt,
                                   long version) {
        return new Employee(id, tenant, number, name, contact, hireDate, terminationDate, terminationReason,
                departmentId, positionId, actorId, status, createdAt, version);
    }

    /**
     * Links the employee to the host's user id ({@link dev.backoffice.common.Actor#id()}) the person
     * acts as, or unlinks with null. The link tells who is whose manager when leave is approved,
     * and keeps a person from approving their own leave.
     */
    public void linkActor(String newActorId) {
        requireNotAnonymized();
        this.actorId = newActorId == null || newActorId.isBlank() ? null : newActorId.strip();
    }

    public void rename(PersonName newName) {
        requireNotAnonymized();
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public void changeContact(ContactDetails newContact) {
        requireNotAnonymized();
        this.contact = newContact == null ? ContactDetails.NONE : newContact;
    }

    /**
     * Assigns the employee to a department and a position (either may be null); the caller has
     * checked that the position belongs to the department.
     */
    public void assign(DepartmentId department, PositionId position) {
        requireNotAnonymized();
        this.departmentId = department;
        this.positionId = position;
    }

    /**
     * Records the end of the employment: the last day worked (inclusive, on or after the hire
     * date) and why.
     */
    public void terminate(LocalDate lastDay, TerminationReason reason) {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(reason, "reason");
        if (status != EmploymentStatus.ACTIVE) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_ALREADY_TERMINATED,
                    "Employee " + number + " is already terminated.");
        }
        if (lastDay.isBefore(hireDate)) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_INVALID,
                    "The termination date of employee " + number + " lies before the hire date " + hireDate + ".");
        }
        this.terminationDate = lastDay;
        this.terminationReason = reason;
        this.status = EmploymentStatus.TERMINATED;
    }

    /**
     * Erases the personal data of a terminated employee: the name becomes a placeholder made from
     * the number, the contact details are dropped. Number, dates and assignments stay.
     */
    public void anonymize() {
        if (status == EmploymentStatus.ANONYMIZED) {
            return;
        }
        if (status != EmploymentStatus.TERMINATED) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_NOT_EMPLOYED,
                    "Only a terminated employee can be anonymized.");
        }
        this.name = new PersonName("Anonymized", number);
        this.contact = ContactDetails.NONE;
        this.actorId = null;
        this.status = EmploymentStatus.ANONYMIZED;
    }

    private void requireNotAnonymized() {
        if (status == EmploymentStatus.ANONYMIZED) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_ANONYMIZED,
                    "Employee " + number + " is anonymized and cannot be changed.");
        }
    }

    /** Whether the employee is employed on the day: on or after the hire date, on or before the termination date. */
    public boolean isEmployedOn(LocalDate day) {
        return !day.isBefore(hireDate) && (terminationDate == null || !day.isAfter(terminationDate));
    }

    /** Whether any day of the range (both inclusive) falls in the employment. */
    public boolean isEmployedDuring(LocalDate from, LocalDate to) {
        return !to.isBefore(hireDate) && (terminationDate == null || !from.isAfter(terminationDate));
    }

    public EmployeeId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String number() {
        return number;
    }

    @PersonalData
    public PersonName name() {
        return name;
    }

    @PersonalData
    public ContactDetails contact() {
        return contact;
    }

    public LocalDate hireDate() {
        return hireDate;
    }

    public Optional<LocalDate> terminationDate() {
        return Optional.ofNullable(terminationDate);
    }

    public Optional<TerminationReason> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    public Optional<DepartmentId> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    public Optional<PositionId> positionId() {
        return Optional.ofNullable(positionId);
    }

    /** The host's user id this employee acts as, if linked. */
    public Optional<String> actorId() {
        return Optional.ofNullable(actorId);
    }

    public EmploymentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The stored version this object was read at, for optimistic locking. */
    public long version() {
        return version;
    }
}
