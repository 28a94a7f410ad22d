package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.common.Actor;

/**
 * Customer payments through the payment gateway: authorize (a pending ledger entry holds the
 * amount), capture in full or in part (the pending entry is posted and a payment recorded, and
 * allocated to the charge's invoice), void (the pending entry is released), refund; and the
 * gateway's asynchronous notifications.
 *
 * <p>The gateway is called outside any unit of work and its answer applied in one: a decline or
 * a timeout leaves nothing half-done. A declined authorization is kept as a DECLINED charge with
 * nothing posted; after a timeout the charge stays REQUESTED with nothing posted until a retry
 * with the same idempotency key or a notification tells the outcome. A capture, void or refund
 * that is declined or times out is refused with {@code receivables.gateway.declined} or
 * {@code receivables.gateway.timeout} and changes nothing.
 */
public interface GatewayPayments {

    /**
     * Authorizes a charge. Refused before the gateway is called with {@code receivables.party.not_found},
     * {@code receivables.party.role_mismatch}, {@code receivables.payment.currency_mismatch},
     * {@code receivables.configuration.missing} and {@code receivables.gateway.not_configured}.
     *
     * @param actor   who acts
     * @param command the customer, amount and optional invoice
     * @return the charge, authorized or declined
     */
    GatewayChargeSnapshot authorize(Actor actor, AuthorizeCharge command);

    /**
     * Captures an authorization ({@code receivables.gateway.invalid_state}, {@code
     * receivables.gateway.capture_exceeds_authorized}).
     *
     * @param actor   who acts
     * @param command the charge and amount
     * @return the charge, captured
     */
    GatewayChargeSnapshot capture(Actor actor, CaptureCharge command);

    /**
     * Voids an authorization ({@code receivables.gateway.invalid_state} once captured).
     *
     * @param actor   who acts
     * @param command the charge
     * @return the charge, voided
     */
    GatewayChargeSnapshot voidCharge(Actor actor, VoidCharge command);

    /**
     * Refunds part of a capture ({@code receivables.gateway.refund_exceeds_captured}).
     *
     * @param actor   who acts
     * @param command the charge and amount
     * @return the charge with the refund
     */
    GatewayChargeSnapshot refund(Actor actor, RefundCharge command);

    /**
     * Applies a notification of the gateway. A notification of an operation already applied (a
     * duplicate, or the echo of a call the library made) changes nothing. One that arrives before
     * the one it depends on is handled when it can be: a capture notified before the authorization
     * applies both; a refund of a charge not yet captured is refused with
     * {@code receivables.gateway.invalid_state}, changing nothing, for the gateway to deliver again.
     *
     * @param actor who acts (the host's webhook handler)
     * @param event the verified notification
     * @return the charge as it is now
     */
    GatewayChargeSnapshot recordGatewayEvent(Actor actor, GatewayEvent event);

    /**
     * The charge; {@code receivables.gateway.charge_not_found} when the tenant has none with that id.
     *
     * @param actor who reads
     * @param id    the charge id
     * @return the charge
     */
    GatewayChargeSnapshot charge(Actor actor, GatewayChargeId id);
}
