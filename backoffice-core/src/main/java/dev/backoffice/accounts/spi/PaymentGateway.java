package dev.backoffice.accounts.spi;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

/**
 * A payment service provider (card acquirer, wallet) reached over its API. Every call carries an
 * idempotency key: the same key again must return the first answer and have no second effect at
 * the gateway, so that a call retried after a timeout never charges twice.
 *
 * <p>The library calls the gateway outside its units of work (no transaction is held open while
 * waiting for the network) and applies the answer in a unit of work of its own. An adapter never
 * throws for a decline or a timeout; it answers {@link GatewayOutcome#DECLINED} or
 * {@link GatewayOutcome#TIMEOUT}.
 */
public interface PaymentGateway {

    /**
     * Authorizes an amount on the customer's payment method.
     *
     * @param merchantReference the library's id of the charge, which the gateway repeats in its notifications
     * @param paymentMethod     the gateway's token of the card or wallet (never card data)
     * @param tenant         the tenant
     * @param idempotencyKey the key the gateway uses to recognise a retried call
     * @param amount         the amount to authorize
     * @return the gateway's answer; {@link GatewayOutcome#TIMEOUT} when it did not answer in time
     */
    GatewayResponse authorize(TenantId tenant, String idempotencyKey, String merchantReference, Money amount,
                              String paymentMethod);

    /**
     * Captures all or part of an authorization; the gateway may capture less than asked.
     *
     * @param tenant           the tenant
     * @param idempotencyKey   the key the gateway uses to recognise a retried call
     * @param gatewayReference the gateway's id of the charge
     * @param amount           the amount to capture
     * @return the gateway's answer, with the amount captured
     */
    GatewayResponse capture(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount);

    /**
     * Voids an authorization not captured.
     *
     * @param tenant           the tenant
     * @param idempotencyKey   the key the gateway uses to recognise a retried call
     * @param gatewayReference the gateway's id of the charge
     * @return the gateway's answer
     */
    GatewayResponse voidAuthorization(TenantId tenant, String idempotencyKey, String gatewayReference);

    /**
     * Refunds part of what was captured.
     *
     * @param tenant           the tenant
     * @param idempotencyKey   the key the gateway uses to recognise a retried call
     * @param gatewayReference the gateway's id of the charge
     * @param amount           the amount to refund
     * @return the gateway's answer
     */
    GatewayResponse refund(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount);

    /**
     * No gateway: the default when the host configures none. Every call is refused with
     * {@code backoffice.context_not_provided} before anything is recorded.
     *
     * @return the absent gateway
     */
    static PaymentGateway none() {
        return NoGateway.NONE;
    }

    /** The gateway of a back office that has none. */
    enum NoGateway implements PaymentGateway {
        /** The only instance. */
        NONE;

        private static dev.backoffice.common.BackOfficeException refused() {
            return new dev.backoffice.common.BackOfficeException(dev.backoffice.common.CommonError.CONTEXT_NOT_PROVIDED,
                    "No payment gateway is configured; give one to BackOffice.builder(...).paymentGateway(...).");
        }

        @Override
        public GatewayResponse authorize(TenantId tenant, String idempotencyKey, String merchantReference, Money amount,
                                         String paymentMethod) {
            throw refused();
        }

        @Override
        public GatewayResponse capture(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
            throw refused();
        }

        @Override
        public GatewayResponse voidAuthorization(TenantId tenant, String idempotencyKey, String gatewayReference) {
            throw refused();
        }

        @Override
        public GatewayResponse refund(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
            throw refused();
        }
    }
}
