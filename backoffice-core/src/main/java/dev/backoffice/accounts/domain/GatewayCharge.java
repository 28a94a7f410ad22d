package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A charge of a customer through the payment gateway: requested, then authorized (a pending
 * ledger entry holds the amount) or declined; an authorization is captured once, in full or in
 * part (the pending entry is posted, the rest released, and a payment recorded), or voided; what
 * was captured can be refunded in parts. It remembers the gateway's reference of every operation
 * it applied, so that a notification of an operation already applied changes nothing.
 */
public final class GatewayCharge {

    private final GatewayChargeId id;
    private final TenantId tenant;
    private final PartyId party;
    private final InvoiceId invoice;
    private final Money amount;
    private GatewayChargeStatus status;
    private String gatewayReference;
    private PendingEntryId pendingEntry;
    private PaymentId payment;
    private Money captured;
    private Money refunded;
    private String declineReason;
    private final Set<String> transactions;
    private final String createdBy;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private GatewayCharge(GatewayChargeId id, TenantId tenant, PartyId party, InvoiceId invoice, Money amount,
                          GatewayChargeStatus status, String gatewayReference, PendingEntryId pendingEntry,
                          PaymentId payment, Money captured, Money refunded, String declineReason,
                          Set<String> transactions, String createdBy, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.party = Objects.requireNonNull(party, "party");
        this.invoice = invoice;
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.gatewayReference = gatewayReference;
        this.pendingEntry = pendingEntry;
        this.payment = payment;
        this.captured = Objects.requireNonNull(captured, "captured");
        this.refunded = Objects.requireNonNull(refunded, "refunded");
        this.declineReason = declineReason;
        this.transactions = new LinkedHashSet<>(transactions);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * A charge of an amount above zero, about to be asked of the gateway.
     *
     * @param id        the new charge's id, the merchant reference given to the gateway
     * @param tenant    the tenant
     * @param party     the customer
     * @param invoice   the invoice it pays, or null
     * @param amount    the amount to authorize
     * @param createdBy the id of the actor who asked
     * @param now       the current instant
     * @param eventIds  makes the ids of the events recorded
     * @return the charge, requested
     */
    public static GatewayCharge request(GatewayChargeId id, TenantId tenant, PartyId party, InvoiceId invoice,
                                        Money amount, String createdBy, Instant now, Supplier<UUID> eventIds) {
        if (!amount.isPositive()) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_INVALID_AMOUNT,
                    "A charge must be above zero, not " + amount + ".");
        }
        Money zero = Money.zero(amount.currency());
        GatewayCharge charge = new GatewayCharge(id, tenant, party, invoice, amount, GatewayChargeStatus.REQUESTED, null,
                null, null, zero, zero, null, Set.of(), createdBy, now, 0);
        charge.changed(now, eventIds);
        return charge;
    }

    /**
     * Rebuilds a stored charge (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param party the party, as stored
     * @param invoice the invoice, as stored
     * @param amount the amount, as stored
     * @param status the status, as stored
     * @param gatewayReference the gateway reference, as stored
     * @param pendingEntry the pending entry, as stored
     * @param payment the payment, as stored
     * @param captured the captured, as stored
     * @param refunded the refunded, as stored
     * @param declineReason the decline reason, as stored
     * @param transactions the transactions, as stored
     * @param createdBy the id of the actor who created it, as stored
     * @param createdAt when it was created, as stored
     * @param version the stored version, for optimistic locking
     * @return the gateway charge, with no events recorded
     */
    public static GatewayCharge restore(GatewayChargeId id, TenantId tenant, PartyId party, InvoiceId invoice,
                                        Money amount, GatewayChargeStatus status, String gatewayReference,
                                        PendingEntryId pendingEntry, PaymentId payment, Money captured,
                                        Money refunded, String declineReason, Set<String> transactions,
                                        String createdBy, Instant createdAt, long version) {
        return new GatewayCharge(id, tenant, party, invoice, amount, status, gatewayReference, pendingEntry, payment,
                captured, refunded, declineReason, transactions, createdBy, createdAt, version);
    }

    /**
     * Whether the gateway operation with that reference was applied already.
     *
     * @param transactionReference the gateway's id of the operation
     * @return true when it was applied before
     */
    public boolean hasApplied(String transactionReference) {
        return transactionReference != null && transactions.contains(transactionReference);
    }

    /**
     * The charge is authorized under {@code reference}; {@code pending} holds the amount.
     *
     * @param reference   the gateway's id of the charge
     * @param transaction the gateway's id of the authorization
     * @param pending     the pending entry that reserves the amount
     * @param now         the current instant
     * @param eventIds    makes the ids of the events recorded
     */
    public void authorized(String reference, String transaction, PendingEntryId pending, Instant now,
                           Supplier<UUID> eventIds) {
        require(GatewayChargeStatus.REQUESTED, "authorize");
        gatewayReference = Objects.requireNonNull(reference, "reference");
        pendingEntry = Objects.requireNonNull(pending, "pending");
        status = GatewayChargeStatus.AUTHORIZED;
        applied(transaction, now, eventIds);
    }

    /**
     * The gateway declined the charge.
     *
     * @param reference   the gateway's id of the charge, if it gave one
     * @param transaction the gateway's id of the operation
     * @param reason      the gateway's reason
     * @param now         the current instant
     * @param eventIds    makes the ids of the events recorded
     */
    public void declined(String reference, String transaction, String reason, Instant now, Supplier<UUID> eventIds) {
        require(GatewayChargeStatus.REQUESTED, "decline");
        gatewayReference = reference;
        declineReason = reason;
        status = GatewayChargeStatus.DECLINED;
        applied(transaction, now, eventIds);
    }

    /**
     * Checks that {@code part} can be captured: the charge is authorized
     * ({@code receivables.gateway.invalid_state}) and the part lies above zero and within the
     * authorized amount ({@code receivables.gateway.capture_exceeds_authorized}).
     *
     * @param part the amount to capture
     */
    public void requireCapturable(Money part) {
        require(GatewayChargeStatus.AUTHORIZED, "capture");
        if (!part.isPositive() || !part.hasSameCurrencyAs(amount) || part.isGreaterThan(amount)) {
            throw new RuleViolationException(ReceivablesError.GATEWAY_CAPTURE_EXCEEDS_AUTHORIZED,
                    "Charge " + id + " is authorized for " + amount + "; " + part + " cannot be captured.");
        }
    }

    /**
     * The charge is captured for {@code part}, recorded as {@code capturedPayment}.
     *
     * @param part            the amount captured
     * @param transaction     the gateway's id of the capture
     * @param capturedPayment the incoming payment recorded for it
     * @param now             the current instant
     * @param eventIds        makes the ids of the events recorded
     */
    public void captured(Money part, String transaction, PaymentId capturedPayment, Instant now,
                         Supplier<UUID> eventIds) {
        requireCapturable(part);
        captured = part;
        payment = Objects.requireNonNull(capturedPayment, "payment");
        status = GatewayChargeStatus.CAPTURED;
        applied(transaction, now, eventIds);
    }

    /** Checks that the charge can be voided: requested (no answer yet) or authorized. */
    public void requireVoidable() {
        if (status != GatewayChargeStatus.AUTHORIZED && status != GatewayChargeStatus.REQUESTED) {
            throw invalidState("void");
        }
    }

    /**
     * The charge is voided; an authorization's pending entry is released by the caller.
     *
     * @param transaction the gateway's id of the void
     * @param now         the current instant
     * @param eventIds    makes the ids of the events recorded
     */
    public void voided(String transaction, Instant now, Supplier<UUID> eventIds) {
        requireVoidable();
        status = GatewayChargeStatus.VOIDED;
        applied(transaction, now, eventIds);
    }

    /**
     * Checks that {@code part} can be refunded: the charge is captured and the part lies above zero
     * and within what was captured and not yet refunded ({@code receivables.gateway.refund_exceeds_captured}).
     *
     * @param part the amount to refund
     */
    public void requireRefundable(Money part) {
        require(GatewayChargeStatus.CAPTURED, "refund");
        if (!part.isPositive() || !part.hasSameCurrencyAs(amount) || part.isGreaterThan(captured.minus(refunded))) {
            throw new RuleViolationException(ReceivablesError.GATEWAY_REFUND_EXCEEDS_CAPTURED, "Charge " + id
                    + " has " + captured.minus(refunded) + " captured and not refunded; " + part + " cannot be refunded.");
        }
    }

    /**
     * Part of the captured amount is refunded.
     *
     * @param part        the amount refunded
     * @param transaction the gateway's id of the refund
     * @param now         the current instant
     * @param eventIds    makes the ids of the events recorded
     */
    public void refunded(Money part, String transaction, Instant now, Supplier<UUID> eventIds) {
        requireRefundable(part);
        refunded = refunded.plus(part);
        applied(transaction, now, eventIds);
    }

    private void applied(String transaction, Instant now, Supplier<UUID> eventIds) {
        if (transaction != null) {
            transactions.add(transaction);
        }
        changed(now, eventIds);
    }

    private void changed(Instant now, Supplier<UUID> eventIds) {
        events.record(new GatewayChargeChanged(eventIds.get(), tenant, now, id, status, captured, refunded));
    }

    /**
     * Refused with {@code receivables.gateway.invalid_state} unless the charge has the status.
     *
     * @param expected  the status the operation needs
     * @param operation the operation, named in the message
     */
    public void require(GatewayChargeStatus expected, String operation) {
        if (status != expected) {
            throw invalidState(operation);
        }
    }

    private RuleViolationException invalidState(String operation) {
        return new RuleViolationException(ReceivablesError.GATEWAY_INVALID_STATE,
                "Charge " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT) + ": it cannot " + operation
                        + ".");
    }

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the gateway charge} */
    public GatewayChargeId id() {
        return id;
    }

    /** {@return the tenant the gateway charge belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the party of the gateway charge} */
    public PartyId party() {
        return party;
    }

    /** {@return the invoice of the gateway charge, if any} */
    public Optional<InvoiceId> invoice() {
        return Optional.ofNullable(invoice);
    }

    /** {@return the amount of the gateway charge} */
    public Money amount() {
        return amount;
    }

    /** {@return the status of the gateway charge} */
    public GatewayChargeStatus status() {
        return status;
    }

    /** {@return the gateway reference of the gateway charge, if any} */
    public Optional<String> gatewayReference() {
        return Optional.ofNullable(gatewayReference);
    }

    /** {@return the pending entry of the gateway charge, if any} */
    public Optional<PendingEntryId> pendingEntry() {
        return Optional.ofNullable(pendingEntry);
    }

    /** {@return the payment of the gateway charge, if any} */
    public Optional<PaymentId> payment() {
        return Optional.ofNullable(payment);
    }

    /** {@return the amount captured so far} */
    public Money captured() {
        return captured;
    }

    /** {@return the amount refunded so far} */
    public Money refunded() {
        return refunded;
    }

    /** {@return the decline reason of the gateway charge, if any} */
    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    /**
     * The gateway references of the operations applied to it.
     *
     * @return the transaction references, unmodifiable
     */
    public Set<String> transactions() {
        return Set.copyOf(transactions);
    }

    /** {@return the id of the actor who created the gateway charge} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return when the gateway charge was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the stored version of the gateway charge, for optimistic locking} */
    public long version() {
        return version;
    }
}
