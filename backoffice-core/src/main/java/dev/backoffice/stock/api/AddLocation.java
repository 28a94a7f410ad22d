package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.LocationId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Adds an internal location under another internal location (a warehouse's root, a zone, a shelf).
 *
 * @param parent         the internal location it belongs to
 * @param code           its short code; its full code is the parent's code, a slash and this
 * @param idempotencyKey optional: the same key again returns the first location
 */
public record AddLocation(
        @NotNull LocationId parent,
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "must be letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * A location under {@code parent}, of the parent's type, that holds stock.
     *
     * @param parent the location it sits under (a warehouse's root or a location below it)
     * @param code   unique within the warehouse
     * @param name   the name people see
     * @return the command
     */
    public static AddLocation of(LocationId parent, String code, String name) {
        return new AddLocation(parent, code, name, null);
    }
}
