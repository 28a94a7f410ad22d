package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

/** The name of a person: personal data. */
@PersonalData
public record PersonName(@PersonalData String givenName, @PersonalData String familyName) {

    /**
     * Checks that both names have 1 to 100 characters ({@code personnel.employee.invalid} otherwise).
     *
     * @param givenName  the given name
     * @param familyName the family name
     */
    public PersonName {
        givenName = required(givenName, "given name");
        familyName = required(familyName, "family name");
    }

    /**
     * A name from its parts.
     *
     * @param givenName  the given name
     * @param familyName the family name
     * @return the name
     */
    public static PersonName of(String givenName, String familyName) {
        return new PersonName(givenName, familyName);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank() || value.strip().length() > 100) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_INVALID, "A " + what + " of 1 to 100 characters is required.");
        }
        return value.strip();
    }

    /**
     * For example {@code Ada Lovelace}.
     *
     * @return the given and family name, separated by a space
     */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
