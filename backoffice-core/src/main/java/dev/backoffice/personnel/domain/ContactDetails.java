package dev.backoffice.personnel.domain;

/**
 * How to reach a person: personal data. Every part is optional (null when unknown).
 *
 * @param email   a work or private e-mail address
 * @param phone   a phone number as the person gave it
 * @param address a postal address, one line or several separated by line breaks
 */
@PersonalData
public record ContactDetails(@PersonalData String email, @PersonalData String phone, @PersonalData String address) {

    /** No contact details. */
    public static final ContactDetails NONE = new ContactDetails(null, null, null);

    /**
     * Strips the details; a blank detail counts as none (null).
     *
     * @param email   the e-mail address, or null
     * @param phone   the phone number, or null
     * @param address the postal address, or null
     */
    public ContactDetails {
        email = blankToNull(email);
        phone = blankToNull(phone);
        address = blankToNull(address);
    }

    /**
     * Contact details with an e-mail address only.
     *
     * @param email the e-mail address
     * @return the contact details
     */
    public static ContactDetails email(String email) {
        return new ContactDetails(email, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
