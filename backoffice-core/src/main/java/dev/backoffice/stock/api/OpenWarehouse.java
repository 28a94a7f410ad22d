package dev.backoffice.stock.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Opens a warehouse with its root location, which carries the warehouse's code.
 *
 * @param code           unique in the tenant among warehouses and locations, for example {@code MAIN}
 * @param idempotencyKey optional: the same key again returns the first warehouse
 */
public record OpenWarehouse(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A warehouse with its root location.
     *
     * @param code unique in the tenant
     * @param name the name people see
     * @return the command
     */
    public static OpenWarehouse of(String code, String name) {
        return new OpenWarehouse(code, name, null);
    }
}
