package dev.backoffice.common;

import java.io.Serializable;
import java.util.regex.Pattern;

/** The tenant every record belongs to. 1 to 64 characters of {@code [A-Za-z0-9._-]}. */
public record TenantId(String value) implements Serializable {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TenantId {
        if (value == null || !VALID.matcher(value).matches()) {
            throw new BackOfficeException(CommonError.TENANT_INVALID,
                    "A tenant id is 1 to 64 letters, digits, '.', '_' or '-'.");
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
