package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.ApprovePayment;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.Payments;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.UndoAllocation;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.Allocation;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

final class PaymentsService implements Payments {

    static final String SUBJECT = "Payment";

    private final UseCases useCases;
    private final dev.backoffice.accounts.spi.PaymentRecords payments;
    private final Invoices invoices;
    private final dev.backoffice.accounts.spi.PartyRecords parties;
    private final ReceivablesConfigurations configurations;
    private final Ledger ledger;

    PaymentsService(UseCases useCases, dev.backoffice.accounts.spi.PaymentRecords payments, Invoices invoices,
                    dev.backoffice.accounts.spi.PartyRecords parties, ReceivablesConfigurations configurations,
                    Ledger ledger) {
        this.useCases = useCases;
        this.payments = payments;
        this.invoices = invoices;
        this.parties = parties;
        this.configurations = configurations;
        this.ledger = ledger;
    }

    record PaymentRef(@NotNull PaymentId id) {
    }

    record PartyRef(@NotNull PartyId id) {
    }

    @Override
    public PaymentSnapshot record(Actor actor, RecordPayment command) {
        return useCases.create(actor, ReceivablesPermissions.RECORD_PAYMENT, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Party party = PartiesService.load(parties, actor.tenant(), command.party());
                    if (!command.amount().currency().equals(party.currency())) {
                        throw new RuleViolationException(ReceivablesError.PAYMENT_CURRENCY_MISMATCH, "The payment is in "
                                + command.amount().currency() + ", the party's documents in " + party.currency() + ".");
                    }
                    ReceivablesConfiguration configuration = configuration(actor.tenant(), party.currency());
                    boolean needsApproval = command.direction() == PaymentDirection.OUTGOING
                            && configuration.needsApproval(command.amount());
                    AccountId bank = command.bankAccount() != null ? command.bankAccount() : configuration.bank();
                    Payment payment = Payment.record(PaymentId.of(useCases.newId()), actor.tenant(),
                            command.direction(), party.id(), party.role(), command.amount(), command.date(), bank,
                            command.reference(), null, needsApproval, actor.id(), useCases.now(), useCases::newId);
                    if (!needsApproval) {
                        payment.posted(postReceipt(actor, payment, configuration));
                    }
                    payments.add(payment);
                    useCases.audit(actor, ReceivablesPermissions.RECORD_PAYMENT, SUBJECT, payment.id().value(),
                            needsApproval ? "recorded, awaiting approval" : "recorded");
                    useCases.publish(payment.pullEvents());
                    return PaymentSnapshot.of(payment);
                },
                snapshot -> snapshot.id().value(),
                id -> PaymentSnapshot.of(load(payments, actor.tenant(), PaymentId.of(id))));
    }

    /**
     * Records, inside the caller's unit of work, an incoming payment already posted by
     * {@code entry} (a captured gateway charge: the pending entry's posting).
     */
    Payment recordPosted(Actor actor, Party party, Money amount, LocalDate date, AccountId account,
                         GatewayChargeId charge, String reference, JournalEntryId entry, List<DomainEvent> events) {
        Payment payment = Payment.record(PaymentId.of(useCases.newId()), actor.tenant(), PaymentDirection.INCOMING,
                party.id(), party.role(), amount, date, account, reference, charge, false, actor.id(), useCases.now(),
                useCases::newId);
        payment.posted(entry);
        payments.add(payment);
        useCases.audit(actor, ReceivablesPermissions.RECORD_PAYMENT, SUBJECT, payment.id().value(),
                "recorded from gateway charge " + charge);
        events.addAll(payment.pullEvents());
        return payment;
    }

    private JournalEntryId postReceipt(Actor actor, Payment payment, ReceivablesConfiguration configuration) {
        Side cash = payment.cashSide();
        JournalEntrySnapshot entry = ledger.post(actor, NewJournalEntry.on(payment.date(),
                        (payment.direction() == PaymentDirection.INCOMING ? "Payment received " : "Payment made ")
                                + payment.id())
                .reference(payment.reference().orElse(null))
                .line(new JournalLineInput(payment.bankAccount(), cash, payment.amount(), null, null))
                .line(new JournalLineInput(configuration.advances(payment.partyRole()), cash.opposite(),
                        payment.amount(), null, null))
                .build());
        return entry.id();
    }

    @Override
    public PaymentSnapshot approve(Actor actor, ApprovePayment command) {
        return useCases.command(actor, ReceivablesPermissions.APPROVE_PAYMENT, command, () -> {
            Payment payment = load(payments, actor.tenant(), command.payment());
            payment.approve(actor.id(), useCases.now(), useCases::newId);
            payment.posted(postReceipt(actor, payment, configuration(actor.tenant(), payment.amount().currency())));
            payments.update(payment);
            useCases.audit(actor, ReceivablesPermissions.APPROVE_PAYMENT, SUBJECT, payment.id().value(), "approved");
            useCases.publish(payment.pullEvents());
            return PaymentSnapshot.of(payment);
        });
    }

    @Override
    public PaymentSnapshot allocate(Actor actor, AllocatePayment command) {
        return useCases.command(actor, ReceivablesPermissions.RECORD_PAYMENT, command, () -> {
            Payment payment = load(payments, actor.tenant(), command.payment());
            LocalDate date = command.date() != null ? command.date() : today();
            Map<InvoiceId, Invoice> touched = new LinkedHashMap<>();
            for (AllocatePayment.Part part : command.parts()) {
                Invoice invoice = touched.computeIfAbsent(part.invoice(),
                        id -> InvoicingService.load(invoices, actor.tenant(), id));
                allocate(actor, payment, invoice, part.amount(), date);
            }
            storeAndPublish(payment, touched.values());
            return PaymentSnapshot.of(payment);
        });
    }

    /** Allocates part of the payment to the document and posts it; the caller stores both. */
    void allocate(Actor actor, Payment payment, Invoice invoice, Money amount, LocalDate date) {
        payment.requireAllocatable(amount);
        if (!invoice.party().equals(payment.party()) || invoice.kind().settledBy() != payment.direction()) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_DOCUMENT_MISMATCH, "A payment "
                    + payment.direction().name().toLowerCase(java.util.Locale.ROOT) + " for party " + payment.party()
                    + " cannot settle " + invoice.kind() + " " + invoice.number().orElse(invoice.id().toString())
                    + " of party " + invoice.party() + ".");
        }
        if (!invoice.currency().equals(payment.amount().currency())) {
            throw new RuleViolationException(ReceivablesError.PAYMENT_CURRENCY_MISMATCH, "The payment is in "
                    + payment.amount().currency() + ", the document in " + invoice.currency() + ".");
        }
        ReceivablesConfiguration configuration = configuration(payment.tenant(), invoice.currency());
        UUID allocationId = useCases.newId();
        invoice.settle(allocationId, date, amount, useCases.now(), useCases::newId);
        Side cash = payment.cashSide();
        String number = invoice.number().orElseThrow();
        JournalEntrySnapshot entry = ledger.post(actor, NewJournalEntry.on(date,
                        "Payment " + payment.id() + " allocated to " + number)
                .reference(number)
                .line(new JournalLineInput(configuration.advances(payment.partyRole()), cash, amount, null, null))
                .line(new JournalLineInput(configuration.control(payment.partyRole()), cash.opposite(), amount, null,
                        null))
                .build());
        payment.allocate(allocationId, invoice.id(), amount, date, entry.id(), useCases.now(), useCases::newId);
        useCases.audit(actor, ReceivablesPermissions.RECORD_PAYMENT, InvoicingService.SUBJECT, invoice.id().value(),
                "settled " + amount + " by payment " + payment.id());
    }

    @Override
    public PaymentSnapshot undoAllocation(Actor actor, UndoAllocation command) {
        return useCases.command(actor, ReceivablesPermissions.RECORD_PAYMENT, command, () -> {
            Payment payment = load(payments, actor.tenant(), command.payment());
            LocalDate date = command.date() != null ? command.date() : today();
            Allocation allocation = payment.requireUndoable(command.allocation());
            Invoice invoice = InvoicingService.load(invoices, actor.tenant(), allocation.invoice());
            undo(actor, payment, invoice, allocation, date);
            storeAndPublish(payment, List.of(invoice));
            return PaymentSnapshot.of(payment);
        });
    }

    /** Reverses the allocation's entry and opens its amount on the document again; the caller stores both. */
    private void undo(Actor actor, Payment payment, Invoice invoice, Allocation allocation, LocalDate date) {
        JournalEntrySnapshot reversal = ledger.reverse(actor, new ReverseJournalEntry(allocation.entry(), date,
                "Allocation of payment " + payment.id() + " to " + invoice.number().orElseThrow() + " undone", null));
        invoice.unsettle(allocation.id(), date, allocation.amount(), useCases.now(), useCases::newId);
        payment.undoAllocation(allocation.id(), date, reversal.id(), useCases.now(), useCases::newId);
        useCases.audit(actor, ReceivablesPermissions.RECORD_PAYMENT, InvoicingService.SUBJECT, invoice.id().value(),
                "allocation " + allocation.id() + " of payment " + payment.id() + " undone");
    }

    @Override
    public PaymentSnapshot refund(Actor actor, RefundPayment command) {
        return useCases.create(actor, ReceivablesPermissions.RECORD_PAYMENT, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Payment payment = load(payments, actor.tenant(), command.payment());
                    LocalDate date = command.date() != null ? command.date() : today();
                    List<Invoice> touched = refund(actor, payment, command.amount(), date, null);
                    storeAndPublish(payment, touched);
                    return PaymentSnapshot.of(payment);
                },
                snapshot -> snapshot.id().value(),
                id -> PaymentSnapshot.of(load(payments, actor.tenant(), PaymentId.of(id))));
    }

    /**
     * Refunds part of the payment, undoing its latest allocations first when the unallocated amount
     * is not enough (a remainder is allocated again), and posts the refund on {@code refundEntry}
     * when given (a gateway refund posts its own) or with a new entry. Returns the documents it
     * changed; the caller stores them and the payment.
     */
    List<Invoice> refund(Actor actor, Payment payment, Money amount, LocalDate date, JournalEntryId refundEntry) {
        payment.requireRefundable(amount);
        List<Invoice> touched = new ArrayList<>();
        if (amount.isGreaterThan(payment.unallocated())) {
            Money needed = amount.minus(payment.unallocated());
            List<Allocation> active = payment.allocations().stream().filter(a -> !a.isUndone()).toList();
            for (int i = active.size() - 1; i >= 0 && needed.isPositive(); i--) {
                Allocation allocation = active.get(i);
                Invoice invoice = touched.stream().filter(t -> t.id().equals(allocation.invoice())).findFirst()
                        .orElseGet(() -> {
                            Invoice loaded = InvoicingService.load(invoices, actor.tenant(), allocation.invoice());
                            touched.add(loaded);
                            return loaded;
                        });
                undo(actor, payment, invoice, allocation, date);
                if (allocation.amount().isGreaterThan(needed)) {
                    allocate(actor, payment, invoice, allocation.amount().minus(needed), date);
                }
                needed = needed.minus(InvoicingService.min(needed, allocation.amount()));
            }
        }
        JournalEntryId entry = refundEntry != null ? refundEntry : postRefund(actor, payment, amount, date);
        payment.refund(useCases.newId(), amount, date, entry, useCases.now(), useCases::newId);
        useCases.audit(actor, ReceivablesPermissions.RECORD_PAYMENT, SUBJECT, payment.id().value(),
                "refunded " + amount);
        return touched;
    }

    private JournalEntryId postRefund(Actor actor, Payment payment, Money amount, LocalDate date) {
        ReceivablesConfiguration configuration = configuration(payment.tenant(), amount.currency());
        Side cash = payment.cashSide();
        return ledger.post(actor, NewJournalEntry.on(date, "Refund of payment " + payment.id())
                .reference(payment.reference().orElse(null))
                .line(new JournalLineInput(configuration.advances(payment.partyRole()), cash, amount, null, null))
                .line(new JournalLineInput(payment.bankAccount(), cash.opposite(), amount, null, null))
                .build()).id();
    }

    /** Stores the payment and the documents it changed, and adds their events to {@code events}. */
    void store(Payment payment, Iterable<Invoice> changed, List<DomainEvent> events) {
        for (Invoice invoice : changed) {
            invoices.update(invoice);
            events.addAll(invoice.pullEvents());
        }
        payments.update(payment);
        events.addAll(payment.pullEvents());
    }

    /** Stores the payment and the documents it changed, and publishes their events. */
    private void storeAndPublish(Payment payment, Iterable<Invoice> changed) {
        List<DomainEvent> events = new ArrayList<>();
        store(payment, changed, events);
        useCases.publish(events);
    }

    @Override
    public PaymentSnapshot payment(Actor actor, PaymentId id) {
        return useCases.query(actor, ReceivablesPermissions.READ, new PaymentRef(id),
                () -> PaymentSnapshot.of(load(payments, actor.tenant(), id)));
    }

    @Override
    public List<PaymentSnapshot> ofParty(Actor actor, PartyId party) {
        return useCases.query(actor, ReceivablesPermissions.READ, new PartyRef(party),
                () -> payments.findByParty(actor.tenant(), party).stream().map(PaymentSnapshot::of).toList());
    }

    private ReceivablesConfiguration configuration(TenantId tenant, java.util.Currency currency) {
        return ReceivablesSettingsService.load(configurations, tenant, currency);
    }

    private LocalDate today() {
        return LocalDate.now(useCases.clock());
    }

    static Payment load(dev.backoffice.accounts.spi.PaymentRecords payments, TenantId tenant, PaymentId id) {
        return payments.find(tenant, id).orElseThrow(() -> new NotFoundException(ReceivablesError.PAYMENT_NOT_FOUND,
                "No payment " + id + " exists."));
    }
}
