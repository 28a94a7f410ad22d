package dev.backoffice.personnel.domain;

/** Why an employment ended. */
public enum TerminationReason {
    RESIGNATION,
    DISMISSAL,
    END_OF_FIXED_TERM,
    MUTUAL_AGREEMENT,
    RETIREMENT,
    DEATH,
    OTHER
}
