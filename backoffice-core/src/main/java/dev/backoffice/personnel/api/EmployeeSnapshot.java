package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.PersonalData;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.domain.TerminationReason;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee as the personnel records show it. Optional values are null when absent.
 * {@code name} and {@code contact} are personal data: null for an actor without
 * {@code personnel.personal_data.read}.
 */
public record EmployeeSnapshot(EmployeeId id, String number, @PersonalData PersonName name,
                               @PersonalData ContactDetails contact, LocalDate hireDate, LocalDate terminationDate,
                               TerminationReason terminationReason, EmploymentStatus status, DepartmentId department,
                               PositionId position, String actorId, Instant createdAt) {

    /**
     * The snapshot of an employee as it is now, personal data included.
     *
     * @param e the employee
     * @return its immutable snapshot
     */
    public static EmployeeSnapshot of(Employee e) {
        return new EmployeeSnapshot(e.id(), e.number(), e.name(), e.contact(), e.hireDate(),
                e.terminationDate().orElse(null), e.terminationReason().orElse(null), e.status(),
                e.departmentId().orElse(null), e.positionId().orElse(null), e.actorId().orElse(null), e.createdAt());
    }

    /**
     * The same snapshot without its personal data (name and contact null).
     *
     * @return a copy without name and contact
     */
    public EmployeeSnapshot withoutPersonalData() {
        return new EmployeeSnapshot(id, number, null, null, hireDate, terminationDate, terminationReason, status,
                department, position, actorId, createdAt);
    }
}
