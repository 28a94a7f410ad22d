package dev.backoffice.accounts.domain;

/** Where tax is rounded to the currency's minor unit. */
public enum TaxRounding {
    /** Each line's tax is rounded, and the document's tax is the sum of the rounded line taxes. */
    PER_LINE,
    /** The tax of each tax code is computed on the sum of its lines and rounded once. */
    PER_DOCUMENT
}
