package dev.backoffice.personnel.domain;

/** Why an employment ended. */
public enum TerminationReason {
    /** The employee resigned. */
    RESIGNATION,
    /** The employer ended the employment. */
    DISMISSAL,
    /** A fixed-term contract ran out. */
    END_OF_FIXED_TERM,
    /** Ended by agreement of both. */
    MUTUAL_AGREEMENT,
    /** The employee retired. */
    RETIREMENT,
    /** The employee died. */
    DEATH,
    /** Any other reason. */
    OTHER
}
