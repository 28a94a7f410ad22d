package dev.backoffice.accounts.spi;

import dev.backoffice.common.Money;

import java.util.Objects;

/**
 * The gateway's answer to one operation.
 *
 * @param gatewayReference     the gateway's id of the charge (authorization), null on a timeout
 * @param transactionReference the gateway's id of this operation (the same in its notifications), null on a timeout
 * @param amount               what the gateway did: for a capture it may be less than asked (a partial capture)
 * @param message              the gateway's reason for a decline, or null
 * @param outcome what the gateway answered, not null
 */
public record GatewayResponse(GatewayOutcome outcome, String gatewayReference, String transactionReference,
                              Money amount, String message) {

    /**
     * Requires an outcome.
     *
     * @param outcome              what the gateway answered
     * @param gatewayReference     the gateway's id of the charge
     * @param transactionReference the gateway's id of this operation
     * @param amount               what the gateway did
     * @param message              the gateway's reason for a decline, or null
     */
    public GatewayResponse {
        Objects.requireNonNull(outcome, "outcome");
    }

    /** {@return the response of a gateway that did not answer in time: the outcome is unknown} */
    public static GatewayResponse timeout() {
        return new GatewayResponse(GatewayOutcome.TIMEOUT, null, null, null, "no answer in time");
    }
}
