package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.Invoicing;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.api.ReviseInvoice;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.DocumentTotals;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceLine;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.ReceivablesConfiguration;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.accounts.spi.ReceivablesConfigurations;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class InvoicingService implements Invoicing {

    static final String SUBJECT = "Invoice";

    private final UseCases useCases;
    private final Invoices invoices;
    private final dev.backoffice.accounts.spi.PartyRecords parties;
    private final ReceivablesConfigurations configurations;
    private final DocumentNumbers numbers;
    private final TaxPolicy taxPolicy;
    private final Ledger ledger;
    private final dev.backoffice.accounts.spi.Accounts accounts;

    InvoicingService(UseCases useCases, Invoices invoices, dev.backoffice.accounts.spi.PartyRecords parties,
                     ReceivablesConfigurations configurations, DocumentNumbers numbers, TaxPolicy taxPolicy,
                     Ledger ledger, dev.backoffice.accounts.spi.Accounts accounts) {
        this.useCases = useCases;
        this.invoices = invoices;
        this.parties = parties;
        this.configurations = configurations;
        this.numbers = numbers;
        this.taxPolicy = taxPolicy;
        this.ledger = ledger;
        this.accounts = accounts;
    }

    record InvoiceRef(@NotNull InvoiceId id) {
    }

    record PartyRef(@NotNull PartyId id) {
    }

    @Override
    public InvoiceSnapshot draft(Actor actor, DraftInvoice command) {
        return useCases.create(actor, ReceivablesPermissions.DRAFT_INVOICE, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    TenantId tenant = actor.tenant();
                    PartyId partyId;
                    Currency currency;
                    if (command.kind().isCorrection()) {
                        Invoice original = correctedDocument(tenant, command);
                        partyId = original.party();
                        currency = original.currency();
                    } else {
                        if (command.party() == null) {
                            throw new ValidationException(List.of(new ValidationException.Violation("party",
                                    "must not be null")));
                        }
                        Party party = PartiesService.load(parties, tenant, command.party());
                        party.requireRole(command.kind().role());
                        partyId = party.id();
                        currency = party.currency();
                    }
                    List<InvoiceLine> lines = lines(command.lines());
                    requireAccountsOf(tenant, lines);
                    Invoice invoice = Invoice.draft(InvoiceId.of(useCases.newId()), tenant, command.kind(), partyId,
                            currency, command.correctionOf(), lines, totals(tenant, lines, currency, today()),
                            command.reference(), actor.id(), useCases.now(), useCases::newId);
                    invoices.add(invoice);
                    useCases.audit(actor, ReceivablesPermissions.DRAFT_INVOICE, SUBJECT, invoice.id().value(),
                            "drafted " + invoice.kind());
                    useCases.publish(invoice.pullEvents());
                    return InvoiceSnapshot.of(invoice);
                },
                snapshot -> snapshot.id().value(),
                id -> InvoiceSnapshot.of(load(invoices, actor.tenant(), InvoiceId.of(id))));
    }

    private Invoice correctedDocument(TenantId tenant, DraftInvoice command) {
        if (command.correctionOf() == null) {
            throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_CORRECTION,
                    "A credit or debit note must name the invoice or bill it corrects.");
        }
        Invoice original = load(invoices, tenant, command.correctionOf());
        if (original.kind().correctedBy().filter(command.kind()::equals).isEmpty() || !original.isIssued()
                || (command.party() != null && !command.party().equals(original.party()))) {
            throw new RuleViolationException(ReceivablesError.INVOICE_INVALID_CORRECTION,
                    "A " + command.kind() + " corrects an issued " + (command.kind() == InvoiceKind.CUSTOMER_CREDIT_NOTE
                            ? "customer invoice" : "supplier bill") + " of the same party; "
                            + original.number().orElse(original.id().toString()) + " is not one.");
        }
        return original;
    }

    @Override
    public InvoiceSnapshot revise(Actor actor, ReviseInvoice command) {
        return useCases.command(actor, ReceivablesPermissions.DRAFT_INVOICE, command, () -> {
            Invoice invoice = load(invoices, actor.tenant(), command.invoice());
            List<InvoiceLine> lines = lines(command.lines());
            requireAccountsOf(actor.tenant(), lines);
            invoice.revise(lines, totals(actor.tenant(), lines, invoice.currency(), today()), command.reference(),
                    useCases.now(), useCases::newId);
            invoices.update(invoice);
            useCases.audit(actor, ReceivablesPermissions.DRAFT_INVOICE, SUBJECT, invoice.id().value(), "revised");
            useCases.publish(invoice.pullEvents());
            return InvoiceSnapshot.of(invoice);
        });
    }

    @Override
    public InvoiceSnapshot issue(Actor actor, IssueInvoice command) {
        return useCases.command(actor, ReceivablesPermissions.ISSUE_INVOICE, command, () -> {
            TenantId tenant = actor.tenant();
            Invoice invoice = load(invoices, tenant, command.invoice());
            LocalDate date = command.issueDate() != null ? command.issueDate() : today();
            DocumentTotals totals = totals(tenant, invoice.lines(), invoice.currency(), date);
            invoice.requireIssuable(totals);
            Party party = PartiesService.load(parties, tenant, invoice.party());
            ReceivablesConfiguration configuration = ReceivablesSettingsService.load(configurations, tenant,
                    invoice.currency());
            Invoice original = null;
            if (invoice.kind().isCorrection()) {
                original = load(invoices, tenant, invoice.correctionOf().orElseThrow());
                original.recordCorrection(invoice.kind(), totals.gross());
            }
            int year = date.getYear();
            String number = invoice.kind().number(year, numbers.next(tenant, invoice.kind(), year));
            JournalEntrySnapshot entry = ledger.post(actor, posting(invoice, totals, number, date, party, configuration));
            LocalDate due = invoice.kind().isCorrection() ? date : party.paymentTerms().dueDate(date);
            invoice.issue(number, date, due, totals, entry.id(), actor.id(), useCases.now(), useCases::newId);
            List<DomainEvent> events = new ArrayList<>(invoice.pullEvents());
            if (original != null) {
                Money applied = min(original.open(), invoice.open());
                if (applied.isPositive()) {
                    original.settle(invoice.id().value(), date, applied, useCases.now(), useCases::newId);
                    invoice.settle(original.id().value(), date, applied, useCases.now(), useCases::newId);
                    events.addAll(invoice.pullEvents());
                }
                invoices.update(original);
                events.addAll(original.pullEvents());
                useCases.audit(actor, ReceivablesPermissions.ISSUE_INVOICE, SUBJECT, original.id().value(),
                        "corrected by " + number);
            }
            invoices.update(invoice);
            useCases.audit(actor, ReceivablesPermissions.ISSUE_INVOICE, SUBJECT, invoice.id().value(),
                    "issued " + number);
            useCases.publish(events);
            return InvoiceSnapshot.of(invoice);
        });
    }

    /**
     * The one balanced entry of a document: its gross on the control account, its nets on the
     * line accounts (grouped) and its tax on the tax account, on the other side.
     */
    private static NewJournalEntry posting(Invoice invoice, DocumentTotals totals, String number, LocalDate date,
                                           Party party, ReceivablesConfiguration configuration) {
        Side control = invoice.kind().controlSide();
        Side other = control.opposite();
        Map<AccountId, Money> nets = new LinkedHashMap<>();
        for (int i = 0; i < invoice.lines().size(); i++) {
            InvoiceLine line = invoice.lines().get(i);
            AccountId account = line.account() != null ? line.account()
                    : configuration.lineAccount(invoice.kind().role());
            nets.merge(account, totals.lines().get(i).net(), Money::plus);
        }
        NewJournalEntry.Builder entry = NewJournalEntry.on(date, describe(invoice.kind()) + " " + number + " "
                        + (invoice.kind().role() == dev.backoffice.accounts.domain.PartyRole.CUSTOMER ? "to " : "from ")
                        + party.name())
                .reference(number)
                .line(new JournalLineInput(configuration.control(invoice.kind().role()), control, totals.gross(), null,
                        null));
        nets.forEach((account, net) -> {
            if (net.isPositive()) {
                entry.line(new JournalLineInput(account, other, net, null, null));
            }
        });
        if (totals.tax().isPositive()) {
            entry.line(new JournalLineInput(configuration.tax(invoice.kind().role()), other, totals.tax(), null, null));
        }
        return entry.build();
    }

    private static String describe(InvoiceKind kind) {
        return switch (kind) {
            case CUSTOMER_INVOICE -> "Invoice";
            case CUSTOMER_CREDIT_NOTE -> "Credit note";
            case SUPPLIER_BILL -> "Bill";
            case SUPPLIER_DEBIT_NOTE -> "Debit note";
        };
    }

    @Override
    public InvoiceSnapshot invoice(Actor actor, InvoiceId id) {
        return useCases.query(actor, ReceivablesPermissions.READ, new InvoiceRef(id),
                () -> InvoiceSnapshot.of(load(invoices, actor.tenant(), id)));
    }

    @Override
    public List<InvoiceSnapshot> ofParty(Actor actor, PartyId party) {
        return useCases.query(actor, ReceivablesPermissions.READ, new PartyRef(party),
                () -> invoices.findByParty(actor.tenant(), party).stream().map(InvoiceSnapshot::of).toList());
    }

    private LocalDate today() {
        return LocalDate.now(useCases.clock());
    }

    /**
     * The account a line names, if any, must be one of the tenant's ({@code ledger.account.not_found}),
     * so that a draft never stores an id of another tenant's account.
     */
    private void requireAccountsOf(TenantId tenant, List<InvoiceLine> lines) {
        List<dev.backoffice.accounts.domain.AccountId> named = lines.stream().map(InvoiceLine::account)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (named.isEmpty()) {
            return;
        }
        var found = accounts.findAll(tenant, named);
        for (dev.backoffice.accounts.domain.AccountId id : named) {
            if (!found.containsKey(id)) {
                throw new NotFoundException(dev.backoffice.accounts.domain.LedgerError.ACCOUNT_NOT_FOUND,
                        "Account " + id + " does not exist.");
            }
        }
    }

    private static List<InvoiceLine> lines(List<InvoiceLineInput> inputs) {
        List<InvoiceLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            InvoiceLineInput in = inputs.get(i);
            lines.add(new InvoiceLine(i + 1, in.description().strip(), in.quantity(), in.unitPrice(),
                    in.discountPercent(), in.taxCode().strip(), in.account()));
        }
        return lines;
    }

    private DocumentTotals totals(TenantId tenant, List<InvoiceLine> lines, Currency currency, LocalDate date) {
        return DocumentTotals.compute(lines, currency, code -> taxPolicy.ratePercent(tenant, code, date),
                taxPolicy.pricesIncludeTax(tenant), taxPolicy.rounding(tenant));
    }

    static Money min(Money a, Money b) {
        return a.isLessThan(b) ? a : b;
    }

    static Invoice load(Invoices invoices, TenantId tenant, InvoiceId id) {
        return invoices.find(tenant, id).orElseThrow(() -> new NotFoundException(ReceivablesError.INVOICE_NOT_FOUND,
                "No invoice, bill or note " + id + " exists."));
    }
}
