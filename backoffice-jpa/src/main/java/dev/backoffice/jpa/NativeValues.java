package dev.backoffice.jpa;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads the columns of native query rows, whose Java types differ between drivers (H2 may hand a
 * UUID over as 16 bytes, a date as {@link java.sql.Date}, a sum as {@code BigDecimal} or null).
 */
final class NativeValues {

    private NativeValues() {
    }

    static UUID uuid(Object value) {
        if (value instanceof UUID uuid) {
            return uuid;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(value.toString());
    }

    static LocalDate localDate(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof Date date) {
            return date.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    /** A whole number, null counting as zero (an empty SUM). */
    static long longValue(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
