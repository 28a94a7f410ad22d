package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.common.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * An asynchronous notification of the payment gateway (a webhook), as the host parsed and
 * verified it.
 *
 * @param charge               the merchant reference the library gave the gateway: the charge's id
 * @param gatewayReference     the gateway's id of the charge
 * @param transactionReference the gateway's id of the operation notified; a second notification
 *                             with the same one changes nothing
 * @param amount               the amount captured or refunded; null for other types
 * @param date                 the accounting date to post on, or null for today
 * @param type what the gateway notifies
 * @param message the gateway's message, or null
 */
public record GatewayEvent(@NotNull GatewayChargeId charge,
                           @NotBlank @Size(max = 128) String gatewayReference,
                           @NotBlank @Size(max = 128) String transactionReference,
                           @NotNull Type type,
                           Money amount,
                           LocalDate date,
                           @Size(max = 500) String message) {

    /** What the gateway notifies. */
    public enum Type {
        /** The gateway reserved the amount on the customer's means of payment. */
        AUTHORIZED,
        /** The gateway refused the authorization. */
        DECLINED,
        /** The gateway took the authorized amount, or part of it. */
        CAPTURED,
        /** The authorization was released without a capture. */
        VOIDED,
        /** Captured money went back to the customer. */
        REFUNDED
    }
}
