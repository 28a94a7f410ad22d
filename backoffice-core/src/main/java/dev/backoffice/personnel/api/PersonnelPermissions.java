package dev.backoffice.personnel.api;

/** The permission names the personnel context asks the {@link dev.backoffice.common.spi.AccessPolicy} for. */
public final class PersonnelPermissions {

    /** Hire employees, change their details and assignments, record terminations. */
    public static final String MANAGE_EMPLOYEES = "personnel.employee.manage";
    /** Read employee records and reporting lines. */
    public static final String READ_EMPLOYEES = "personnel.employee.read";
    /** Create and move departments, appoint their managers, create positions. */
    public static final String MANAGE_ORGANISATION = "personnel.organisation.manage";
    /** Start and change employment contracts (hours, pay, cost centre). */
    public static final String MANAGE_CONTRACTS = "personnel.contract.manage";
    /** Read employment contracts, pay included. */
    public static final String READ_CONTRACTS = "personnel.contract.read";

    private PersonnelPermissions() {
    }
}
