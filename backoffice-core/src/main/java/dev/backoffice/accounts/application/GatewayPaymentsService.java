package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.GatewayChargeSnapshot;
import dev.backoffice.accounts.api.GatewayEvent;
import dev.backoffice.accounts.api.GatewayPayments;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.RefundCharge;
import dev.backoffice.accounts.api.VoidCharge;
import dev.backoffice.accounts.domain.GatewayCharge;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.GatewayChargeStatus;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.GatewayCharges;
import dev.backoffice.accounts.spi.GatewayOutcome;
import dev.backoffice.accounts.spi.GatewayResponse;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.PaymentGateway;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

final class GatewayPaymentsService implements GatewayPayments {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayPaymentsService.class);
    private static final String SUBJECT = "GatewayCharge";

    private final UseCases useCases;
    private final GatewayCharges charges;
    private final dev.backoffice.accounts.spi.PartyRecords parties;
    private final Invoices invoices;
    private final dev.backoffice.accounts.spi.PaymentRecords paymentStore;
    private final ReceivablesConfigurations configurations;
    private final Ledger ledger;
    private final PaymentGateway gateway;
    private final PaymentsService payments;

    GatewayPaymentsService(UseCases useCases, GatewayCharges charges, dev.backoffice.accounts.spi.PartyRecords parties,
                           Invoices invoices, dev.backoffice.accounts.spi.PaymentRecords paymentStore,
                           ReceivablesConfigurations configurations, Ledger ledger, PaymentGateway gateway,
                           PaymentsService payments) {
        this.useCases = useCases;
        this.charges = charges;
        this.parties = parties;
        this.invoices = invoices;
        this.paymentStore = paymentStore;
        this.configurations = configurations;
        this.ledger = ledger;
        this.gateway = gateway;
        this.payments = payments;
    }

    record ChargeRef(@NotNull GatewayChargeId id) {
    }

    @Override
    public GatewayChargeSnapshot authorize(Actor actor, AuthorizeCharge command) {
        useCases.admit(actor, ReceivablesPermissions.GATEWAY, command);
        GatewayCharge charge = useCases.execute(actor.tenant(), () -> {
            Optional<UUID> earlier = useCases.recall(actor, command.idempotencyKey(), command);
            if (earlier.isPresent()) {
                return load(actor.tenant(), GatewayChargeId.of(earlier.get()));
            }
            Party customer = PartiesService.load(parties, actor.tenant(), command.customer());
            customer.requireRole(PartyRole.CUSTOMER);
            if (!command.amount().currency().equals(customer.currency())) {
                throw new RuleViolationException(ReceivablesError.PAYMENT_CURRENCY_MISMATCH, "The charge is in "
                        + command.amount().currency() + ", the customer's documents in " + customer.currency() + ".");
            }
            clearingConfiguration(actor.tenant(), command.amount());
            if (command.invoice() != null) {
                Invoice invoice = InvoicingService.load(invoices, actor.tenant(), command.invoice());
                if (!invoice.party().equals(customer.id()) || invoice.kind() != InvoiceKind.CUSTOMER_INVOICE) {
                    throw new RuleViolationException(ReceivablesError.PAYMENT_DOCUMENT_MISMATCH,
                            "A charge of customer " + customer.id() + " cannot pay document " + invoice.id() + ".");
                }
            }
            GatewayCharge requested = GatewayCharge.request(GatewayChargeId.of(useCases.newId()), actor.tenant(),
                    customer.id(), command.invoice(), command.amount(), actor.id(), useCases.now(), useCases::newId);
            charges.add(requested);
            useCases.remember(actor, command.idempotencyKey(), command, requested.id().value());
            useCases.audit(actor, ReceivablesPermissions.GATEWAY, SUBJECT, requested.id().value(), "requested");
            useCases.publish(requested.pullEvents());
            return requested;
        });
        if (charge.status() != GatewayChargeStatus.REQUESTED) {
            return GatewayChargeSnapshot.of(charge);
        }
        GatewayResponse response = gateway.authorize(actor.tenant(), command.idempotencyKey(), charge.id().toString(),
                charge.amount(), command.paymentMethod());
        return useCases.execute(actor.tenant(), () -> {
            GatewayCharge current = load(actor.tenant(), charge.id());
            if (current.status() != GatewayChargeStatus.REQUESTED) {
                return GatewayChargeSnapshot.of(current); // a notification told the outcome first
            }
            switch (response.outcome()) {
                case APPROVED -> authorized(actor, current, response.gatewayReference(), response.transactionReference());
                case DECLINED -> current.declined(response.gatewayReference(), response.transactionReference(),
                        response.message(), useCases.now(), useCases::newId);
                case TIMEOUT -> {
                    LOG.info("Gateway authorization of charge {} timed out; waiting for a retry or a notification",
                            current.id());
                    return GatewayChargeSnapshot.of(current);
                }
            }
            save(actor, current, new ArrayList<>(), response.outcome().name().toLowerCase(java.util.Locale.ROOT));
            return GatewayChargeSnapshot.of(current);
        });
    }

    /** Holds the amount with a pending entry: gateway clearing against the customer's credit. */
    private void authorized(Actor actor, GatewayCharge charge, String reference, String transaction) {
        ReceivablesConfiguration configuration = clearingConfiguration(actor.tenant(), charge.amount());
        PendingEntrySnapshot pending = ledger.postPending(actor, NewPendingEntry.of(
                NewJournalEntry.on(today(), "Gateway authorization " + reference)
                        .reference(reference)
                        .debit(configuration.gatewayClearing(), charge.amount())
                        .credit(configuration.customerCredit(), charge.amount())
                        .build(), null));
        charge.authorized(reference, transaction, pending.id(), useCases.now(), useCases::newId);
    }

    @Override
    public GatewayChargeSnapshot capture(Actor actor, CaptureCharge command) {
        return gatewayCall(actor, command, command == null ? null : command.charge(),
                command == null ? null : command.idempotencyKey(),
                charge -> {
                    charge.requireCapturable(amountOrAll(command.amount(), charge));
                    return gateway.capture(actor.tenant(), command.idempotencyKey(), reference(charge),
                            amountOrAll(command.amount(), charge));
                },
                (charge, response, events) -> captured(actor, charge,
                        response.amount() != null ? response.amount() : amountOrAll(command.amount(), charge),
                        response.transactionReference(), dateOr(command.date()), events));
    }

    private void captured(Actor actor, GatewayCharge charge, Money amount, String transaction, LocalDate date,
                          List<DomainEvent> events) {
        charge.requireCapturable(amount);
        PostPendingEntry post = amount.equals(charge.amount())
                ? new PostPendingEntry(charge.pendingEntry().orElseThrow(), null, date, null)
                : new PostPendingEntry(charge.pendingEntry().orElseThrow(), List.of(amount, amount), date, null);
        JournalEntrySnapshot entry = ledger.postPendingEntry(actor, post);
        Party customer = PartiesService.load(parties, actor.tenant(), charge.party());
        ReceivablesConfiguration configuration = clearingConfiguration(actor.tenant(), amount);
        Payment payment = payments.recordPosted(actor, customer, amount, date, configuration.gatewayClearing(),
                charge.id(), charge.gatewayReference().orElse(null), entry.id(), events);
        if (charge.invoice().isPresent()) {
            Invoice invoice = InvoicingService.load(invoices, actor.tenant(), charge.invoice().get());
            Money part = InvoicingService.min(amount, invoice.open());
            if (part.isPositive() && invoice.status() != InvoiceStatus.PAID) {
                payments.allocate(actor, payment, invoice, part, date);
                payments.store(payment, List.of(invoice), events);
            }
        }
        charge.captured(amount, transaction, payment.id(), useCases.now(), useCases::newId);
    }

    @Override
    public GatewayChargeSnapshot voidCharge(Actor actor, VoidCharge command) {
        return gatewayCall(actor, command, command == null ? null : command.charge(),
                command == null ? null : command.idempotencyKey(),
                charge -> {
                    charge.require(GatewayChargeStatus.AUTHORIZED, "void");
                    return gateway.voidAuthorization(actor.tenant(), command.idempotencyKey(), reference(charge));
                },
                (charge, response, events) -> voided(actor, charge, response.transactionReference()));
    }

    private void voided(Actor actor, GatewayCharge charge, String transaction) {
        charge.requireVoidable();
        if (charge.status() == GatewayChargeStatus.AUTHORIZED) {
            ledger.voidPending(actor, charge.pendingEntry().orElseThrow());
        }
        charge.voided(transaction, useCases.now(), useCases::newId);
    }

    @Override
    public GatewayChargeSnapshot refund(Actor actor, RefundCharge command) {
        return gatewayCall(actor, command, command == null ? null : command.charge(),
                command == null ? null : command.idempotencyKey(),
                charge -> {
                    charge.requireRefundable(command.amount());
                    return gateway.refund(actor.tenant(), command.idempotencyKey(), reference(charge), command.amount());
                },
                (charge, response, events) -> refunded(actor, charge, command.amount(), response.transactionReference(),
                        dateOr(command.date()), events));
    }

    private void refunded(Actor actor, GatewayCharge charge, Money amount, String transaction, LocalDate date,
                          List<DomainEvent> events) {
        charge.requireRefundable(amount);
        Payment payment = PaymentsService.load(paymentStore, actor.tenant(), charge.payment().orElseThrow());
        List<Invoice> touched = payments.refund(actor, payment, amount, date, null);
        payments.store(payment, touched, events);
        charge.refunded(amount, transaction, useCases.now(), useCases::newId);
    }

    /** What a capture, void or refund does once the gateway approved it, in the unit of work that applies it. */
    @FunctionalInterface
    private interface Application {
        void apply(GatewayCharge charge, GatewayResponse response, List<DomainEvent> events);
    }

    /**
     * A capture, void or refund: checked and remembered by idempotency key, the gateway called
     * outside any unit of work, its approval applied in one; a decline or timeout refused with
     * nothing changed.
     */
    private GatewayChargeSnapshot gatewayCall(Actor actor, Object command, GatewayChargeId chargeId, String key,
                                              Function<GatewayCharge, GatewayResponse> call, Application application) {
        useCases.admit(actor, ReceivablesPermissions.GATEWAY, command);
        Optional<GatewayCharge> done = useCases.execute(actor.tenant(), () -> {
            GatewayCharge charge = load(actor.tenant(), chargeId);
            return useCases.recall(actor, key, command).map(id -> charge);
        });
        if (done.isPresent()) {
            return GatewayChargeSnapshot.of(done.get());
        }
        GatewayCharge checked = useCases.read(actor.tenant(), () -> load(actor.tenant(), chargeId));
        GatewayResponse response = call.apply(checked);
        if (response.outcome() == GatewayOutcome.DECLINED) {
            throw new RuleViolationException(ReceivablesError.GATEWAY_DECLINED, "The payment gateway declined: "
                    + (response.message() == null ? "no reason given" : response.message()) + ".");
        }
        if (response.outcome() == GatewayOutcome.TIMEOUT) {
            throw new RuleViolationException(ReceivablesError.GATEWAY_TIMEOUT, "The payment gateway did not answer in "
                    + "time; nothing was changed. Retry with the same idempotency key, or wait for its notification.");
        }
        return useCases.execute(actor.tenant(), () -> {
            if (useCases.recall(actor, key, command).isPresent()) {
                return GatewayChargeSnapshot.of(load(actor.tenant(), chargeId));
            }
            GatewayCharge charge = load(actor.tenant(), chargeId);
            List<DomainEvent> events = new ArrayList<>();
            if (!charge.hasApplied(response.transactionReference())) { // else its notification came first
                application.apply(charge, response, events);
                save(actor, charge, events, "applied " + command.getClass().getSimpleName());
            }
            useCases.remember(actor, key, command, charge.id().value());
            return GatewayChargeSnapshot.of(charge);
        });
    }

    @Override
    public GatewayChargeSnapshot recordGatewayEvent(Actor actor, GatewayEvent event) {
        return useCases.command(actor, ReceivablesPermissions.GATEWAY, event, () -> {
            GatewayCharge charge = load(actor.tenant(), event.charge());
            if (charge.hasApplied(event.transactionReference())) {
                return GatewayChargeSnapshot.of(charge); // a duplicate, or the echo of a call already applied
            }
            List<DomainEvent> events = new ArrayList<>();
            GatewayChargeStatus status = charge.status();
            boolean changed = true;
            switch (event.type()) {
                case AUTHORIZED -> {
                    if (status == GatewayChargeStatus.REQUESTED) {
                        authorized(actor, charge, event.gatewayReference(), event.transactionReference());
                    } else {
                        changed = false; // late: the charge went further already
                    }
                }
                case DECLINED -> {
                    if (status == GatewayChargeStatus.REQUESTED) {
                        charge.declined(event.gatewayReference(), event.transactionReference(), event.message(),
                                useCases.now(), useCases::newId);
                    } else {
                        changed = false;
                    }
                }
                case CAPTURED -> {
                    if (status == GatewayChargeStatus.CAPTURED) {
                        changed = false;
                    } else {
                        if (status == GatewayChargeStatus.REQUESTED) { // the capture came before the authorization
                            authorized(actor, charge, event.gatewayReference(), null);
                        }
                        captured(actor, charge, amountOrAll(event.amount(), charge), event.transactionReference(),
                                dateOr(event.date()), events);
                    }
                }
                case VOIDED -> {
                    if (status == GatewayChargeStatus.VOIDED) {
                        changed = false;
                    } else {
                        voided(actor, charge, event.transactionReference());
                    }
                }
                case REFUNDED -> {
                    if (event.amount() == null) {
                        throw new ValidationException(List.of(new ValidationException.Violation("amount",
                                "must not be null for a refund")));
                    }
                    refunded(actor, charge, event.amount(), event.transactionReference(), dateOr(event.date()), events);
                }
            }
            if (changed) {
                save(actor, charge, events, "notified " + event.type().name().toLowerCase(java.util.Locale.ROOT));
            }
            return GatewayChargeSnapshot.of(charge);
        });
    }

    @Override
    public GatewayChargeSnapshot charge(Actor actor, GatewayChargeId id) {
        return useCases.query(actor, ReceivablesPermissions.READ, new ChargeRef(id),
                () -> GatewayChargeSnapshot.of(load(actor.tenant(), id)));
    }

    private void save(Actor actor, GatewayCharge charge, List<DomainEvent> events, String detail) {
        charges.update(charge);
        events.addAll(charge.pullEvents());
        useCases.audit(actor, ReceivablesPermissions.GATEWAY, SUBJECT, charge.id().value(), detail);
        useCases.publish(events);
    }

    private ReceivablesConfiguration clearingConfiguration(TenantId tenant, Money amount) {
        ReceivablesConfiguration configuration = ReceivablesSettingsService.load(configurations, tenant,
                amount.currency());
        if (configuration.gatewayClearing() == null) {
            throw new RuleViolationException(ReceivablesError.GATEWAY_NOT_CONFIGURED,
                    "No gateway clearing account is configured for " + amount.currency().getCurrencyCode() + ".");
        }
        return configuration;
    }

    private static String reference(GatewayCharge charge) {
        return charge.gatewayReference().orElseThrow(() -> new RuleViolationException(
                ReceivablesError.GATEWAY_INVALID_STATE, "Charge " + charge.id() + " has no gateway reference yet."));
    }

    private static Money amountOrAll(Money amount, GatewayCharge charge) {
        return amount != null ? amount : charge.amount();
    }

    private LocalDate dateOr(LocalDate date) {
        return date != null ? date : today();
    }

    private LocalDate today() {
        return LocalDate.now(useCases.clock());
    }

    private GatewayCharge load(TenantId tenant, GatewayChargeId id) {
        return charges.find(tenant, id).orElseThrow(() -> new NotFoundException(
                ReceivablesError.GATEWAY_CHARGE_NOT_FOUND, "No gateway charge " + id + " exists."));
    }
}
