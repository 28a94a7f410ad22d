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

    /** Rebuilds a stored payment (for adapters). */
    public static Payment restore(PaymentId id, TenantId tenant, PaymentDirection direction, PartyId party,
                                  PartyRole partyRole, Money amount, LocalDate date, AccountId bankAccount,
                                  String reference, GatewayChargeId charge, PaymentStatus status,
                                  JournalEntryId receiptEntry, String createdBy, Instant createdAt, String approvedBy,
                                  Instant approvedAt, List<Allocation> allocations, List<Refund> refunds,
                                  long version) {
        return new Payment(id, tenant, direction, party, partyRole, amount, date, bankAccount, reference, charge,
                status, receiptEntry, createdBy, createdAt, approvedBy, approvedAt, allocations, refunds, version);
    }

    /** The side of the bank account this payment posts to: debit when money comes in. */
    public Side cashSide() {
        return direction == PaymentDirection.INCOMING ? Side.DEBIT : Side.CREDIT;
    }

    /** Records the journal entry that posted the payment to the bank and the party's advances. */
    public void posted(JournalEntryId entry) {
        if (status != PaymentStatus.RECORDED || receiptEntry != null) {
            throw new IllegalStateException("payment " + id + " cannot be posted in status " + status);
        }
        this.receiptEntry = Objects.requireNonNull(entry, "entry");
    }

    /**
     * Approves a payment that waits for it; refused with {@code receivables.payment.self_approval}
     * for its creator and {@code receivables.payment.not_awaiting_approval} when it does not wait.
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
     */
    public void requireAllocatable(Money part) {
        requireRecorded();
        requirePositive(part);
        if (part.isGreaterThan(unallocated())) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_OVER_ALLOCATED,
                    "Payment " + id + " has " + unallocated() + " unallocated; " + part + " cannot be allocated.");
        }
    }

    /** Allocates part of the payment to a document, posted by {@code entry}. */
    public Allocation allocate(UUID allocationId, InvoiceId invoice, Money part, LocalDate day, JournalEntryId entry,
                               Instant now, Supplier<UUID> eventIds) {
        requireAllocatable(part);
        requireOnOrAfter(day, date, "the payment");
        Allocation allocation = new Allocation(allocationId, invoice, part, day, entry, null, null);
        allocations.add(allocation);
        events.record(new PaymentAllocated(eventIds.get(), tenant, now, id, allocationId, invoice, part));
        return allocation;
    }

    /** The allocation; {@code receivables.payment.allocation_not_found} when the payment has none with that id. */
    public Allocation allocation(UUID allocationId) {
        return allocations.stream().filter(a -> a.id().equals(allocationId)).findFirst()
                .orElseThrow(() -> new RuleViolationException(ReceivablesError.PAYMENT_ALLOCATION_NOT_FOUND,
                        "Payment " + id + " has no allocation " + allocationId + "."));
    }

    /** Undoes an allocation whose entry was reversed by {@code reversal}. */
    public Allocation undoAllocation(UUID allocationId, LocalDate day, JournalEntryId reversal, Instant now,
                                     Supplier<UUID> eventIds) {
        Allocation allocation = requireUndoable(allocationId);
        requireOnOrAfter(day, allocation.date(), "the allocation");
        Allocation undone = allocation.undo(day, reversal);
        allocations.set(allocations.indexOf(allocation), undone);
        events.record(new PaymentAllocationUndone(eventIds.get(), tenant, now, id, allocationId, allocation.invoice()));
        return undone;
    }

    /** The allocation, if it can be undone ({@code receivables.payment.allocation_already_undone} else). */
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

    /** Refunds part of the unallocated amount, posted by {@code entry}. */
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

    /** Refused with {@code receivables.payment.invalid_date} when {@code day} lies before {@code earliest}. */
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

    /** What was given back. */
    public Money refunded() {
        Money sum = Money.zero(amount.currency());
        for (Refund refund : refunds) {
            sum = sum.plus(refund.amount());
        }
        return sum;
    }

    /** What is allocated and not undone. */
    public Money allocated() {
        Money sum = Money.zero(amount.currency());
        for (Allocation a : allocations) {
            if (!a.isUndone()) {
                sum = sum.plus(a.amount());
            }
        }
        return sum;
    }

    /** The party's credit left on this payment: neither allocated nor refunded. */
    public Money unallocated() {
        return amount.minus(refunded()).minus(allocated());
    }

    /** The unallocated amount at the end of {@code day} (zero before the payment date or while awaiting approval). */
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

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    public PaymentId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public PaymentDirection direction() {
        return direction;
    }

    public PartyId party() {
        return party;
    }

    public PartyRole partyRole() {
        return partyRole;
    }

    public Money amount() {
        return amount;
    }

    public LocalDate date() {
        return date;
    }

    public AccountId bankAccount() {
        return bankAccount;
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<GatewayChargeId> charge() {
        return Optional.ofNullable(charge);
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<JournalEntryId> receiptEntry() {
        return Optional.ofNullable(receiptEntry);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    public List<Allocation> allocations() {
        return List.copyOf(allocations);
    }

    public List<Refund> refunds() {
        return List.copyOf(refunds);
    }

    public long version() {
        return version;
    }
}
