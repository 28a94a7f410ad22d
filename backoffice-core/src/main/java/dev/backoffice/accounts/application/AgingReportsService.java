package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AgingReport;
import dev.backoffice.accounts.api.AgingReports;
import dev.backoffice.accounts.api.AgingRequest;
import dev.backoffice.accounts.api.OpenItems;
import dev.backoffice.accounts.api.OpenItemsRequest;
import dev.backoffice.accounts.api.PartyStatement;
import dev.backoffice.accounts.api.PartyStatementRequest;
import dev.backoffice.accounts.api.ReceivablesPermissions;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.accounts.domain.PaymentStatus;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.domain.Refund;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

final class AgingReportsService implements AgingReports {

    private final UseCases useCases;
    private final Invoices invoices;
    private final dev.backoffice.accounts.spi.PaymentRecords payments;
    private final dev.backoffice.accounts.spi.PartyRecords parties;

    AgingReportsService(UseCases useCases, Invoices invoices, dev.backoffice.accounts.spi.PaymentRecords payments,
                        dev.backoffice.accounts.spi.PartyRecords parties) {
        this.useCases = useCases;
        this.invoices = invoices;
        this.payments = payments;
        this.parties = parties;
    }

    @Override
    public OpenItems openItems(Actor actor, OpenItemsRequest request) {
        return useCases.query(actor, ReceivablesPermissions.READ, request,
                () -> open(actor.tenant(), request.role(), request.currency(), request.asOf(), request.party()));
    }

    private OpenItems open(TenantId tenant, PartyRole role, Currency currency, LocalDate asOf, PartyId onlyParty) {
        List<OpenItems.Document> documents = new ArrayList<>();
        Money documentsTotal = Money.zero(currency);
        for (Invoice invoice : invoices.findIssued(tenant, role, asOf)) {
            if (!invoice.currency().equals(currency) || (onlyParty != null && !onlyParty.equals(invoice.party()))) {
                continue;
            }
            Money open = invoice.openOn(asOf).times(invoice.kind().sign());
            if (open.isZero()) {
                continue;
            }
            LocalDate due = invoice.dueDate().orElseThrow();
            documents.add(new OpenItems.Document(invoice.party(), invoice.id(), invoice.kind(),
                    invoice.number().orElseThrow(), invoice.issueDate().orElseThrow(), due, invoice.totals().gross(),
                    open, Math.max(0, ChronoUnit.DAYS.between(due, asOf))));
            documentsTotal = documentsTotal.plus(open);
        }
        List<OpenItems.Payment> credits = new ArrayList<>();
        Money paymentsTotal = Money.zero(currency);
        for (Payment payment : payments.findByRole(tenant, role, asOf)) {
            if (!payment.amount().currency().equals(currency)
                    || (onlyParty != null && !onlyParty.equals(payment.party()))) {
                continue;
            }
            Money unallocated = payment.unallocatedOn(asOf).times(creditSign(payment));
            if (unallocated.isZero()) {
                continue;
            }
            credits.add(new OpenItems.Payment(payment.party(), payment.id(), payment.date(),
                    payment.reference().orElse(null), payment.amount(), unallocated));
            paymentsTotal = paymentsTotal.plus(unallocated);
        }
        return new OpenItems(role, asOf, List.copyOf(documents), documentsTotal, List.copyOf(credits), paymentsTotal);
    }

    /**
     * The sign of a payment's unallocated amount on the advances account's normal side: a
     * payment that settles the party's documents (in from a customer, out to a supplier) is the
     * party's credit (+); one the other way (out to a customer, in from a supplier) is negative.
     */
    private static int creditSign(Payment payment) {
        PaymentDirection settling = payment.partyRole() == PartyRole.CUSTOMER ? PaymentDirection.INCOMING
                : PaymentDirection.OUTGOING;
        return payment.direction() == settling ? 1 : -1;
    }

    @Override
    public AgingReport aging(Actor actor, AgingRequest request) {
        return useCases.query(actor, ReceivablesPermissions.READ, request, () -> {
            Currency currency = request.currency();
            OpenItems items = open(actor.tenant(), request.role(), currency, request.asOf(), null);
            Map<PartyId, Money[]> byParty = new LinkedHashMap<>();
            Money[] total = zeros(currency);
            for (OpenItems.Document document : items.documents()) {
                int bucket = bucket(document.daysOverdue());
                Money[] row = byParty.computeIfAbsent(document.party(), p -> zeros(currency));
                row[bucket] = row[bucket].plus(document.open());
                total[bucket] = total[bucket].plus(document.open());
            }
            for (OpenItems.Payment payment : items.payments()) {
                Money[] row = byParty.computeIfAbsent(payment.party(), p -> zeros(currency));
                row[5] = row[5].plus(payment.unallocated());
                total[5] = total[5].plus(payment.unallocated());
            }
            Map<PartyId, String> names = new HashMap<>();
            List<AgingReport.Row> rows = new ArrayList<>();
            byParty.forEach((party, amounts) -> rows.add(row(party, names.computeIfAbsent(party,
                    id -> parties.find(actor.tenant(), id).map(Party::name).orElse(id.toString())), amounts)));
            rows.sort(Comparator.comparing(AgingReport.Row::name).thenComparing(r -> r.party().value()));
            return new AgingReport(request.role(), request.asOf(), List.copyOf(rows), row(null, null, total));
        });
    }

    private static int bucket(long daysOverdue) {
        if (daysOverdue <= 0) {
            return 0;
        }
        return daysOverdue <= 30 ? 1 : daysOverdue <= 60 ? 2 : daysOverdue <= 90 ? 3 : 4;
    }

    private static Money[] zeros(Currency currency) {
        Money[] amounts = new Money[6];
        java.util.Arrays.fill(amounts, Money.zero(currency));
        return amounts;
    }

    private static AgingReport.Row row(PartyId party, String name, Money[] a) {
        Money sum = a[0].plus(a[1]).plus(a[2]).plus(a[3]).plus(a[4]);
        return new AgingReport.Row(party, name, a[0], a[1], a[2], a[3], a[4], sum, a[5]);
    }

    @Override
    public PartyStatement statement(Actor actor, PartyStatementRequest request) {
        return useCases.query(actor, ReceivablesPermissions.READ, request, () -> {
            if (request.to().isBefore(request.from())) {
                throw new RuleViolationException(ReceivablesError.REPORT_INVALID_PERIOD,
                        "The period ends on " + request.to() + ", before it starts on " + request.from() + ".");
            }
            Party party = PartiesService.load(parties, actor.tenant(), request.party());
            List<PartyStatement.Line> movements = new ArrayList<>();
            for (Invoice invoice : invoices.findByParty(actor.tenant(), party.id())) {
                if (invoice.isIssued() && invoice.currency().equals(party.currency())) {
                    movements.add(new PartyStatement.Line(invoice.issueDate().orElseThrow(), type(invoice),
                            invoice.number().orElseThrow(), invoice.totals().gross().times(invoice.kind().sign()), null));
                }
            }
            for (Payment payment : payments.findByParty(actor.tenant(), party.id())) {
                if (payment.status() != PaymentStatus.RECORDED || !payment.amount().currency().equals(party.currency())) {
                    continue;
                }
                int sign = -creditSign(payment);
                String reference = payment.reference().orElse(payment.id().toString());
                movements.add(new PartyStatement.Line(payment.date(), PartyStatement.LineType.PAYMENT, reference,
                        payment.amount().times(sign), null));
                for (Refund refund : payment.refunds()) {
                    movements.add(new PartyStatement.Line(refund.date(), PartyStatement.LineType.REFUND, reference,
                            refund.amount().times(-sign), null));
                }
            }
            movements.sort(Comparator.comparing(PartyStatement.Line::date));
            Money opening = Money.zero(party.currency());
            List<PartyStatement.Line> lines = new ArrayList<>();
            Money running = null;
            for (PartyStatement.Line line : movements) {
                if (line.date().isBefore(request.from())) {
                    opening = opening.plus(line.amount());
                } else if (!line.date().isAfter(request.to())) {
                    running = (running == null ? opening : running).plus(line.amount());
                    lines.add(new PartyStatement.Line(line.date(), line.type(), line.reference(), line.amount(), running));
                }
            }
            return new PartyStatement(party.id(), party.name(), request.from(), request.to(), opening,
                    List.copyOf(lines), running == null ? opening : running);
        });
    }

    private static PartyStatement.LineType type(Invoice invoice) {
        return switch (invoice.kind()) {
            case CUSTOMER_INVOICE -> PartyStatement.LineType.INVOICE;
            case CUSTOMER_CREDIT_NOTE -> PartyStatement.LineType.CREDIT_NOTE;
            case SUPPLIER_BILL -> PartyStatement.LineType.BILL;
            case SUPPLIER_DEBIT_NOTE -> PartyStatement.LineType.DEBIT_NOTE;
        };
    }
}
