package dev.backoffice.personnel.domain;

/** A regular run pays a period; a reversal run cancels a posted one, every amount negated. */
public enum RunKind {
    /** Pays a month. */
    REGULAR,
    /** Cancels a posted or paid run, every amount negated. */
    REVERSAL
}
