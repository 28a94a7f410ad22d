package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adds a position to a department. */
public record CreatePosition(@NotNull DepartmentId department, @NotBlank @Size(max = 200) String title,
                             @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A position in a department.
     *
     * @param department the department
     * @param title      the position's title
     * @return the command
     */
    public static CreatePosition of(DepartmentId department, String title) {
        return new CreatePosition(department, title, null);
    }
}
