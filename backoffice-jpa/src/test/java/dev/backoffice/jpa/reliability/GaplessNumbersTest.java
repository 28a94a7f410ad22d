package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.DraftInvoice;
import dev.backoffice.accounts.api.InvoiceLineInput;
import dev.backoffice.accounts.api.InvoiceSnapshot;
import dev.backoffice.accounts.api.IssueInvoice;
import dev.backoffice.accounts.api.PartySnapshot;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.InvoiceKind;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Gapless document numbers on a real PostgreSQL: 8 threads issue customer invoices and supplier
 * bills at once through {@code BackOffice.invoicing()}; each series gets every number from 1 to
 * the count of its documents exactly once, the stored documents agree, and the counter row of each
 * series stands at its last number.
 */
class GaplessNumbersTest {

    private static final Currency EUR = ReceivablesFixture.EUR;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final int THREADS = 8;
    private static final int PER_THREAD = 20;

    private static DataSource dataSource;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() {
        dataSource = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "gapless_numbers");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters)
                .taxPolicy(ReceivablesFixture.TAX)
                .build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void documentsIssuedAtOnceGetEveryNumberOfTheirSeriesOnce() throws Exception {
        Actor actor = Actor.of("gapless", "clerk");
        ReceivablesFixture.configure(backOffice, actor);
        PartySnapshot customer = backOffice.parties().register(actor, RegisterParty.customer("Dupont", 30, EUR));
        PartySnapshot supplier = backOffice.parties().register(actor, RegisterParty.supplier("Acier", 60, EUR));
        InvoiceLineInput line = InvoiceLineInput.of("Goods", "1", Money.of("10.00", EUR), "STD");
        List<InvoiceSnapshot> drafts = new ArrayList<>();
        for (int i = 0; i < THREADS * PER_THREAD; i++) {
            drafts.add(backOffice.invoicing().draft(actor, i % 2 == 0
                    ? DraftInvoice.customerInvoice(customer.id(), line)
                    : DraftInvoice.supplierBill(supplier.id(), "S-" + i, line)));
        }

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<InvoiceSnapshot>>> issuers = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                List<InvoiceSnapshot> mine = drafts.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
                issuers.add(pool.submit(() -> {
                    go.await();
                    List<InvoiceSnapshot> issued = new ArrayList<>();
                    for (InvoiceSnapshot draft : mine) {
                        issued.add(backOffice.invoicing().issue(actor, IssueInvoice.of(draft.id(), DAY)));
                    }
                    return issued;
                }));
            }
            go.countDown();
            List<InvoiceSnapshot> issued = new ArrayList<>();
            for (Future<List<InvoiceSnapshot>> issuer : issuers) {
                issued.addAll(issuer.get(5, TimeUnit.MINUTES));
            }

            int anomalies = 0;
            for (InvoiceKind kind : List.of(InvoiceKind.CUSTOMER_INVOICE, InvoiceKind.SUPPLIER_BILL)) {
                List<String> numbers = issued.stream().filter(i -> i.kind() == kind).map(InvoiceSnapshot::number).toList();
                Set<String> expected = new HashSet<>();
                for (int n = 1; n <= numbers.size(); n++) {
                    expected.add(kind.number(2026, n));
                }
                anomalies += numbers.size() - new HashSet<>(numbers).size();   // duplicates
                anomalies += (int) expected.stream().filter(n -> !numbers.contains(n)).count(); // gaps
                anomalies += stored(actor, kind).equals(expected) ? 0 : 1;
                anomalies += counter(actor, kind) == numbers.size() ? 0 : 1;
            }
            System.out.println("RELIABILITY gapless-numbers threads=" + THREADS + " operations=" + issued.size()
                    + " anomalies=" + anomalies);
            assertThat(issued).hasSize(THREADS * PER_THREAD);
            assertThat(anomalies).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Set<String> stored(Actor actor, InvoiceKind kind) throws SQLException {
        Set<String> numbers = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT document_number FROM bo_invoices"
                     + " WHERE tenant_id = ? AND document_kind = ? AND document_number IS NOT NULL")) {
            select.setString(1, actor.tenant().value());
            select.setString(2, kind.name());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    numbers.add(rows.getString(1));
                }
            }
        }
        return numbers;
    }

    private static long counter(Actor actor, InvoiceKind kind) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT last_number FROM bo_document_numbers"
                     + " WHERE tenant_id = ? AND document_kind = ? AND series_year = 2026")) {
            select.setString(1, actor.tenant().value());
            select.setString(2, kind.name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }
}
