package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.jpa.support.TestDatabases;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** New entries go to the database in JDBC batches, not one statement per row. */
class JdbcBatchingTest {

    @Test
    void addAllSendsEntriesLinesAndDimensionsInBatches() {
        TimeOrderedIds ids = new TimeOrderedIds();
        TenantId tenant = TenantId.of("batching");
        Currency eur = Currency.getInstance("EUR");
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        try (JpaAdapters adapters = JpaAdapters.builder(TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "batching"))
                .property("hibernate.generate_statistics", true)
                .build()) {
            Account cash = Account.open(AccountId.of(ids.newId()), tenant, "1000", "Cash", AccountType.ASSET, eur, null, now);
            Account sales = Account.open(AccountId.of(ids.newId()), tenant, "4000", "Sales", AccountType.REVENUE, eur, null, now);
            adapters.unitOfWork().execute(() -> {
                adapters.accounts().add(cash);
                adapters.accounts().add(sales);
                return null;
            });
            List<JournalEntry> entries = IntStream.range(0, 200).mapToObj(i -> {
                JournalEntry entry = JournalEntry.draft(JournalEntryId.of(ids.newId()), tenant, LocalDate.of(2026, 2, 1),
                        "Sale " + i, null, List.of(
                                new JournalLine(1, cash.id(), Side.DEBIT, Money.ofMinor(100 + i, eur), null, Map.of("shop", "north")),
                                new JournalLine(2, sales.id(), Side.CREDIT, Money.ofMinor(100 + i, eur), null, Map.of())),
                        "alice", now);
                entry.post("alice", now, ids::newId);
                return entry;
            }).toList();
            Statistics statistics = adapters.entityManagerFactory().unwrap(SessionFactory.class).getStatistics();
            statistics.clear();

            adapters.unitOfWork().execute(() -> {
                adapters.journalEntries().addAll(entries);
                return null;
            });

            // 200 entries + 400 lines + 200 dimensions = 800 rows; batches of 50 make 16 statements
            assertThat(statistics.getEntityInsertCount()).isEqualTo(600);
            assertThat(statistics.getPrepareStatementCount()).isLessThan(40);
            assertThat(adapters.journalLines().countStatementLines(tenant, cash.id(), LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 1))).isEqualTo(200);
        }
    }
}
