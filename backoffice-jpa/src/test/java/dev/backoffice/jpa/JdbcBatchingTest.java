package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.jpa.support.StatementLog;
import dev.backoffice.jpa.support.TestDatabases;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New entries go to the database in JDBC batches, not one statement per row, and not as entities;
 * they read back as they were.
 */
class JdbcBatchingTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void addAllSendsEntriesLinesAndDimensionsInBatches(TestDatabases.Kind kind) {
        TimeOrderedIds ids = new TimeOrderedIds();
        TenantId tenant = TenantId.of("batching");
        Currency eur = Currency.getInstance("EUR");
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        try (JpaAdapters adapters = JpaAdapters.builder(StatementLog.recording(
                        TestDatabases.newMigratedDatabase(kind, "batching"), statements))
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
            statements.clear();

            adapters.unitOfWork().execute(() -> {
                adapters.journalEntries().addAll(entries);
                return null;
            });

            // 200 entries + 400 lines + 200 dimensions = 800 rows in three statements
            assertThat(statistics.getEntityInsertCount()).isZero();
            assertThat(statements).satisfiesExactly(
                    entryRows -> assertThat(entryRows).startsWith("insert into bo_journal_entries"),
                    lineRows -> assertThat(lineRows).startsWith("insert into bo_journal_lines"),
                    dimensionRows -> assertThat(dimensionRows).startsWith("insert into bo_journal_line_dimensions"));
            assertThat(adapters.journalLines().countStatementLines(tenant, cash.id(), LocalDate.of(2026, 2, 1),
                    LocalDate.of(2026, 2, 1))).isEqualTo(200);
            JournalEntry written = entries.get(7);
            JournalEntry read = adapters.unitOfWork().read(() -> adapters.journalEntries().find(tenant, written.id()).orElseThrow());
            assertThat(read.status()).isEqualTo(EntryStatus.POSTED);
            assertThat(read.version()).isEqualTo(written.version());
            assertThat(read.createdAt()).isEqualTo(written.createdAt());
            assertThat(read.postedAt()).isEqualTo(written.postedAt());
            assertThat(read.postedBy()).isEqualTo(written.postedBy());
            assertThat(read.description()).isEqualTo("Sale 7");
            assertThat(read.lines()).usingRecursiveFieldByFieldElementComparator().isEqualTo(written.lines());
        }
    }
}
