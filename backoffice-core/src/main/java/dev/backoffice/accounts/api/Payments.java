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
     *
     * @param actor   who acts
     * @param command the direction, party, amount and date
     * @return the payment
     */
    PaymentSnapshot record(Actor actor, RecordPayment command);

    /**
     * Approves and posts an outgoing payment above the threshold. Refused with
     * {@code receivables.payment.self_approval} for its creator and
     * {@code receivables.payment.not_awaiting_approval}.
     *
     * @param actor   who approves; not the creator
     * @param command the payment
     * @return the payment, posted
     */
    PaymentSnapshot approve(Actor actor, ApprovePayment command);

    /**
     * Allocates parts of a payment to open documents of its party. Refused with
     * {@code receivables.payment.not_approved}, {@code receivables.payment.over_allocated},
     * {@code receivables.payment.allocation_exceeds_open}, {@code receivables.invoice.not_open},
     * {@code receivables.payment.document_mismatch} and {@code receivables.payment.currency_mismatch}.
     *
     * @param actor   who acts
     * @param command the payment and the documents
     * @return the payment with its allocations
     */
    PaymentSnapshot allocate(Actor actor, AllocatePayment command);

    /**
     * Undoes an allocation by reversing its entry ({@code receivables.payment.allocation_already_undone}).
     *
     * @param actor   who acts
     * @param command the payment and the allocation
     * @return the payment
     */
    PaymentSnapshot undoAllocation(Actor actor, UndoAllocation command);

    /**
     * Refunds part of a payment ({@code receivables.payment.refund_exceeds_payment}).
     *
     * @param actor   who acts
     * @param command the payment, amount and date
     * @return the payment with the refund
     */
    PaymentSnapshot refund(Actor actor, RefundPayment command);

    /**
     * The payment; {@code receivables.payment.not_found} when the tenant has none with that id.
     *
     * @param actor who reads
     * @param id    the payment id
     * @return the payment
     */
    PaymentSnapshot payment(Actor actor, PaymentId id);

    /**
     * The payments of a party, by date.
     *
     * @param actor who reads
     * @param party the party
     * @return the payments
     */
    List<PaymentSnapshot> ofParty(Actor actor, PartyId party);
}
