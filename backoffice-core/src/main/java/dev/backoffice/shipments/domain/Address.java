package dev.backoffice.shipments.domain;

import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a shipment goes: an ISO 3166-1 alpha-2 country code (upper case), a postal code, and one to
 * four address lines. Invalid values are refused with a typed error, so an address that exists is
 * valid.
 *
 * @param country    the ISO 3166-1 alpha-2 country code, kept in upper case
 * @param postalCode the postal code: 1 to 15 letters, digits, spaces or '-', kept in upper case
 * @param lines      one to {@value #MAX_LINES} lines (street, building, recipient), each non-blank and
 *                   at most {@value #MAX_LINE_LENGTH} characters, kept stripped
 * @serial exclude
 */
public record Address(String country, String postalCode, List<String> lines) implements Serializable {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,14}");
    /** The most lines an address has. */
    public static final int MAX_LINES = 4;
    /** The longest line. */
    public static final int MAX_LINE_LENGTH = 100;

    /**
     * Checks and normalises the parts.
     *
     * @param country    the ISO 3166-1 alpha-2 country code, in any case
     * @param postalCode the postal code: 1 to 15 letters, digits, spaces or '-'
     * @param lines      one to {@value #MAX_LINES} non-blank lines of at most {@value #MAX_LINE_LENGTH}
     *                   characters, without control characters
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.address.country_invalid},
     *         {@code shipments.address.postal_code_invalid} or {@code shipments.address.lines_invalid}
     *         for the part that is wrong
     */
    public Address {
        String code = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        if (code == null || !COUNTRIES.contains(code)) {
            throw new RuleViolationException(ShipmentsError.ADDRESS_COUNTRY_INVALID,
                    "'" + abbreviated(country) + "' is not an ISO 3166-1 alpha-2 country code.");
        }
        country = code;
        String postal = postalCode == null ? null : postalCode.strip();
        if (postal == null || !POSTAL_CODE.matcher(postal).matches()) {
            throw new RuleViolationException(ShipmentsError.ADDRESS_POSTAL_CODE_INVALID,
                    "'" + abbreviated(postalCode) + "' is not a postal code: 1 to 15 letters, digits, spaces or '-'.");
        }
        postalCode = postal.toUpperCase(Locale.ROOT);
        if (lines == null || lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new RuleViolationException(ShipmentsError.ADDRESS_LINES_INVALID,
                    "An address has 1 to " + MAX_LINES + " lines.");
        }
        for (String line : lines) {
            if (line == null || line.isBlank() || line.length() > MAX_LINE_LENGTH
                    || line.chars().anyMatch(Character::isISOControl)) {
                throw new RuleViolationException(ShipmentsError.ADDRESS_LINES_INVALID,
                        "Every address line is non-blank text of at most " + MAX_LINE_LENGTH + " characters.");
            }
        }
        lines = lines.stream().map(String::strip).toList();
    }

    /**
     * An address of these lines.
     *
     * @param country    the ISO 3166-1 alpha-2 country code
     * @param postalCode the postal code
     * @param lines      one to {@value #MAX_LINES} address lines
     * @return the address
     * @throws dev.backoffice.common.RuleViolationException as the constructor does
     */
    public static Address of(String country, String postalCode, String... lines) {
        return new Address(country, postalCode, lines == null ? null : java.util.Arrays.asList(lines));
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}
