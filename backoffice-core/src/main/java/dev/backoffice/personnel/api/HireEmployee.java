package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.PersonalData;
import dev.backoffice.personnel.domain.PositionId;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Hires a person.
 *
 * @param number         the employee number, unique in the tenant
 * @param department     optional: the department the employee joins
 * @param position       optional: a position of that department
 * @param actorId        optional: the host's user id the person acts as ({@code Actor.id()}); it
 *                       decides who manages whom when leave is approved
 * @param idempotencyKey optional: the same key again returns the first employee
 */
public record HireEmployee(@NotBlank @Size(max = 32) String number,
                           @PersonalData @NotBlank @Size(max = 100) String givenName,
                           @PersonalData @NotBlank @Size(max = 100) String familyName,
                           @PersonalData @Email @Size(max = 254) String email,
                           @PersonalData @Size(max = 40) String phone,
                           @PersonalData @Size(max = 500) String address,
                           @NotNull LocalDate hireDate,
                           DepartmentId department,
                           PositionId position,
                           @Size(min = 1, max = 128) String actorId,
                           @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A hire without contact details, department or position.
     *
     * @param number     the employee number, unique in the tenant
     * @param givenName  the given name
     * @param familyName the family name
     * @param hireDate   the first day of employment
     * @return the command
     */
    public static HireEmployee of(String number, String givenName, String familyName, LocalDate hireDate) {
        return new HireEmployee(number, givenName, familyName, null, null, null, hireDate, null, null, null, null);
    }

    /**
     * The same hire into a department and position (the position may be null).
     *
     * @param inDepartment the department
     * @param asPosition   a position of that department, or null
     * @return a copy of this command with that assignment
     */
    public HireEmployee in(DepartmentId inDepartment, PositionId asPosition) {
        return new HireEmployee(number, givenName, familyName, email, phone, address, hireDate, inDepartment, asPosition,
                actorId, idempotencyKey);
    }

    /**
     * The same hire with contact details.
     *
     * @param newEmail   the e-mail address, or null
     * @param newPhone   the phone number, or null
     * @param newAddress the postal address, or null
     * @return a copy of this command with those details
     */
    public HireEmployee withContact(String newEmail, String newPhone, String newAddress) {
        return new HireEmployee(number, givenName, familyName, newEmail, newPhone, newAddress, hireDate, department,
                position, actorId, idempotencyKey);
    }

    /**
     * The same hire linked to the host's user id the person acts as.
     *
     * @param newActorId the host's user id
     * @return a copy of this command with that link
     */
    public HireEmployee actingAs(String newActorId) {
        return new HireEmployee(number, givenName, familyName, email, phone, address, hireDate, department, position,
                newActorId, idempotencyKey);
    }

    /**
     * The same hire, made at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first employee
     * @return a copy of this command with that key
     */
    public HireEmployee withIdempotencyKey(String key) {
        return new HireEmployee(number, givenName, familyName, email, phone, address, hireDate, department, position,
                actorId, key);
    }
}
