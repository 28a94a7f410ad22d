package dev.backoffice.contract;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.DocumentTotals;
import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceLine;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.Party;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Settlement;
import dev.backoffice.accounts.domain.TaxRounding;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.Invoices}. */
public abstract class InvoicesContract extends ReceivablesAdapterContract {

    private static final LocalDate MAR_2 = LocalDate.of(2026, 3, 2);

    private Invoice draft(TenantId owner, Party party, InvoiceKind kind) {
        List<InvoiceLine> lines = List.of(
                new InvoiceLine(1, "Consulting", new BigDecimal("1.5"), eur("100.00"), new BigDecimal("10"), "STD",
                        AccountId.of(newId())),
                new InvoiceLine(2, "Travel", BigDecimal.ONE, eur("40.00"), null, "RED", null));
        DocumentTotals totals = DocumentTotals.compute(lines, EUR,
                code -> Optional.of(code.equals("STD") ? new BigDecimal("20") : new BigDecimal("5.5")), false,
                TaxRounding.PER_LINE);
        Invoice invoice = Invoice.draft(InvoiceId.of(newId()), owner, kind, party.id(), EUR, null, lines, totals,
                "PO-9", "alice", NOW, AdapterContract::newId);
        invoice.pullEvents();
        return invoice;
    }

    private Invoice issued(TenantId owner, Party party, InvoiceKind kind, LocalDate date, String number) {
        Invoice invoice = draft(owner, party, kind);
        invoice.issue(number, date, date.plusDays(30), invoice.totals(), JournalEntryId.of(newId()), "bob", NOW,
                AdapterContract::newId);
        invoice.pullEvents();
        return invoice;
    }

    @Test
    void storesAndFindsADocumentWithAllItsFieldsInItsTenantOnly() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        Invoice invoice = issued(tenant, customer, InvoiceKind.CUSTOMER_INVOICE, MAR_2, "INV-2026-000001");
        UUID allocation = newId();
        invoice.settle(allocation, MAR_2, eur("10.00"), NOW, AdapterContract::newId);
        invoice.recordCorrection(InvoiceKind.CUSTOMER_CREDIT_NOTE, eur("5.00"));
        inTx(() -> receivables().invoices().add(invoice));

        Invoice found = inTx(() -> receivables().invoices().find(tenant, invoice.id())).orElseThrow();
        assertThat(found.kind()).isEqualTo(InvoiceKind.CUSTOMER_INVOICE);
        assertThat(found.party()).isEqualTo(customer.id());
        assertThat(found.lines()).containsExactlyElementsOf(invoice.lines());
        assertThat(found.totals()).isEqualTo(invoice.totals());
        assertThat(found.reference()).contains("PO-9");
        assertThat(found.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(found.number()).contains("INV-2026-000001");
        assertThat(found.issueDate()).contains(MAR_2);
        assertThat(found.dueDate()).contains(MAR_2.plusDays(30));
        assertThat(found.journalEntry()).isEqualTo(invoice.journalEntry());
        assertThat(found.settlements()).containsExactly(new Settlement(allocation, MAR_2, eur("10.00")));
        assertThat(found.credited()).isEqualTo(eur("5.00"));
        assertThat(found.issuedBy()).contains("bob");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(inTx(() -> receivables().invoices().find(otherTenant, invoice.id()))).isEmpty();
    }

    @Test
    void storesAChangeOnceAndRefusesAStaleVersion() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        Invoice invoice = issued(tenant, customer, InvoiceKind.CUSTOMER_INVOICE, MAR_2, "INV-2026-000001");
        inTx(() -> receivables().invoices().add(invoice));
        Invoice first = inTx(() -> receivables().invoices().find(tenant, invoice.id())).orElseThrow();
        Invoice second = inTx(() -> receivables().invoices().find(tenant, invoice.id())).orElseThrow();

        first.settle(newId(), MAR_2, eur("100.00"), NOW, AdapterContract::newId);
        inTx(() -> receivables().invoices().update(first));
        second.settle(newId(), MAR_2, eur("100.00"), NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> receivables().invoices().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> receivables().invoices().find(tenant, invoice.id())).orElseThrow().settled())
                .isEqualTo(eur("100.00"));
    }

    @Test
    void findsThePartysDocumentsAndTheIssuedDocumentsOfARoleUpToADate() {
        Party customer = storedParty(tenant, PartyRole.CUSTOMER, "Dupont");
        Party other = storedParty(tenant, PartyRole.CUSTOMER, "Martin");
        Party supplier = storedParty(tenant, PartyRole.SUPPLIER, "Acier");
        Invoice draft = draft(tenant, customer, InvoiceKind.CUSTOMER_INVOICE);
        Invoice late = issued(tenant, customer, InvoiceKind.CUSTOMER_INVOICE, MAR_2.plusDays(5), "INV-2026-000002");
        Invoice early = issued(tenant, other, InvoiceKind.CUSTOMER_INVOICE, MAR_2, "INV-2026-000001");
        Invoice bill = issued(tenant, supplier, InvoiceKind.SUPPLIER_BILL, MAR_2, "BILL-2026-000001");
        Invoice foreign = issued(otherTenant, storedParty(otherTenant, PartyRole.CUSTOMER, "X"),
                InvoiceKind.CUSTOMER_INVOICE, MAR_2, "INV-2026-000001");
        inTx(() -> List.of(draft, late, early, bill, foreign).forEach(receivables().invoices()::add));

        assertThat(inTx(() -> receivables().invoices().findByParty(tenant, customer.id())))
                .extracting(Invoice::id).containsExactlyInAnyOrder(draft.id(), late.id());
        assertThat(inTx(() -> receivables().invoices().findIssued(tenant, PartyRole.CUSTOMER, MAR_2.plusDays(5))))
                .extracting(Invoice::id).containsExactly(early.id(), late.id());
        assertThat(inTx(() -> receivables().invoices().findIssued(tenant, PartyRole.CUSTOMER, MAR_2)))
                .extracting(Invoice::id).containsExactly(early.id());
        assertThat(inTx(() -> receivables().invoices().findIssued(tenant, PartyRole.SUPPLIER, MAR_2)))
                .extracting(Invoice::id).containsExactly(bill.id());
    }
}
