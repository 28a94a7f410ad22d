package dev.backoffice.stock.domain;

/** How units of an item are told apart. */
public enum Tracking {
    /** Units are interchangeable; moves carry no lot. */
    NONE,
    /** Units come in lots (batches); every move names its lot, which may carry an expiry date. */
    LOT,
    /** Every unit has its own serial number, unique per item; a move lists one serial per unit. */
    SERIAL
}
