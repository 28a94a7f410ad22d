package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.common.Actor;

import java.util.List;

/**
 * Incoming and outgoing payments of the actor's tenant: record, approve, allocate to open
 * documents, undo allocations, refund. Each posts through the ledger in the same unit of work.
 */
public interface Payments {

    /**
     * Records a payment. Refused with {@code receivables.party.not_found},
     * {@code receivables.payment.invalid_amount}, {@code receivables.payment.currency_mismatch}
     * (not in the party's currency) and {@code receivables.configuration.missing}.
     */
    PaymentSnapshot record(Actor actor, RecordPayment command);

    /**
     * Approves and posts an outgoing payment above the threshold. Refused with
     * {@code receivables.payment.self_approval} for its creator and
     * {@code receivables.payment.not_awaiting_approval}.
     */
    PaymentSnapshot approve(Actor actor, ApprovePayment command);

    /**
     * Allocates parts of a payment to open documents of its party. Refused with
     * {@code receivables.payment.not_approved}, {@code receivables.payment.over_allocated},
     * {@code receivables.payment.allocation_exceeds_open}, {@code receivables.invoice.not_open},
     * {@code receivables.payment.document_mismatch} and {@code receivables.payment.currency_mismatch}.
     */
    PaymentSnapshot allocate(Actor actor, AllocatePayment command);

    /** Undoes an allocation by reversing its entry ({@code receivables.payment.allocation_already_undone}). */
    PaymentSnapshot undoAllocation(Actor actor, UndoAllocation command);

    /** Refunds part of a payment ({@code receivables.payment.refund_exceeds_payment}). */
    PaymentSnapshot refund(Actor actor, RefundPayment command);

    /** The payment; {@code receivables.payment.not_found} when the tenant has none with that id. */
    PaymentSnapshot payment(Actor actor, PaymentId id);

    /** The payments of a party, by date. */
    List<PaymentSnapshot> ofParty(Actor actor, PartyId party);
}
