package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AllocatePayment;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issued documents are append-only in the database: SQL cannot change or delete an issued
 * invoice's content (number, dates, totals, lines, line totals, taxes), while the library still
 * records its settlement (status, settlements) and a draft stays free to change. PostgreSQL only:
 * the triggers are PL/pgSQL.
 */
class IssuedDocumentsAppendOnlyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "issued_append_only");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).taxPolicy(ReceivablesFixture.TAX).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void anIssuedDocumentsContentCannotBeChangedOrDeletedBySql() throws SQLException {
        Actor actor = Actor.of("issued", "clerk");
        ReceivablesFixture.configure(backOffice, actor);
        PartySnapshot customer = backOffice.parties().register(actor,
                RegisterParty.customer("Dupont", 30, ReceivablesFixture.EUR));
        InvoiceLineInput line = InvoiceLineInput.of("Goods", "2", Money.of("10.00", ReceivablesFixture.EUR), "STD");
        InvoiceSnapshot invoice = backOffice.invoicing().issue(actor, IssueInvoice.of(
                backOffice.invoicing().draft(actor, DraftInvoice.customerInvoice(customer.id(), line)).id(), DAY));
        UUID id = invoice.id().value();
        InvoiceSnapshot stored = backOffice.invoicing().invoice(actor, invoice.id());

        List<String> attempts = List.of(
                "UPDATE bo_invoices SET gross_minor = gross_minor + 1, net_minor = net_minor + 1 WHERE id = '" + id + "'",
                "UPDATE bo_invoices SET document_number = 'INV-2026-999999' WHERE id = '" + id + "'",
                "UPDATE bo_invoices SET issue_date = DATE '2026-01-01' WHERE id = '" + id + "'",
                "UPDATE bo_invoices SET status = 'DRAFT', document_number = NULL, issue_date = NULL, due_date = NULL,"
                        + " issued_at = NULL WHERE id = '" + id + "'",
                "DELETE FROM bo_invoice_settlements WHERE invoice_id = '" + id + "'; DELETE FROM bo_invoices WHERE id = '" + id + "'",
                "UPDATE bo_invoice_lines SET unit_price_minor = 1 WHERE invoice_id = '" + id + "'",
                "DELETE FROM bo_invoice_lines WHERE invoice_id = '" + id + "'",
                "UPDATE bo_invoice_line_totals SET gross_minor = 1 WHERE invoice_id = '" + id + "'",
                "DELETE FROM bo_invoice_line_totals WHERE invoice_id = '" + id + "'",
                "UPDATE bo_invoice_taxes SET tax_minor = 0 WHERE invoice_id = '" + id + "'",
                "DELETE FROM bo_invoice_taxes WHERE invoice_id = '" + id + "'");
        List<String> accepted = new ArrayList<>();
        for (String attempt : attempts) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(attempt);
                accepted.add(attempt);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(attempt).isEqualTo("55000");
            }
        }
        assertThat(backOffice.invoicing().invoice(actor, invoice.id())).isEqualTo(stored);

        PaymentSnapshot payment = backOffice.payments().record(actor,
                RecordPayment.incoming(customer.id(), Money.of("10.00", ReceivablesFixture.EUR), DAY));
        backOffice.payments().allocate(actor, AllocatePayment.of(payment.id(), DAY,
                AllocatePayment.part(invoice.id(), Money.of("10.00", ReceivablesFixture.EUR))));
        InvoiceSnapshot settled = backOffice.invoicing().invoice(actor, invoice.id());

        InvoiceSnapshot draft = backOffice.invoicing().draft(actor, DraftInvoice.customerInvoice(customer.id(), line));
        int draftChanges = 0;
        try (Connection connection = dataSource.getConnection()) {
            draftChanges += update(connection, "UPDATE bo_invoice_lines SET description = 'Changed' WHERE invoice_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_invoice_lines WHERE invoice_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_invoice_line_totals WHERE invoice_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_invoice_taxes WHERE invoice_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_invoices WHERE id = ?", draft.id().value());
        }

        System.out.println("RELIABILITY append-only-documents threads=1 operations=" + (attempts.size() + 6)
                + " refused=" + (attempts.size() - accepted.size()) + " anomalies=" + accepted.size());
        assertThat(accepted).as("statements the database let through").isEmpty();
        assertThat(settled.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
        assertThat(draftChanges).as("a draft stays free to change").isEqualTo(5);
    }

    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }
}
