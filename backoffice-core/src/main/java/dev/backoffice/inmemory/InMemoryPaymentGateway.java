package dev.backoffice.inmemory;

import dev.backoffice.accounts.spi.GatewayOutcome;
import dev.backoffice.accounts.spi.GatewayResponse;
import dev.backoffice.accounts.spi.PaymentGateway;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A payment gateway in memory whose answers are scripted, for tests and demonstrations: every
 * call approves unless the next outcome was scripted ({@link #declineNext}, {@link #timeOutNext},
 * {@link #captureOnlyNext}). Like a real gateway it answers a repeated idempotency key with its
 * first answer, except after a timeout (the call may be retried). Thread-safe.
 */
public final class InMemoryPaymentGateway implements PaymentGateway {

    /** One call the gateway received. */
    public record Call(String operation, TenantId tenant, String idempotencyKey, String reference, Money amount) {
    }

    private record Script(GatewayOutcome outcome, Money partial, String message) {
    }

    private record Key(TenantId tenant, String operation, String idempotencyKey) {
    }

    private final Deque<Script> scripts = new ArrayDeque<>();
    private final Map<Key, GatewayResponse> answered = new ConcurrentHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private long sequence;

    /**
     * The next call is declined with the reason.
     *
     * @param reason the decline reason the gateway reports
     * @return this gateway, for chaining
     */
    public synchronized InMemoryPaymentGateway declineNext(String reason) {
        scripts.add(new Script(GatewayOutcome.DECLINED, null, reason));
        return this;
    }

    /**
     * The next call times out (no answer; nothing remembered for its idempotency key).
     *
     * @return this gateway, for chaining
     */
    public synchronized InMemoryPaymentGateway timeOutNext() {
        scripts.add(new Script(GatewayOutcome.TIMEOUT, null, null));
        return this;
    }

    /**
     * The next call (a capture) is approved for only this amount.
     *
     * @param amount the amount the capture is approved for
     * @return this gateway, for chaining
     */
    public synchronized InMemoryPaymentGateway captureOnlyNext(Money amount) {
        scripts.add(new Script(GatewayOutcome.APPROVED, amount, null));
        return this;
    }

    /**
     * Every call received so far, oldest first.
     *
     * @return the calls, with their operation and idempotency key
     */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /**
     * A fresh gateway reference, as the gateway would make it.
     *
     * @param prefix the reference's prefix
     * @return the prefix, an underscore and a sequence number
     */
    public synchronized String nextReference(String prefix) {
        return prefix + "_" + (++sequence);
    }

    @Override
    public GatewayResponse authorize(TenantId tenant, String idempotencyKey, String merchantReference, Money amount,
                                     String paymentMethod) {
        return answer("authorize", tenant, idempotencyKey, null, amount);
    }

    @Override
    public GatewayResponse capture(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
        return answer("capture", tenant, idempotencyKey, gatewayReference, amount);
    }

    @Override
    public GatewayResponse voidAuthorization(TenantId tenant, String idempotencyKey, String gatewayReference) {
        return answer("void", tenant, idempotencyKey, gatewayReference, null);
    }

    @Override
    public GatewayResponse refund(TenantId tenant, String idempotencyKey, String gatewayReference, Money amount) {
        return answer("refund", tenant, idempotencyKey, gatewayReference, amount);
    }

    private synchronized GatewayResponse answer(String operation, TenantId tenant, String idempotencyKey,
                                                String reference, Money amount) {
        calls.add(new Call(operation, tenant, idempotencyKey, reference, amount));
        Key key = new Key(tenant, operation, idempotencyKey);
        GatewayResponse earlier = answered.get(key);
        if (earlier != null) {
            return earlier;
        }
        Script script = scripts.isEmpty() ? new Script(GatewayOutcome.APPROVED, null, null) : scripts.poll();
        if (script.outcome() == GatewayOutcome.TIMEOUT) {
            return GatewayResponse.timeout();
        }
        String chargeReference = reference != null ? reference : nextReference("ch");
        GatewayResponse response = new GatewayResponse(script.outcome(), chargeReference, nextReference("tx"),
                script.partial() != null ? script.partial() : amount, script.message());
        answered.put(key, response);
        return response;
    }
}
