package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;

/** The name of a person: personal data. */
@PersonalData
public record PersonName(@PersonalData String givenName, @PersonalData String familyName) {

    public PersonName {
        givenName = required(givenName, "given name");
        familyName = required(familyName, "family name");
    }

    public static PersonName of(String givenName, String familyName) {
        return new PersonName(givenName, familyName);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank() || value.strip().length() > 100) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_INVALID, "A " + what + " of 1 to 100 characters is required.");
        }
        return value.strip();
    }

    /** For example {@code Ada Lovelace}. */
    public String fullName() {
        return givenName + " " + familyName;
    }
}
