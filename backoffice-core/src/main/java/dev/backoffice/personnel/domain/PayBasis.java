package dev.backoffice.personnel.domain;

/** How pay is stated in a contract. */
public enum PayBasis {
    /** A gross amount per calendar month, prorated by calendar days for partial months. */
    MONTHLY_SALARY,
    /** A gross amount per hour worked, paid for approved timesheet hours. */
    HOURLY_RATE
}
