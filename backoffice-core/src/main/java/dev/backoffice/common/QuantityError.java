package dev.backoffice.common;

/** Error codes of {@link Quantity}: malformed numbers and units, too many decimals, mixed units. */
public enum QuantityError implements ErrorCode {
    /** The quantity text is not a decimal number, or the number is missing. */
    MALFORMED("quantity.malformed"),
    /** The quantity has more than {@value Quantity#MAX_SCALE} decimals. */
    TOO_PRECISE("quantity.too_precise"),
    /** The quantity has more than {@value Quantity#MAX_INTEGER_DIGITS} digits before the point. */
    OVERFLOW("quantity.overflow"),
    /** The unit code is missing or out of form. */
    UNIT_INVALID("quantity.unit_invalid"),
    /** Two quantities in different units were combined or compared. */
    UNIT_MISMATCH("quantity.unit_mismatch");

    private final String code;

    QuantityError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
