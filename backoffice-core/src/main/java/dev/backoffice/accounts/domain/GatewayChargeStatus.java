package dev.backoffice.accounts.domain;

/** Where a card (or other gateway) charge stands. */
public enum GatewayChargeStatus {
    /** Asked of the gateway, no answer yet (a timeout): nothing is posted; the answer comes by a retry or an event. */
    REQUESTED,
    /** The gateway declined it: nothing was posted, nothing will be. */
    DECLINED,
    /** Authorized: a pending entry holds the amount until capture or void. */
    AUTHORIZED,
    /** Captured in full or in part: the pending entry is posted (the rest released) and a payment recorded. */
    CAPTURED,
    /** Voided before capture: the pending entry is released. */
    VOIDED
}
