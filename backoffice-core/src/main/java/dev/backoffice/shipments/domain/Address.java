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
 */
public record Address(String country, String postalCode, List<String> lines) implements Serializable {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern POSTAL_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,14}");
    /** The most lines an address has. */
    public static final int MAX_LINES = 4;
    /** The longest line. */
    public static final int MAX_LINE_LENGTH = 100;

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

    public static Address of(String country, String postalCode, String... lines) {
        return new Address(country, postalCode, lines == null ? null : java.util.Arrays.asList(lines));
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 20 ? text.substring(0, 20) + "..." : text;
    }
}
