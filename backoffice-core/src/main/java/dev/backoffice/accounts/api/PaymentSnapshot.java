package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.PaymentStatus;
import dev.backoffice.accounts.domain.Refund;
import dev.backoffice.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment as receivables show it, with every allocation (undone ones too) and refund.
 *
 * @param unallocated  the party's credit left on it
 * @param receiptEntry the entry that posted it, null while it waits for an approval
 * @param id the id
 * @param direction incoming or outgoing
 * @param party the customer or supplier
 * @param amount the amount paid
 * @param date the payment date
 * @param bankAccount the bank or cash account
 * @param reference optional outside reference, or null
 * @param status its status
 * @param allocated the part allocated
 * @param refunded the part refunded
 * @param allocations the allocations, undone ones included
 * @param refunds the refunds
 * @param charge the gateway charge
 * @param createdBy the id of the actor who created it
 * @param createdAt when it was created
 * @param approvedBy the id of the approving actor, or null
 * @param approvedAt when it was approved, or null
 */
public record PaymentSnapshot(PaymentId id, PaymentDirection direction, PartyId party, Money amount, LocalDate date,
                              AccountId bankAccount, String reference, PaymentStatus status, Money allocated,
                              Money refunded, Money unallocated, List<Allocation> allocations, List<Refund> refunds,
                              JournalEntryId receiptEntry, GatewayChargeId charge, String createdBy,
                              Instant createdAt, String approvedBy, Instant approvedAt) {

    /**
     * The snapshot of a payment, its allocations and refunds.
     *
     * @param p the payment
     * @return its read-only view
     */
    public static PaymentSnapshot of(Payment p) {
        return new PaymentSnapshot(p.id(), p.direction(), p.party(), p.amount(), p.date(), p.bankAccount(),
                p.reference().orElse(null), p.status(), p.allocated(), p.refunded(), p.unallocated(), p.allocations(),
                p.refunds(), p.receiptEntry().orElse(null), p.charge().orElse(null), p.createdBy(), p.createdAt(),
                p.approvedBy().orElse(null), p.approvedAt().orElse(null));
    }

    /**
     * The allocations not undone.
     *
     * @return the active allocations
     */
    public List<Allocation> activeAllocations() {
        return allocations.stream().filter(a -> !a.isUndone()).toList();
    }
}
