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

    /**
     * Hires a person: an active employee from the hire date, in a department and position or none yet.
     *
     * @param id         its id
     * @param tenant     the tenant it belongs to
     * @param number     the employee number, unique in the tenant
     * @param name       the person's name
     * @param contact    the contact details
     * @param hireDate   the first day of employment
     * @param department the department, or null
     * @param position   the position, or null
     * @param now        the time of the change, from the injected clock
     * @return the active employee
     */
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

    /**
     * Rebuilds a stored employee (for adapters).
     *
     * @param id                its id
     * @param tenant            the tenant it belongs to
     * @param number            the employee number
     * @param name              the name
     * @param contact           the contact details
     * @param hireDate          the first day of employment
     * @param terminationDate   the last day, or null
     * @param terminationReason why it ended, or null
     * @param departmentId      the department, or null
     * @param positionId        the position, or null
     * @param actorId           the linked user id, or null
     * @param status            active, terminated or anonymized
     * @param createdAt         when it was created
     * @param version           the stored version it was read at
     * @return the employee as stored
     */
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
     *
     * @param newActorId the host's user id, or null
     */
    public void linkActor(String newActorId) {
        requireNotAnonymized();
        this.actorId = newActorId == null || newActorId.isBlank() ? null : newActorId.strip();
    }

    /**
     * Replaces the name ({@code personnel.employee.anonymized} once anonymized).
     *
     * @param newName the new name
     */
    public void rename(PersonName newName) {
        requireNotAnonymized();
        this.name = Objects.requireNonNull(newName, "newName");
    }

    /**
     * Replaces the contact details ({@code personnel.employee.anonymized} once anonymized).
     *
     * @param newContact the new contact details
     */
    public void changeContact(ContactDetails newContact) {
        requireNotAnonymized();
        this.contact = newContact == null ? ContactDetails.NONE : newContact;
    }

    /**
     * Assigns the employee to a department and a position (either may be null); the caller has
     * checked that the position belongs to the department.
     *
     * @param department the department, or null
     * @param position   the position, or null
     */
    public void assign(DepartmentId department, PositionId position) {
        requireNotAnonymized();
        this.departmentId = department;
        this.positionId = position;
    }

    /**
     * Records the end of the employment: the last day worked (inclusive, on or after the hire
     * date) and why.
     *
     * @param lastDay the last day worked
     * @param reason  why the employment ended
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

    /**
     * Whether the employee is employed on the day: on or after the hire date, on or before the termination
     * date.
     *
     * @param day the day
     * @return true when employed on it
     */
    public boolean isEmployedOn(LocalDate day) {
        return !day.isBefore(hireDate) && (terminationDate == null || !day.isAfter(terminationDate));
    }

    /**
     * Whether any day of the range (both inclusive) falls in the employment.
     *
     * @param from the first day, inclusive
     * @param to   the last day, inclusive
     * @return true when employed on any of them
     */
    public boolean isEmployedDuring(LocalDate from, LocalDate to) {
        return !to.isBefore(hireDate) && (terminationDate == null || !from.isAfter(terminationDate));
    }

    /**
     * The employee's id.
     *
     * @return the employee's id
     */
    public EmployeeId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The employee number, unique in the tenant.
     *
     * @return the employee number, unique in the tenant
     */
    public String number() {
        return number;
    }

    /**
     * The person's name (personal data).
     *
     * @return the person's name (personal data)
     */
    @PersonalData
    public PersonName name() {
        return name;
    }

    /**
     * The contact details (personal data).
     *
     * @return the contact details (personal data)
     */
    @PersonalData
    public ContactDetails contact() {
        return contact;
    }

    /**
     * The first day of employment.
     *
     * @return the first day of employment
     */
    public LocalDate hireDate() {
        return hireDate;
    }

    /**
     * The last day, or empty while no termination is recorded.
     *
     * @return the last day, or empty while no termination is recorded
     */
    public Optional<LocalDate> terminationDate() {
        return Optional.ofNullable(terminationDate);
    }

    /**
     * Why the employment ended, or empty.
     *
     * @return why the employment ended, or empty
     */
    public Optional<TerminationReason> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }

    /**
     * The department, or empty.
     *
     * @return the department, or empty
     */
    public Optional<DepartmentId> departmentId() {
        return Optional.ofNullable(departmentId);
    }

    /**
     * The position, or empty.
     *
     * @return the position, or empty
     */
    public Optional<PositionId> positionId() {
        return Optional.ofNullable(positionId);
    }

    /**
     * The host's user id this employee acts as, if linked.
     *
     * @return the user id, or empty
     */
    public Optional<String> actorId() {
        return Optional.ofNullable(actorId);
    }

    /**
     * Active, terminated or anonymized.
     *
     * @return active, terminated or anonymized
     */
    public EmploymentStatus status() {
        return status;
    }

    /**
     * When the employee was hired in the system.
     *
     * @return when the employee was hired in the system
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version, 0 for an employee never stored
     */
    public long version() {
        return version;
    }
}
