package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.GatewayChargeStatus;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.Money;

import java.time.Instant;

/**
 * A gateway charge. Optional fields are null when absent: the gateway reference before an
 * answer, the pending entry before authorization, the payment before capture.
 *
 * @param id the id
 * @param customer the customer
 * @param invoice the document
 * @param amount the amount asked to authorize
 * @param status its status
 * @param gatewayReference the gateway's id of the charge, or null
 * @param pendingEntry the pending entry
 * @param payment the payment
 * @param captured the amount captured
 * @param refunded the part refunded
 * @param declineReason the gateway's reason for a decline, or null
 * @param createdBy the id of the actor who created it
 * @param createdAt when it was created
 */
public record GatewayChargeSnapshot(GatewayChargeId id, PartyId customer, InvoiceId invoice, Money amount,
                                    GatewayChargeStatus status, String gatewayReference, PendingEntryId pendingEntry,
                                    PaymentId payment, Money captured, Money refunded, String declineReason,
                                    String createdBy, Instant createdAt) {

    /**
     * The snapshot of a gateway charge.
     *
     * @param c the charge
     * @return its read-only view
     */
    public static GatewayChargeSnapshot of(GatewayCharge c) {
        return new GatewayChargeSnapshot(c.id(), c.party(), c.invoice().orElse(null), c.amount(), c.status(),
                c.gatewayReference().orElse(null), c.pendingEntry().orElse(null), c.payment().orElse(null),
                c.captured(), c.refunded(), c.declineReason().orElse(null), c.createdBy(), c.createdAt());
    }
}
