package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.PersonalData;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Replaces an employee's name and contact details (null contact parts: unknown). */
public record ChangeEmployeeDetails(@NotNull EmployeeId employee,
                                    @PersonalData @NotBlank @Size(max = 100) String givenName,
                                    @PersonalData @NotBlank @Size(max = 100) String familyName,
                                    @PersonalData @Email @Size(max = 254) String email,
                                    @PersonalData @Size(max = 40) String phone,
                                    @PersonalData @Size(max = 500) String address) {
}
