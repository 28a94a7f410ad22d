package dev.backoffice.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.ApprovePayment;
import dev.backoffice.accounts.api.AuthorizeCharge;
import dev.backoffice.accounts.api.CaptureCharge;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.GatewayEvent;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RefundCharge;
import dev.backoffice.accounts.api.RefundPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.api.ReviseInvoice;
import dev.backoffice.accounts.api.UndoAllocation;
import dev.backoffice.accounts.api.UpdateParty;
import dev.backoffice.accounts.api.VoidCharge;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Address;
import dev.backoffice.accounts.domain.GatewayChargeId;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentDirection;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.accounts.spi.TaxPolicy;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.inmemory.InMemoryPaymentGateway;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.backoffice.reliability.BadInputCheck.printable;
import static dev.backoffice.reliability.BadInputCheck.repeat;

/**
 * R7 bad input in receivables and payables: malformed parties, invoices and bills, credit notes,
 * payments, allocations, refunds, gateway charges and settings are refused with a typed error and
 * their code, and nothing is stored: no party, document, payment or charge, no audit record, no
 * event, no posting, no call to the payment gateway, the settings as they were.
 */
class BadInputReceivablesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private static final TaxPolicy TAX = TaxPolicy.percentages(Map.of("STD", new BigDecimal("20"), "ZERO", BigDecimal.ZERO),
            false, TaxRounding.PER_LINE);

    private final List<DomainEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();
    private final BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).eventPublisher(events::addAll)
            .clock(Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC)).taxPolicy(TAX)
            .paymentGateway(gateway).build();
    private final Actor alice = Actor.of("bad-input", "alice");
    private final Actor mallory = Actor.of("bad-input-other", "mallory");
    private final BadInputCheck check = new BadInputCheck(events);

    private AccountSnapshot open(Actor actor, String code, AccountType type, Currency currency) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, "Account " + code, type, currency));
    }

    private ConfigureReceivables configuration(Actor actor, Money threshold) {
        AccountId[] a = {open(actor, "1200", AccountType.ASSET, EUR).id(), open(actor, "2210", AccountType.LIABILITY, EUR).id(),
                open(actor, "4000", AccountType.REVENUE, EUR).id(), open(actor, "2300", AccountType.LIABILITY, EUR).id(),
                open(actor, "2000", AccountType.LIABILITY, EUR).id(), open(actor, "1400", AccountType.ASSET, EUR).id(),
                open(actor, "6000", AccountType.EXPENSE, EUR).id(), open(actor, "1450", AccountType.ASSET, EUR).id(),
                open(actor, "1010", AccountType.ASSET, EUR).id(), open(actor, "1050", AccountType.ASSET, EUR).id()};
        return new ConfigureReceivables(EUR, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], threshold);
    }

    private static InvoiceLineInput line(String price) {
        return InvoiceLineInput.of("Widget", "1", eur(price), "STD");
    }

    @Test
    void malformedReceivablesCommandsAreRefusedWithACodeAndChangeNothing() {
        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        ConfigureReceivables settings = configuration(alice, eur("1000.00"));
        backOffice.receivablesSettings().configure(alice, settings);
        backOffice.receivablesSettings().configure(mallory, configuration(mallory, null));
        AccountSnapshot dollars = open(alice, "1020", AccountType.ASSET, Currency.getInstance("USD"));
        PartySnapshot acme = backOffice.parties().register(alice, RegisterParty.customer("Acme", 30, EUR));
        PartySnapshot supplier = backOffice.parties().register(alice, RegisterParty.supplier("Parts Ltd", 30, EUR));
        PartySnapshot foreignCustomer = backOffice.parties().register(mallory, RegisterParty.customer("Acme", 30, EUR));
        InvoiceSnapshot issued = backOffice.invoicing().issue(alice, IssueInvoice.of(backOffice.invoicing().draft(alice,
                DraftInvoice.customerInvoice(acme.id(), line("100.00"))).id(), DAY));
        InvoiceSnapshot draft = backOffice.invoicing().draft(alice, DraftInvoice.customerInvoice(acme.id(), line("50.00")));
        // drafts may be of zero or credit too much; issuing them is refused
        InvoiceSnapshot zero = backOffice.invoicing().draft(alice, DraftInvoice.customerInvoice(acme.id(), line("0.00")));
        InvoiceSnapshot tooMuchCredit = backOffice.invoicing().draft(alice, DraftInvoice.creditNote(issued.id(),
                line("100.01")));
        InvoiceSnapshot bill = backOffice.invoicing().issue(alice, IssueInvoice.of(backOffice.invoicing().draft(alice,
                DraftInvoice.supplierBill(supplier.id(), "B-1", line("80.00"))).id(), DAY));
        InvoiceSnapshot foreignInvoice = backOffice.invoicing().issue(mallory, IssueInvoice.of(backOffice.invoicing()
                .draft(mallory, DraftInvoice.customerInvoice(foreignCustomer.id(), line("100.00"))).id(), DAY));
        PaymentSnapshot paid = backOffice.payments().record(alice, RecordPayment.incoming(acme.id(), eur("60.00"), DAY));
        PaymentSnapshot allocated = backOffice.payments().allocate(alice, AllocatePayment.of(backOffice.payments()
                .record(alice, RecordPayment.incoming(acme.id(), eur("10.00"), DAY)).id(), DAY,
                AllocatePayment.part(issued.id(), eur("10.00"))));
        UUID allocation = allocated.allocations().get(0).id();
        PaymentSnapshot foreignPayment = backOffice.payments().record(mallory, RecordPayment.incoming(foreignCustomer.id(),
                eur("5.00"), DAY));
        var charge = backOffice.gatewayPayments().authorize(alice, new AuthorizeCharge(acme.id(), eur("40.00"), null, "card",
                "auth-1"));
        var foreignCharge = backOffice.gatewayPayments().authorize(mallory, new AuthorizeCharge(foreignCustomer.id(),
                eur("40.00"), null, "card", "auth-1"));

        int gatewayCalls = gateway.calls().size();
        check.watch("audit trail", () -> backOffice.auditTrail().records(alice, AuditQuery.all()).size())
                .watch("another tenant's audit trail", () -> backOffice.auditTrail().records(mallory, AuditQuery.all()).size())
                .watch("trial balance", () -> backOffice.financialReports().trialBalance(alice))
                .watch("customers", () -> backOffice.parties().list(alice, PartyRole.CUSTOMER, 0, 100))
                .watch("suppliers", () -> backOffice.parties().list(alice, PartyRole.SUPPLIER, 0, 100))
                .watch("another tenant's customers", () -> backOffice.parties().list(mallory, PartyRole.CUSTOMER, 0, 100))
                .watch("invoices", () -> backOffice.invoicing().ofParty(alice, acme.id()))
                .watch("bills", () -> backOffice.invoicing().ofParty(alice, supplier.id()))
                .watch("another tenant's invoices", () -> backOffice.invoicing().ofParty(mallory, foreignCustomer.id()))
                .watch("payments", () -> backOffice.payments().ofParty(alice, acme.id()))
                .watch("supplier payments", () -> backOffice.payments().ofParty(alice, supplier.id()))
                .watch("another tenant's payments", () -> backOffice.payments().ofParty(mallory, foreignCustomer.id()))
                .watch("gateway charge", () -> backOffice.gatewayPayments().charge(alice, charge.id()))
                .watch("another tenant's gateway charge", () -> backOffice.gatewayPayments().charge(mallory, foreignCharge.id()))
                .watch("settings", () -> backOffice.receivablesSettings().configuration(alice, EUR))
                .watch("calls to the payment gateway", () -> gateway.calls().size() - gatewayCalls);

        // ---- parties ----
        String[] badNames = {null, "", " ", "\t\n", repeat(201), "Acme\u0000", "Acme\u001b[31m", "Acme\u007f", "\u0085Acme"};
        for (String name : badNames) {
            check.refused("party name " + printable(name), "validation.failed", () -> backOffice.parties().register(alice,
                    RegisterParty.customer(name, 30, EUR)));
        }
        String[] badTaxIds = {repeat(65), "DE123\u0000", "DE\u0008123"};
        for (String taxId : badTaxIds) {
            check.refused("tax id " + printable(taxId), "validation.failed", () -> backOffice.parties().register(alice,
                    RegisterParty.customer("Bolt GmbH", 30, EUR).withTaxId(taxId)));
        }
        int[] badTerms = {-1, 366, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int days : badTerms) {
            check.refused("payment terms " + days, "validation.failed", () -> backOffice.parties().register(alice,
                    RegisterParty.customer("Bolt GmbH", days, EUR)));
        }
        Address[] badAddresses = {new Address(null, null, null, "Berlin", null, "DE"), new Address(" ", null, null, "Berlin", null, "DE"),
                new Address("Main St 1", null, null, null, null, "DE"), new Address("Main St 1", null, null, "Berlin", null, "de"),
                new Address("Main St 1", null, null, "Berlin", null, "DEU"), new Address("Main St 1", null, null, "Berlin", null, null),
                new Address(repeat(201), null, null, "Berlin", null, "DE"), new Address("Main St 1", null, repeat(33), "Berlin", null, "DE"),
                new Address("Main St 1\u0000", null, null, "Berlin", null, "DE"),
                new Address("Main St 1", "'); DROP TABLE bo_parties;--\u0000", null, "Berlin", null, "DE"),
                new Address("Main St 1", null, null, "Berlin", repeat(101), "DE")};
        for (Address address : badAddresses) {
            check.refused("billing address " + address, "validation.failed", () -> backOffice.parties().register(alice,
                    RegisterParty.customer("Bolt GmbH", 30, EUR).withAddresses(address, null)));
        }
        check.refused("shipping address without line", "validation.failed", () -> backOffice.parties().register(alice,
                RegisterParty.customer("Bolt GmbH", 30, EUR).withAddresses(null, new Address("", null, null, "Berlin", null, "DE"))));
        check.refused("party without role", "validation.failed", () -> backOffice.parties().register(alice,
                new RegisterParty(null, "Bolt GmbH", null, null, null, 30, EUR, null)));
        check.refused("party without currency", "validation.failed", () -> backOffice.parties().register(alice,
                RegisterParty.customer("Bolt GmbH", 30, null)));
        String[] badKeys = {"", repeat(129), "key\u0000"};
        for (String key : badKeys) {
            check.refused("party idempotency key " + printable(key), "validation.failed", () -> backOffice.parties()
                    .register(alice, RegisterParty.customer("Bolt GmbH", 30, EUR).withIdempotencyKey(key)));
        }
        check.refused("a null party command", "validation.failed", () -> backOffice.parties().register(alice, null));
        check.refused("a party registered by a null actor", "validation.failed", () -> backOffice.parties().register(null,
                RegisterParty.customer("Bolt GmbH", 30, EUR)));
        check.refused("updating another tenant's party", "receivables.party.not_found", () -> backOffice.parties().update(alice,
                new UpdateParty(foreignCustomer.id(), "Mine now", null, null, null, 30, EUR)));
        check.refused("updating an unknown party", "receivables.party.not_found", () -> backOffice.parties().update(alice,
                new UpdateParty(PartyId.of(UUID.randomUUID()), "Ghost", null, null, null, 30, EUR)));
        check.refused("updating a party to a blank name", "validation.failed", () -> backOffice.parties().update(alice,
                new UpdateParty(acme.id(), " ", null, null, null, 30, EUR)));
        check.refused("updating a party to negative terms", "validation.failed", () -> backOffice.parties().update(alice,
                new UpdateParty(acme.id(), "Acme", null, null, null, -30, EUR)));
        check.refused("updating a party without id", "validation.failed", () -> backOffice.parties().update(alice,
                new UpdateParty(null, "Acme", null, null, null, 30, EUR)));

        // ---- invoices, bills, credit notes ----
        String[] badDescriptions = {null, "", " ", repeat(501), "Widget\u0000", "Widget\u001b"};
        for (String description : badDescriptions) {
            check.refused("invoice line description " + printable(description), "validation.failed", () -> backOffice
                    .invoicing().draft(alice, DraftInvoice.customerInvoice(acme.id(),
                            new InvoiceLineInput(description, BigDecimal.ONE, eur("1.00"), null, "STD", null))));
        }
        String[] badQuantities = {"0", "-1", "-0.001"};
        for (String quantity : badQuantities) {
            check.refused("invoice line quantity " + quantity, "validation.failed", () -> backOffice.invoicing().draft(alice,
                    DraftInvoice.customerInvoice(acme.id(), InvoiceLineInput.of("Widget", quantity, eur("1.00"), "STD"))));
        }
        check.refused("invoice line without quantity", "validation.failed", () -> backOffice.invoicing().draft(alice,
                DraftInvoice.customerInvoice(acme.id(), new InvoiceLineInput("Widget", null, eur("1.00"), null, "STD", null))));
        check.refused("invoice line without price", "validation.failed", () -> backOffice.invoicing().draft(alice,
                DraftInvoice.customerInvoice(acme.id(), InvoiceLineInput.of("Widget", "1", null, "STD"))));
        check.refused("invoice line of a negative price", "receivables.invoice.invalid_line", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(acme.id(), line("-1.00"))));
        check.refused("invoice line of a too precise price", "money.too_precise", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(acme.id(), line("1.001"))));
        check.refused("invoice line priced in dollars", "receivables.invoice.invalid_line", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(acme.id(), InvoiceLineInput.of("Widget", "1",
                        Money.of("1.00", "USD"), "STD"))));
        String[] badDiscounts = {"-1", "100.01", "1000"};
        for (String discount : badDiscounts) {
            check.refused("invoice line discount " + discount, "validation.failed", () -> backOffice.invoicing().draft(alice,
                    DraftInvoice.customerInvoice(acme.id(), line("10.00").withDiscount(discount))));
        }
        String[] badTaxCodes = {null, "", " ", repeat(33), "STD\u0000", "' OR 1=1 --", "VAT99"};
        for (String tax : badTaxCodes) {
            boolean wellFormed = tax != null && !tax.isBlank() && tax.length() <= 32 && !tax.contains("\u0000");
            check.refused("invoice line tax code " + printable(tax), wellFormed ? "receivables.tax.unknown_code"
                    : "validation.failed", () -> backOffice.invoicing().draft(alice, DraftInvoice.customerInvoice(acme.id(),
                    InvoiceLineInput.of("Widget", "1", eur("1.00"), tax))));
        }
        check.refused("invoice line on another tenant's account", "ledger.account.not_found", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(acme.id(), line("1.00").onAccount(
                        backOffice.receivablesSettings().configuration(mallory, EUR).revenue()))));
        check.refused("invoice without lines", "validation.failed", () -> backOffice.invoicing().draft(alice,
                DraftInvoice.customerInvoice(acme.id())));
        check.refused("invoice with a null line", "validation.failed", () -> backOffice.invoicing().draft(alice,
                new DraftInvoice(InvoiceKind.CUSTOMER_INVOICE, acme.id(), null, Arrays.asList(line("1.00"), null), null, null)));
        check.refused("invoice without lines list", "validation.failed", () -> backOffice.invoicing().draft(alice,
                new DraftInvoice(InvoiceKind.CUSTOMER_INVOICE, acme.id(), null, null, null, null)));
        check.refused("invoice without kind", "validation.failed", () -> backOffice.invoicing().draft(alice,
                new DraftInvoice(null, acme.id(), null, List.of(line("1.00")), null, null)));
        check.refused("invoice without party", "validation.failed", () -> backOffice.invoicing().draft(alice,
                DraftInvoice.customerInvoice(null, line("1.00"))));
        check.refused("invoice to another tenant's customer", "receivables.party.not_found", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(foreignCustomer.id(), line("1.00"))));
        check.refused("invoice to a supplier", "receivables.party.role_mismatch", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.customerInvoice(supplier.id(), line("1.00"))));
        check.refused("bill from a customer", "receivables.party.role_mismatch", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.supplierBill(acme.id(), "B-2", line("1.00"))));
        check.refused("bill with an oversized reference", "validation.failed", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.supplierBill(supplier.id(), repeat(129), line("1.00"))));
        check.refused("bill with a reference holding a NUL", "validation.failed", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.supplierBill(supplier.id(), "B-\u00002", line("1.00"))));
        check.refused("credit note without original", "receivables.invoice.invalid_correction", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.creditNote(null, line("1.00"))));
        check.refused("credit note of a draft", "receivables.invoice.invalid_correction", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.creditNote(draft.id(), line("1.00"))));
        check.refused("credit note of a bill", "receivables.invoice.invalid_correction", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.creditNote(bill.id(), line("1.00"))));
        check.refused("debit note of an invoice", "receivables.invoice.invalid_correction", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.debitNote(issued.id(), line("1.00"))));
        check.refused("credit note of another tenant's invoice", "receivables.invoice.not_found", () -> backOffice.invoicing()
                .draft(alice, DraftInvoice.creditNote(foreignInvoice.id(), line("1.00"))));
        check.refused("issuing an invoice of zero", "receivables.invoice.zero_total", () -> backOffice.invoicing()
                .issue(alice, IssueInvoice.of(zero.id(), DAY)));
        check.refused("issuing a credit note beyond the original", "receivables.invoice.correction_exceeds_original",
                () -> backOffice.invoicing().issue(alice, IssueInvoice.of(tooMuchCredit.id(), DAY)));
        check.refused("revising an issued invoice", "receivables.invoice.not_draft", () -> backOffice.invoicing().revise(alice,
                new ReviseInvoice(issued.id(), List.of(line("1.00")), null)));
        check.refused("revising a draft to no lines", "validation.failed", () -> backOffice.invoicing().revise(alice,
                new ReviseInvoice(draft.id(), List.of(), null)));
        check.refused("revising a draft to a negative price", "receivables.invoice.invalid_line", () -> backOffice.invoicing()
                .revise(alice, new ReviseInvoice(draft.id(), List.of(line("-5.00")), null)));
        check.refused("revising another tenant's invoice", "receivables.invoice.not_found", () -> backOffice.invoicing()
                .revise(alice, new ReviseInvoice(foreignInvoice.id(), List.of(line("1.00")), null)));
        check.refused("issuing an issued invoice", "receivables.invoice.not_draft", () -> backOffice.invoicing().issue(alice,
                IssueInvoice.of(issued.id(), DAY)));
        check.refused("issuing an unknown invoice", "receivables.invoice.not_found", () -> backOffice.invoicing().issue(alice,
                IssueInvoice.of(InvoiceId.of(UUID.randomUUID()), DAY)));
        check.refused("issuing without an invoice", "validation.failed", () -> backOffice.invoicing().issue(alice,
                IssueInvoice.of(null, DAY)));
        LocalDate[] badIssueDates = {LocalDate.of(2025, 12, 31), LocalDate.MIN, LocalDate.MAX};
        for (LocalDate date : badIssueDates) {
            check.refused("issuing on " + date, date.getYear() > 9999 || date.getYear() < 1 ? "validation.failed"
                    : "ledger.period.not_found", () -> backOffice.invoicing().issue(alice,
                    IssueInvoice.of(draft.id(), date)));
        }

        // ---- payments, allocations, refunds ----
        String[][] badAmounts = {{"0.00", "receivables.payment.invalid_amount"}, {"-5.00", "receivables.payment.invalid_amount"},
                {"0.001", "money.too_precise"}, {"12.345", "money.too_precise"}};
        for (String[] amount : badAmounts) {
            check.refused("payment of " + amount[0], amount[1], () -> backOffice.payments().record(alice,
                    RecordPayment.incoming(acme.id(), eur(amount[0]), DAY)));
        }
        check.refused("payment in dollars from a euro customer", "receivables.payment.currency_mismatch", () -> backOffice
                .payments().record(alice, RecordPayment.incoming(acme.id(), Money.of("5.00", "USD"), DAY)));
        check.refused("payment of half a yen", "money.too_precise", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(acme.id(), Money.of("0.5", "JPY"), DAY)));
        check.refused("payment without amount", "validation.failed", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(acme.id(), null, DAY)));
        check.refused("payment without party", "validation.failed", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(null, eur("5.00"), DAY)));
        check.refused("payment without date", "validation.failed", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(acme.id(), eur("5.00"), null)));
        check.refused("payment without direction", "validation.failed", () -> backOffice.payments().record(alice,
                new RecordPayment(null, acme.id(), eur("5.00"), DAY, null, null, null)));
        check.refused("payment dated before the books", "ledger.period.not_found", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(acme.id(), eur("5.00"), LocalDate.of(1999, 12, 31))));
        check.refused("payment dated at the end of time", "validation.failed", () -> backOffice.payments().record(alice,
                RecordPayment.incoming(acme.id(), eur("5.00"), LocalDate.MAX)));
        check.refused("payment from another tenant's customer", "receivables.party.not_found", () -> backOffice.payments()
                .record(alice, RecordPayment.incoming(foreignCustomer.id(), eur("5.00"), DAY)));
        check.refused("payment into a dollar bank account", "ledger.account.currency_mismatch", () -> backOffice.payments()
                .record(alice, new RecordPayment(PaymentDirection.INCOMING, acme.id(), eur("5.00"), DAY, dollars.id(), null,
                        null)));
        check.refused("payment into another tenant's bank account", "ledger.account.not_found", () -> backOffice.payments()
                .record(alice, new RecordPayment(PaymentDirection.INCOMING, acme.id(), eur("5.00"), DAY,
                        backOffice.receivablesSettings().configuration(mallory, EUR).bank(), null, null)));
        String[] badReferences = {repeat(129), "ref\u0000", "ref\u001f"};
        for (String reference : badReferences) {
            check.refused("payment reference " + printable(reference), "validation.failed", () -> backOffice.payments()
                    .record(alice, RecordPayment.incoming(acme.id(), eur("5.00"), DAY).withReference(reference)));
        }
        for (String key : badKeys) {
            check.refused("payment idempotency key " + printable(key), "validation.failed", () -> backOffice.payments()
                    .record(alice, RecordPayment.incoming(acme.id(), eur("5.00"), DAY).withIdempotencyKey(key)));
        }
        check.refused("allocating nothing", "validation.failed", () -> backOffice.payments().allocate(alice,
                AllocatePayment.of(paid.id(), DAY)));
        check.refused("allocating zero", "receivables.payment.invalid_amount", () -> backOffice.payments().allocate(alice,
                AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(issued.id(), eur("0.00")))));
        check.refused("allocating a negative amount", "receivables.payment.invalid_amount", () -> backOffice.payments()
                .allocate(alice, AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(issued.id(), eur("-1.00")))));
        check.refused("allocating dollars", "receivables.payment.currency_mismatch", () -> backOffice.payments().allocate(alice,
                AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(issued.id(), Money.of("1.00", "USD")))));
        check.refused("allocating more than the payment", "receivables.payment.over_allocated", () -> backOffice.payments()
                .allocate(alice, AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(issued.id(), eur("60.01")))));
        check.refused("allocating to a draft", "receivables.invoice.not_open", () -> backOffice.payments().allocate(alice,
                AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(draft.id(), eur("1.00")))));
        check.refused("allocating to a bill", "receivables.payment.document_mismatch", () -> backOffice.payments()
                .allocate(alice, AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(bill.id(), eur("1.00")))));
        check.refused("allocating to another tenant's invoice", "receivables.invoice.not_found", () -> backOffice.payments()
                .allocate(alice, AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(foreignInvoice.id(), eur("1.00")))));
        check.refused("allocating another tenant's payment", "receivables.payment.not_found", () -> backOffice.payments()
                .allocate(alice, AllocatePayment.of(foreignPayment.id(), DAY, AllocatePayment.part(issued.id(), eur("1.00")))));
        check.refused("allocating with a null part", "validation.failed", () -> backOffice.payments().allocate(alice,
                new AllocatePayment(paid.id(), Arrays.asList((AllocatePayment.Part) null), DAY)));
        check.refused("allocating a part without amount", "validation.failed", () -> backOffice.payments().allocate(alice,
                AllocatePayment.of(paid.id(), DAY, AllocatePayment.part(issued.id(), null))));
        check.refused("allocating backdated before the payment", "receivables.payment.invalid_date", () -> backOffice
                .payments().allocate(alice, AllocatePayment.of(paid.id(), LocalDate.of(2026, 1, 2),
                        AllocatePayment.part(issued.id(), eur("1.00")))));
        check.refused("undoing an unknown allocation", "receivables.payment.allocation_not_found", () -> backOffice.payments()
                .undoAllocation(alice, new UndoAllocation(allocated.id(), UUID.randomUUID(), DAY)));
        check.refused("undoing without allocation", "validation.failed", () -> backOffice.payments().undoAllocation(alice,
                new UndoAllocation(allocated.id(), null, DAY)));
        check.refused("undoing another payment's allocation", "receivables.payment.allocation_not_found", () -> backOffice
                .payments().undoAllocation(alice, new UndoAllocation(paid.id(), allocation, DAY)));
        check.refused("undoing an allocation before it was made", "receivables.payment.invalid_date", () -> backOffice
                .payments().undoAllocation(alice, new UndoAllocation(allocated.id(), allocation, LocalDate.of(2026, 1, 2))));
        check.refused("refunding more than the payment", "receivables.payment.refund_exceeds_payment", () -> backOffice
                .payments().refund(alice, RefundPayment.of(paid.id(), eur("60.01"), DAY)));
        check.refused("refunding zero", "receivables.payment.invalid_amount", () -> backOffice.payments().refund(alice,
                RefundPayment.of(paid.id(), eur("0.00"), DAY)));
        check.refused("refunding a negative amount", "receivables.payment.invalid_amount", () -> backOffice.payments()
                .refund(alice, RefundPayment.of(paid.id(), eur("-1.00"), DAY)));
        check.refused("refunding dollars", "receivables.payment.currency_mismatch", () -> backOffice.payments().refund(alice,
                RefundPayment.of(paid.id(), Money.of("1.00", "USD"), DAY)));
        check.refused("refunding another tenant's payment", "receivables.payment.not_found", () -> backOffice.payments()
                .refund(alice, RefundPayment.of(foreignPayment.id(), eur("1.00"), DAY)));
        check.refused("approving a payment that needs no approval", "receivables.payment.not_awaiting_approval",
                () -> backOffice.payments().approve(alice, new ApprovePayment(paid.id())));
        check.refused("approving an unknown payment", "receivables.payment.not_found", () -> backOffice.payments()
                .approve(alice, new ApprovePayment(PaymentId.of(UUID.randomUUID()))));
        check.refused("approving without payment", "validation.failed", () -> backOffice.payments().approve(alice,
                new ApprovePayment(null)));

        // ---- gateway payments ----
        String[] badMethods = {null, "", " ", repeat(257), "card\u0000"};
        for (String method : badMethods) {
            check.refused("charge payment method " + printable(method), "validation.failed", () -> backOffice
                    .gatewayPayments().authorize(alice, new AuthorizeCharge(acme.id(), eur("5.00"), null, method, "auth-2")));
        }
        String[] badChargeKeys = {null, "", " ", repeat(129), "auth\u0000"};
        for (String key : badChargeKeys) {
            check.refused("charge idempotency key " + printable(key), "validation.failed", () -> backOffice
                    .gatewayPayments().authorize(alice, new AuthorizeCharge(acme.id(), eur("5.00"), null, "card", key)));
        }
        check.refused("charge of zero", "receivables.payment.invalid_amount", () -> backOffice.gatewayPayments()
                .authorize(alice, new AuthorizeCharge(acme.id(), eur("0.00"), null, "card", "auth-3")));
        check.refused("charge of a negative amount", "receivables.payment.invalid_amount", () -> backOffice.gatewayPayments()
                .authorize(alice, new AuthorizeCharge(acme.id(), eur("-5.00"), null, "card", "auth-4")));
        check.refused("charge in dollars", "receivables.payment.currency_mismatch", () -> backOffice.gatewayPayments()
                .authorize(alice, new AuthorizeCharge(acme.id(), Money.of("5.00", "USD"), null, "card", "auth-5")));
        check.refused("charge to another tenant's customer", "receivables.party.not_found", () -> backOffice.gatewayPayments()
                .authorize(alice, new AuthorizeCharge(foreignCustomer.id(), eur("5.00"), null, "card", "auth-6")));
        check.refused("charge to a supplier", "receivables.party.role_mismatch", () -> backOffice.gatewayPayments()
                .authorize(alice, new AuthorizeCharge(supplier.id(), eur("5.00"), null, "card", "auth-7")));
        check.refused("charge for another party's invoice", "receivables.payment.document_mismatch", () -> backOffice
                .gatewayPayments().authorize(alice, new AuthorizeCharge(acme.id(), eur("5.00"), bill.id(), "card", "auth-8")));
        check.refused("charge without amount", "validation.failed", () -> backOffice.gatewayPayments().authorize(alice,
                new AuthorizeCharge(acme.id(), null, null, "card", "auth-9")));
        check.refused("capturing more than authorized", "receivables.gateway.capture_exceeds_authorized", () -> backOffice
                .gatewayPayments().capture(alice, new CaptureCharge(charge.id(), eur("40.01"), DAY, "cap-1")));
        check.refused("capturing zero", "receivables.gateway.capture_exceeds_authorized", () -> backOffice.gatewayPayments()
                .capture(alice, new CaptureCharge(charge.id(), eur("0.00"), DAY, "cap-2")));
        check.refused("capturing a negative amount", "receivables.gateway.capture_exceeds_authorized", () -> backOffice.gatewayPayments()
                .capture(alice, new CaptureCharge(charge.id(), eur("-1.00"), DAY, "cap-3")));
        check.refused("capturing dollars", "receivables.gateway.capture_exceeds_authorized", () -> backOffice.gatewayPayments()
                .capture(alice, new CaptureCharge(charge.id(), Money.of("1.00", "USD"), DAY, "cap-4")));
        check.refused("capturing without key", "validation.failed", () -> backOffice.gatewayPayments().capture(alice,
                new CaptureCharge(charge.id(), eur("1.00"), DAY, " ")));
        check.refused("capturing another tenant's charge", "receivables.gateway.charge_not_found", () -> backOffice
                .gatewayPayments().capture(alice, new CaptureCharge(foreignCharge.id(), eur("1.00"), DAY, "cap-5")));
        check.refused("capturing an unknown charge", "receivables.gateway.charge_not_found", () -> backOffice
                .gatewayPayments().capture(alice, new CaptureCharge(GatewayChargeId.of(UUID.randomUUID()), eur("1.00"), DAY,
                        "cap-6")));
        check.refused("refunding a charge never captured", "receivables.gateway.invalid_state", () -> backOffice
                .gatewayPayments().refund(alice, new RefundCharge(charge.id(), eur("1.00"), DAY, "ref-1")));
        check.refused("voiding another tenant's charge", "receivables.gateway.charge_not_found", () -> backOffice
                .gatewayPayments().voidCharge(alice, new VoidCharge(foreignCharge.id(), "void-1")));
        check.refused("voiding without key", "validation.failed", () -> backOffice.gatewayPayments().voidCharge(alice,
                new VoidCharge(charge.id(), null)));
        check.refused("a gateway event without type", "validation.failed", () -> backOffice.gatewayPayments()
                .recordGatewayEvent(alice, new GatewayEvent(charge.id(), "gw-1", "tx-1", null, null, DAY, null)));
        check.refused("a gateway event with a NUL in its reference", "validation.failed", () -> backOffice.gatewayPayments()
                .recordGatewayEvent(alice, new GatewayEvent(charge.id(), "gw-\u00001", "tx-1", GatewayEvent.Type.CAPTURED,
                        eur("1.00"), DAY, null)));
        check.refused("a gateway event with an oversized message", "validation.failed", () -> backOffice.gatewayPayments()
                .recordGatewayEvent(alice, new GatewayEvent(charge.id(), "gw-1", "tx-1", GatewayEvent.Type.DECLINED, null, DAY,
                        repeat(501))));
        check.refused("a gateway event for another tenant's charge", "receivables.gateway.charge_not_found", () -> backOffice
                .gatewayPayments().recordGatewayEvent(alice, new GatewayEvent(foreignCharge.id(), "gw-1", "tx-1",
                        GatewayEvent.Type.CAPTURED, eur("1.00"), DAY, null)));

        // ---- settings ----
        check.refused("settings without a receivable account", "validation.failed", () -> backOffice.receivablesSettings()
                .configure(alice, new ConfigureReceivables(EUR, null, settings.customerCredit(), settings.revenue(),
                        settings.outputTax(), settings.payable(), settings.supplierAdvances(), settings.expense(),
                        settings.inputTax(), settings.bank(), null, null)));
        check.refused("settings without currency", "validation.failed", () -> backOffice.receivablesSettings().configure(alice,
                new ConfigureReceivables(null, settings.receivable(), settings.customerCredit(), settings.revenue(),
                        settings.outputTax(), settings.payable(), settings.supplierAdvances(), settings.expense(),
                        settings.inputTax(), settings.bank(), null, null)));
        check.refused("settings with a negative approval threshold", "receivables.configuration.invalid", () -> backOffice
                .receivablesSettings().configure(alice, withThreshold(settings, eur("-1.00"))));
        check.refused("settings with a dollar approval threshold", "receivables.configuration.invalid", () -> backOffice
                .receivablesSettings().configure(alice, withThreshold(settings, Money.of("1.00", "USD"))));
        check.refused("settings naming another tenant's bank", "ledger.account.not_found", () -> backOffice
                .receivablesSettings().configure(alice, new ConfigureReceivables(EUR, settings.receivable(),
                        settings.customerCredit(), settings.revenue(), settings.outputTax(), settings.payable(),
                        settings.supplierAdvances(), settings.expense(), settings.inputTax(),
                        backOffice.receivablesSettings().configuration(mallory, EUR).bank(), null, null)));
        check.refused("settings naming an unknown account", "ledger.account.not_found", () -> backOffice
                .receivablesSettings().configure(alice, new ConfigureReceivables(EUR, AccountId.of(UUID.randomUUID()),
                        settings.customerCredit(), settings.revenue(), settings.outputTax(), settings.payable(),
                        settings.supplierAdvances(), settings.expense(), settings.inputTax(), settings.bank(), null, null)));

        check.report("R7", "bad-input-receivables", 150);
    }

    private static ConfigureReceivables withThreshold(ConfigureReceivables c, Money threshold) {
        return new ConfigureReceivables(c.currency(), c.receivable(), c.customerCredit(), c.revenue(), c.outputTax(),
                c.payable(), c.supplierAdvances(), c.expense(), c.inputTax(), c.bank(), c.gatewayClearing(), threshold);
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }
}
