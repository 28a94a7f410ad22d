package dev.backoffice.accounts.spi;

/** How the payment gateway answered. */
public enum GatewayOutcome {
    /** Done. */
    APPROVED,
    /** Refused (insufficient funds, fraud suspicion, expired card...); nothing happened. */
    DECLINED,
    /**
     * No answer in time: it may or may not have happened. The adapter maps its own timeouts and
     * connection failures to it; the library changes nothing and waits for a retry with the same
     * idempotency key or for the gateway's notification.
     */
    TIMEOUT
}
