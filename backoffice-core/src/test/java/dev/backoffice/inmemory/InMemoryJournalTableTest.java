package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The in-memory journal's table of posted entries over many chunks of rows: what it answers agrees
 * with totals kept beside it, through batches that commit and batches that are rolled back.
 */
class InMemoryJournalTableTest {

    private static final TenantId TENANT = TenantId.of("table-test");
    private static final Instant NOW = Instant.parse("2026-03-01T09:30:00.123456789Z");

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryJournal journal = new InMemoryJournal(unitOfWork);
    private final AccountId[] accounts = new AccountId[7];

    @Test
    void agreesWithAModelThroughCommittedAndRolledBackBatches() {
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = AccountId.of(UUID.randomUUID());
        }
        SplittableRandom random = new SplittableRandom(11);
        Map<AccountId, long[]> model = new HashMap<>();
        List<JournalEntry> committed = new ArrayList<>();
        for (int batch = 0; batch < 60; batch++) {
            List<JournalEntry> entries = new ArrayList<>();
            int size = 1 + random.nextInt(150);
            for (int i = 0; i < size; i++) {
                entries.add(entry(random));
            }
            boolean fails = batch % 3 == 1;
            if (fails) {
                assertThatThrownBy(() -> unitOfWork.execute(() -> {
                    journal.addAll(entries);
                    throw new IllegalStateException("boom");
                })).isInstanceOf(IllegalStateException.class);
                continue;
            }
            unitOfWork.execute(() -> {
                journal.addAll(entries);
                return null;
            });
            committed.addAll(entries);
            for (JournalEntry entry : entries) {
                for (JournalLine line : entry.lines()) {
                    long[] totals = model.computeIfAbsent(line.account(), a -> new long[2]);
                    totals[line.side() == Side.DEBIT ? 0 : 1] += line.amount().minorUnits();
                }
            }
        }

        LocalDate end = LocalDate.of(2026, 12, 31);
        for (AccountId account : accounts) {
            long[] expected = model.getOrDefault(account, new long[2]);
            AccountBalance total = journal.totalsAsOf(TENANT, account, Money.currency("EUR"), end);
            assertThat(total.debits().minorUnits()).isEqualTo(expected[0]);
            assertThat(total.credits().minorUnits()).isEqualTo(expected[1]);
            long lines = committed.stream().flatMap(e -> e.lines().stream()).filter(l -> l.account().equals(account)).count();
            assertThat(journal.countStatementLines(TENANT, account, LocalDate.of(2026, 1, 1), end)).isEqualTo(lines);
        }
        assertThat(committed).hasSizeGreaterThan(1000);
        for (JournalEntry entry : committed) {
            JournalEntry found = journal.find(TENANT, entry.id()).orElseThrow();
            assertThat(found.lines()).containsExactlyElementsOf(entry.lines());
            assertThat(found.accountingDate()).isEqualTo(entry.accountingDate());
            assertThat(found.createdAt()).isEqualTo(NOW);
            assertThat(found.postedAt()).contains(NOW.plusNanos(1));
        }
    }

    private JournalEntry entry(SplittableRandom random) {
        int debit = random.nextInt(accounts.length);
        int credit = (debit + 1 + random.nextInt(accounts.length - 1)) % accounts.length;
        Money amount = Money.ofMinor(1 + random.nextInt(100_000), Money.currency("EUR"));
        JournalEntry entry = JournalEntry.draft(JournalEntryId.of(UUID.randomUUID()), TENANT,
                LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)), "Entry", null,
                List.of(new JournalLine(1, accounts[debit], Side.DEBIT, amount, null, Map.of()),
                        new JournalLine(2, accounts[credit], Side.CREDIT, amount, "memo", Map.of("dept", "d" + debit))),
                "alice", NOW);
        entry.post("bob", NOW.plusNanos(1), UUID::randomUUID);
        return entry;
    }
}
