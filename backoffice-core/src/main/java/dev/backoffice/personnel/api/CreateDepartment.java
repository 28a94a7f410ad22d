package dev.backoffice.personnel.api;

import dev.backoffice.personnel.domain.DepartmentId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds a department.
 *
 * @param code           unique in the tenant, for example {@code FIN} or {@code FIN.AP}
 * @param parent         the parent department, or null for a root
 * @param idempotencyKey optional: the same key again returns the first department
 */
public record CreateDepartment(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                                       message = "must be letters, digits, '.', '_' or '-'") String code,
                               @NotBlank @Size(max = 200) String name,
                               DepartmentId parent,
                               @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A department at the top of the tree.
     *
     * @param code unique in the tenant
     * @param name the name people see
     * @return the command
     */
    public static CreateDepartment root(String code, String name) {
        return new CreateDepartment(code, name, null, null);
    }

    /**
     * A department under another.
     *
     * @param parent the parent department
     * @param code   unique in the tenant
     * @param name   the name people see
     * @return the command
     */
    public static CreateDepartment under(DepartmentId parent, String code, String name) {
        return new CreateDepartment(code, name, parent, null);
    }

    /**
     * The same department, created at most once for this key.
     *
     * @param key 1 to 128 characters; the same key again returns the first department
     * @return a copy of this command with that key
     */
    public CreateDepartment withIdempotencyKey(String key) {
        return new CreateDepartment(code, name, parent, key);
    }
}
