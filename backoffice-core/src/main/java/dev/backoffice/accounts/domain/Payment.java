package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Money received from or paid to a party, on a bank (or clearing) account.
 *
 * <p>Once recorded (and, for an outgoing payment above the threshold, approved by another actor)
 * it is posted to the bank and to the party's advances. Parts of it are then allocated to open
 * documents, each allocation with its own journal entry; what is not allocated is the party's
 * credit, usable later. An allocation can be undone (its entry is reversed); part of the payment
 * can be refunded. The allocations, undone or not, and the refunds are kept: the history is
 * never rewritten.
 */
public final class Payment {

    private final PaymentId id;
    private final TenantId tenant;
    private final PaymentDirection direction;
    private final PartyId party;
    private final PartyRole partyRole;
    private final Money amount;
    private final LocalDate date;
    private final AccountId bankAccount;
    private final String reference;
    private final GatewayChargeId charge;
    private PaymentStatus status;
    private JournalEntryId receiptEntry;
    private final String createdBy;
    private final Instant createdAt;
    private String approvedBy;
    private Instant approvedAt;
    private final List<Allocation> allocations;
    private final List<Refund> refunds;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Payment(PaymentId id, TenantId tenant, PaymentDirection direction, PartyId party, PartyRole partyRole,
                    Money amount, LocalDate date, AccountId bankAccount, String reference, GatewayChargeId charge,
                    PaymentStatus status, JournalEntryId receiptEntry, String createdBy, Instant createdAt,
                    String approvedBy, Instant approvedAt, List<Allocation> allocations, List<Refund> refunds,
                    long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.party = Objects.requireNonNull(party, "party");
        this.partyRole = Objects.requireNonNull(partyRole, "partyRole");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.date = Objects.requireNonNull(date, "date");
        this.bankAccount = Objects.requireNonNull(bankAccount, "bankAccount");
        this.reference = reference;
        this.charge = charge;
        this.status = Objects.requireNonNull(status, "status");
        this.receiptEntry = receiptEntry;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.allocations = new ArrayList<>(allocations);
        this.refunds = new ArrayList<>(refunds);
        this.version = version;
    }

    /**
     * Records a payment of an amount above zero. One that needs an approval waits for it; any
     * other is recorded and must be posted ({@link #posted}) before it is stored.
     *
     * @param charge the gateway charge it comes from, or null
     * @param id            the new payment's id
     * @param tenant        the tenant
     * @param direction     incoming or outgoing
     * @param party         the customer or supplier
     * @param partyRole     the party's role
     * @param amount        the amount, above zero
     * @param date          the payment date
     * @param bankAccount   the bank or cash account
     * @param reference     an outside reference, or null
     * @param needsApproval whether it waits for an approval
     * @param createdBy     the id of the actor who records it
     * @param now           the current instant
     * @param eventIds      makes the ids of the events recorded
     * @return the payment
     */
    public static Payment record(PaymentId id, TenantId tenant, PaymentDirection direction, PartyId party,
                                 PartyRole partyRole, Money amount, LocalDate date, AccountId bankAccount,
                                 String reference, GatewayChargeId charge, boolean needsApproval, String createdBy,
                                 Instant now, Supplier<UUID> eventIds) {
        if (!amount.isPositive()) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_INVALID_AMOUNT,
                    "A payment must be above zero, not " + amount + ".");
        }
        PaymentStatus status = needsApproval ? PaymentStatus.AWAITING_APPROVAL : PaymentStatus.RECORDED;
        Payment payment = new Payment(id, tenant, direction, party, partyRole, amount, date, bankAccount,
                reference == null || reference.isBlank() ? null : reference.strip(), charge, status, null, createdBy,
                now, null, null, List.of(), List.of(), 0);
        payment.events.record(new PaymentRecorded(eventIds.get(), tenant, now, id, direction, party, amount, status));
        return payment;
    }

    /**
     * Rebuilds a stored payment (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param direction the direction, as stored
     * @param party the party, as stored
     * @param partyRole the party role, as stored
     * @param amount the amount, as stored
     * @param date the date, as stored
     * @param bankAccount the bank account, as stored
     * @param reference the reference, as stored
     * @param charge the charge, as stored
     * @param status the status, as stored
     * @param receiptEntry the receipt entry, as stored
     * @param createdBy the id of the actor who created it, as stored
     * @param createdAt when it was created, as stored
     * @param approvedBy the approved by, as stored
     * @param approvedAt the approved at, as stored
     * @param allocations the allocations, as stored
     * @param refunds the refunds, as stored
     * @param version the stored version, for optimistic locking
     * @return the payment, with no events recorded
     */
    public static Payment restore(PaymentId id, TenantId tenant, PaymentDirection direction, PartyId party,
                                  PartyRole partyRole, Money amount, LocalDate date, AccountId bankAccount,
                                  String reference, GatewayChargeId charge, PaymentStatus status,
                                  JournalEntryId receiptEntry, String createdBy, Instant createdAt, String approvedBy,
                                  Instant approvedAt, List<Allocation> allocations, List<Refund> refunds,
                                  long version) {
        return new Payment(id, tenant, direction, party, partyRole, amount, date, bankAccount, reference, charge,
                status, receiptEntry, createdBy, createdAt, approvedBy, approvedAt, allocations, refunds, version);
    }

    /**
     * The side of the bank account this payment posts to: debit when money comes in.
     *
     * @return debit or credit
     */
    public Side cashSide() {
        return direction == PaymentDirection.INCOMING ? Side.DEBIT : Side.CREDIT;
    }

    /**
     * Records the journal entry that posted the payment to the bank and the party's advances.
     *
     * @param entry the posting entry
     */
    public void posted(JournalEntryId entry) {
        if (status != PaymentStatus.RECORDED || receiptEntry != null) {
            throw new IllegalStateException("payment " + id + " cannot be posted in status " + status);
        }
        this.receiptEntry = Objects.requireNonNull(entry, "entry");
    }

    /**
     * Approves a payment that waits for it; refused with {@code receivables.payment.self_approval}
     * for its creator and {@code receivables.payment.not_awaiting_approval} when it does not wait.
     *
     * @param approver the id of the approving actor
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void approve(String approver, Instant now, Supplier<UUID> eventIds) {
        if (status != PaymentStatus.AWAITING_APPROVAL) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_NOT_AWAITING_APPROVAL,
                    "Payment " + id + " does not wait for an approval.");
        }
        if (approver.equals(createdBy)) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_SELF_APPROVAL,
                    "Payment " + id + " was recorded by " + createdBy + ", who cannot approve it too.");
        }
        status = PaymentStatus.RECORDED;
        approvedBy = approver;
        approvedAt = now;
        events.record(new PaymentApproved(eventIds.get(), tenant, now, id, approver));
    }

    /**
     * Checks that {@code part} can be allocated: the payment is recorded
     * ({@code receivables.payment.not_approved}) and has that much unallocated
     * ({@code receivables.payment.over_allocated}).
     *
     * @param part the amount to allocate
     */
    public void requireAllocatable(Money part) {
        requireRecorded();
        requirePositive(part);
        if (part.isGreaterThan(unallocated())) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_OVER_ALLOCATED,
                    "Payment " + id + " has " + unallocated() + " unallocated; " + part + " cannot be allocated.");
        }
    }

    /**
     * Allocates part of the payment to a document, posted by {@code entry}.
     *
     * @param allocationId the new allocation's id
     * @param invoice      the document
     * @param part         the amount
     * @param day          the allocation date
     * @param entry        the journal entry that posts it
     * @param now          the current instant
     * @param eventIds     makes the ids of the events recorded
     * @return the allocation
     */
    public Allocation allocate(UUID allocationId, InvoiceId invoice, Money part, LocalDate day, JournalEntryId entry,
                               Instant now, Supplier<UUID> eventIds) {
        requireAllocatable(part);
        requireOnOrAfter(day, date, "the payment");
        Allocation allocation = new Allocation(allocationId, invoice, part, day, entry, null, null);
        allocations.add(allocation);
        events.record(new PaymentAllocated(eventIds.get(), tenant, now, id, allocationId, invoice, part));
        return allocation;
    }

    /**
     * The allocation; {@code receivables.payment.allocation_not_found} when the payment has none with that id.
     *
     * @param allocationId the allocation's id
     * @return the allocation
     */
    public Allocation allocation(UUID allocationId) {
        return allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst()
                .orElseThrow(() -> new RuleViolationException(ReceivablesError.PAYMENT_ALLOCATION_NOT_FOUND,
                        "Payment " + id + " has no allocation " + allocationId + "."));
    }

    /**
     * Undoes an allocation whose entry was reversed by {@code reversal}.
     *
     * @param allocationId the allocation's id
     * @param day          the date of the undo
     * @param reversal     the reversing entry
     * @param now          the current instant
     * @param eventIds     makes the ids of the events recorded
     * @return the allocation, undone
     */
    public Allocation undoAllocation(UUID allocationId, LocalDate day, JournalEntryId reversal, Instant now,
                                     Supplier<UUID> eventIds) {
        Allocation allocation = requireUndoable(allocationId);
        requireOnOrAfter(day, allocation.date(), "the allocation");
        Allocation undone = allocation.undo(day, reversal);
        allocations.set(allocations.indexOf(allocation), undone);
        events.record(new PaymentAllocationUndone(eventIds.get(), tenant, now, id, allocationId, allocation.invoice()));
        return undone;
    }

    /**
     * The allocation, if it can be undone ({@code receivables.payment.allocation_already_undone} else).
     *
     * @param allocationId the allocation's id
     * @return the allocation
     */
    public Allocation requireUndoable(UUID allocationId) {
        Allocation allocation = allocation(allocationId);
        if (allocation.isUndone()) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_ALLOCATION_ALREADY_UNDONE,
                    "Allocation " + allocationId + " of payment " + id + " was undone already.");
        }
        return allocation;
    }

    /**
     * Checks that {@code part} can be refunded: the payment is recorded and the part is above zero
     * and no more than what is left of it after earlier refunds
     * ({@code receivables.payment.refund_exceeds_payment}). Allocations may have to be undone first.
     *
     * @param part the amount to refund
     */
    public void requireRefundable(Money part) {
        requireRecorded();
        requirePositive(part);
        if (part.isGreaterThan(amount.minus(refunded()))) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_REFUND_EXCEEDS_PAYMENT,
                    "Payment " + id + " of " + amount + " has " + amount.minus(refunded()) + " left to refund, not "
                            + part + ".");
        }
    }

    /**
     * Refunds part of the unallocated amount, posted by {@code entry}.
     *
     * @param refundId the new refund's id
     * @param part     the amount
     * @param day      the refund date
     * @param entry    the journal entry that posts it
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     * @return the refund
     */
    public Refund refund(UUID refundId, Money part, LocalDate day, JournalEntryId entry, Instant now,
                         Supplier<UUID> eventIds) {
        requireRefundable(part);
        if (part.isGreaterThan(unallocated())) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_OVER_ALLOCATED, "Payment " + id + " has "
                    + unallocated() + " unallocated: undo allocations before refunding " + part + ".");
        }
        requireOnOrAfter(day, date, "the payment");
        Refund refund = new Refund(refundId, part, day, entry);
        refunds.add(refund);
        events.record(new PaymentRefunded(eventIds.get(), tenant, now, id, refundId, part));
        return refund;
    }

    /**
     * Refused with {@code receivables.payment.invalid_date} when {@code day} lies before {@code earliest}.
     *
     * @param day      the date given
     * @param earliest the earliest date allowed
     * @param what     what the date is of, for the message
     */
    public static void requireOnOrAfter(LocalDate day, LocalDate earliest, String what) {
        if (day.isBefore(earliest)) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_INVALID_DATE,
                    day + " lies before " + what + " (" + earliest + ").");
        }
    }

    private void requirePositive(Money part) {
        if (!part.isPositive() || !part.hasSameCurrencyAs(amount)) {
            throw new RuleViolationException(part.isPositive() ? ReceivablesError.PAYMENT_CURRENCY_MISMATCH
                    : ReceivablesError.PAYMENT_INVALID_AMOUNT,
                    "An amount above zero in " + amount.currency() + " is needed, not " + part + ".");
        }
    }

    private void requireRecorded() {
        if (status != PaymentStatus.RECORDED) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_NOT_APPROVED,
                    "Payment " + id + " waits for an approval: it cannot be allocated or refunded yet.");
        }
    }

    /**
     * What was given back.
     *
     * @return the refunded amount
     */
    public Money refunded() {
        Money sum = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            sum = sum.plus(refund.amount());
        }
        return sum;
    }

    /**
     * What is allocated and not undone.
     *
     * @return the allocated amount
     */
    public Money allocated() {
        Money sum = Money.zero(amount.currency());
        for (Allocation a : allocations) {
            if (!a.isUndone()) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }

    /**
     * The party's credit left on this payment: neither allocated nor refunded.
     *
     * @return the unallocated amount
     */
    public Money unallocated() {
        return amount.minus(refunded()).minus(allocated());
    }

    /**
     * The unallocated amount at the end of {@code day} (zero before the payment date or while awaiting
     * approval).
     *
     * @param day the day
     * @return the unallocated amount at its end
     */
    public Money unallocatedOn(LocalDate day) {
        if (status != PaymentStatus.RECORDED || date.isAfter(day)) {
            return Money.zero(amount.currency());
        }
        Money left = amount;
        for (Refund refund : refunds) {
            if (!refund.date().isAfter(day)) {
                left = left.minus(refund.amount());
            }
        }
        for (Allocation a : allocations) {
            if (a.activeOn(day)) {
                left = left.minus(a.amount());
            }
        }
        return left;
    }

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the payment} */
    public PaymentId id() {
        return id;
    }

    /** {@return the tenant the payment belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the direction of the payment} */
    public PaymentDirection direction() {
        return direction;
    }

    /** {@return the party of the payment} */
    public PartyId party() {
        return party;
    }

    /** {@return the party role of the payment} */
    public PartyRole partyRole() {
        return partyRole;
    }

    /** {@return the amount of the payment} */
    public Money amount() {
        return amount;
    }

    /** {@return the date of the payment} */
    public LocalDate date() {
        return date;
    }

    /** {@return the bank account of the payment} */
    public AccountId bankAccount() {
        return bankAccount;
    }

    /** {@return the reference of the payment, if any} */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /** {@return the charge of the payment, if any} */
    public Optional<GatewayChargeId> charge() {
        return Optional.ofNullable(charge);
    }

    /** {@return the status of the payment} */
    public PaymentStatus status() {
        return status;
    }

    /** {@return the receipt entry of the payment, if any} */
    public Optional<JournalEntryId> receiptEntry() {
        return Optional.ofNullable(receiptEntry);
    }

    /** {@return the id of the actor who created the payment} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return when the payment was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the id of the actor who approved the payment, if any} */
    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /** {@return when the payment was approved} */
    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    /** {@return the allocations of the payment} */
    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    /** {@return the refunds of the payment} */
    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    /** {@return the stored version of the payment, for optimistic locking} */
    public long version() {
        return version;
    }
}
