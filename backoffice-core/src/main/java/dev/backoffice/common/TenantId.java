package dev.backoffice.common;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The tenant every record belongs to. 1 to 64 characters of {@code [A-Za-z0-9._-]}.
 *
 * @param value the id text
 * @serial exclude
 */
public record TenantId(String value) implements Serializable {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Refuses an id that does not match {@code [A-Za-z0-9._-]{1,64}} with {@code tenant.invalid}.
     *
     * @param value the id text
     */
    public TenantId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new BackOfficeException(CommonError.TENANT_INVALID,
                    "A tenant id is 1 to 64 letters, digits, '.', '_' or '-'.");
        }
    }

    /**
     * The tenant with that id.
     *
     * @param value 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}
     * @return the tenant id
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
