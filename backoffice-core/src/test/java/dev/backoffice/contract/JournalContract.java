package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.common.ConcurrentUpdateException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.JournalEntries} and {@link dev.backoffice.accounts.spi.JournalLines}. */
public abstract class JournalContract extends AdapterContract {

    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
    private static final LocalDate FEB_05 = LocalDate.of(2026, 2, 5);

    private Account cash;
    private Account sales;

    @BeforeEach
    void accounts() {
        cash = storedAccount(tenant, "1000", AccountType.ASSET);
        sales = storedAccount(tenant, "4000", AccountType.REVENUE);
    }

    @Test
    void storesAndFindsAnEntryWithAllItsFields() {
        JournalEntry entry = JournalEntry.draft(JournalEntryId.of(newId()), tenant, JAN_10, "Cash sale", "INV-1",
                List.of(new JournalLine(1, cash.id(), Side.DEBIT, eur("120.50"), "till 2", Map.of("department", "shop", "channel", "retail")),
                        new JournalLine(2, sales.id(), Side.CREDIT, eur("120.50"), null, Map.of())),
                "alice", NOW);
        entry.post("bob", NOW.plusSeconds(60), AdapterContract::newId);
        inTx(() -> adapters().journalEntries().add(entry));

        JournalEntry found = inTx(() -> adapters().journalEntries().find(tenant, entry.id())).orElseThrow();
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.accountingDate()).isEqualTo(JAN_10);
        assertThat(found.description()).isEqualTo("Cash sale");
        assertThat(found.sourceReference()).contains("INV-1");
        assertThat(found.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(found.createdBy()).isEqualTo("alice");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.postedBy()).contains("bob");
        assertThat(found.postedAt()).contains(NOW.plusSeconds(60));
        assertThat(found.reversalOf()).isEmpty();
        assertThat(found.reversedBy()).isEmpty();
        assertThat(found.lines()).containsExactlyElementsOf(entry.lines());
        assertThat(found.lines().get(0).dimensions()).containsExactly(Map.entry("channel", "retail"), Map.entry("department", "shop"));
        assertThat(inTx(() -> adapters().journalEntries().find(otherTenant, entry.id()))).isEmpty();
    }

    @Test
    void storesReversalLinksBothWays() {
        JournalEntry original = posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "10"), line(2, sales, Side.CREDIT, "10"));
        inTx(() -> adapters().journalEntries().add(original));
        JournalEntry stored = inTx(() -> adapters().journalEntries().find(tenant, original.id())).orElseThrow();

        JournalEntry reversal = stored.reverse(JournalEntryId.of(newId()), JAN_20, null, "carol", NOW, AdapterContract::newId);
        inTx(() -> {
            adapters().journalEntries().update(stored);
            adapters().journalEntries().add(reversal);
        });

        JournalEntry reloaded = inTx(() -> adapters().journalEntries().find(tenant, original.id())).orElseThrow();
        assertThat(reloaded.status()).isEqualTo(EntryStatus.REVERSED);
        assertThat(reloaded.reversedBy()).contains(reversal.id());
        JournalEntry reloadedReversal = inTx(() -> adapters().journalEntries().find(tenant, reversal.id())).orElseThrow();
        assertThat(reloadedReversal.reversalOf()).contains(original.id());
        assertThat(reloadedReversal.lines()).extracting(JournalLine::side).containsExactly(Side.CREDIT, Side.DEBIT);
    }

    @Test
    void addsManyEntriesAtOnce() {
        List<JournalEntry> entries = java.util.stream.IntStream.range(0, 120)
                .mapToObj(i -> posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "1"), line(2, sales, Side.CREDIT, "1")))
                .toList();

        inTx(() -> adapters().journalEntries().addAll(entries));

        assertThat(inTx(() -> adapters().journalLines().countStatementLines(tenant, cash.id(), JAN_10, JAN_10))).isEqualTo(120);
        assertThat(inTx(() -> adapters().journalEntries().find(tenant, entries.get(119).id()))).isPresent();
    }

    @Test
    void draftsCountInNoTotalsUntilPosted() {
        JournalEntry draft = draft(tenant, JAN_10, line(1, cash, Side.DEBIT, "40"), line(2, sales, Side.CREDIT, "40"));
        inTx(() -> adapters().journalEntries().add(draft));

        assertThat(inTx(() -> adapters().journalLines().hasLines(tenant, cash.id()))).isTrue();
        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(tenant, cash.id(), EUR, FEB_05)).isZero()).isTrue();
        assertThat(inTx(() -> adapters().journalLines().countStatementLines(tenant, cash.id(), JAN_10, FEB_05))).isZero();

        JournalEntry stored = inTx(() -> adapters().journalEntries().find(tenant, draft.id())).orElseThrow();
        stored.post("bob", NOW, AdapterContract::newId);
        inTx(() -> adapters().journalEntries().update(stored));

        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(tenant, cash.id(), EUR, FEB_05).debits()))
                .isEqualTo(eur("40"));
    }

    @Test
    void revisesAndRemovesDraftsAndRefusesAStaleVersion() {
        JournalEntry draft = draft(tenant, JAN_10, line(1, cash, Side.DEBIT, "40"), line(2, sales, Side.CREDIT, "40"));
        inTx(() -> adapters().journalEntries().add(draft));
        JournalEntry first = inTx(() -> adapters().journalEntries().find(tenant, draft.id())).orElseThrow();
        JournalEntry second = inTx(() -> adapters().journalEntries().find(tenant, draft.id())).orElseThrow();

        first.revise(JAN_20, "Revised", "REF-9", List.of(line(1, cash, Side.DEBIT, "41"), line(2, sales, Side.CREDIT, "41"),
                line(3, sales, Side.CREDIT, "0.01")));
        inTx(() -> adapters().journalEntries().update(first));
        JournalEntry revised = inTx(() -> adapters().journalEntries().find(tenant, draft.id())).orElseThrow();
        assertThat(revised.accountingDate()).isEqualTo(JAN_20);
        assertThat(revised.description()).isEqualTo("Revised");
        assertThat(revised.sourceReference()).contains("REF-9");
        assertThat(revised.lines()).hasSize(3);

        second.revise(JAN_10, "Lost", null, second.lines());
        assertThatThrownBy(() -> inTx(() -> adapters().journalEntries().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        inTx(() -> adapters().journalEntries().removeDraft(revised));
        assertThat(inTx(() -> adapters().journalEntries().find(tenant, draft.id()))).isEmpty();
        assertThat(inTx(() -> adapters().journalLines().hasLines(tenant, cash.id()))).isFalse();
    }

    @Test
    void totalsAsOfCountPostedLinesOnOrBeforeTheDate() {
        inTx(() -> adapters().journalEntries().addAll(List.of(
                posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "100"), line(2, sales, Side.CREDIT, "100")),
                posted(tenant, JAN_20, line(1, cash, Side.DEBIT, "50"), line(2, sales, Side.CREDIT, "50")),
                posted(tenant, FEB_05, line(1, sales, Side.DEBIT, "30"), line(2, cash, Side.CREDIT, "30")))));

        AccountBalance jan20 = inTx(() -> adapters().journalLines().totalsAsOf(tenant, cash.id(), EUR, JAN_20));
        assertThat(jan20.debits()).isEqualTo(eur("150"));
        assertThat(jan20.credits()).isEqualTo(eur("0"));
        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(tenant, cash.id(), EUR, JAN_10.minusDays(1))).isZero()).isTrue();

        List<AccountBalance> all = inTx(() -> adapters().journalLines().totalsAsOf(tenant, FEB_05));
        assertThat(all).containsExactlyInAnyOrder(
                new AccountBalance(cash.id(), eur("150"), eur("30")),
                new AccountBalance(sales.id(), eur("30"), eur("150")));
        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(otherTenant, FEB_05))).isEmpty();
    }

    @Test
    void totalsBetweenCountPostedLinesInTheRangeOnly() {
        Account foreignCash = storedAccount(otherTenant, "1000", AccountType.ASSET);
        Account foreignSales = storedAccount(otherTenant, "4000", AccountType.REVENUE);
        JournalEntry closing = JournalEntry.draft(JournalEntryId.of(newId()), tenant, FEB_05, "Closing", "year-end-close:x",
                List.of(line(1, sales, Side.DEBIT, "20"), line(2, cash, Side.CREDIT, "20")), "alice", NOW);
        closing.post("alice", NOW, AdapterContract::newId);
        JournalEntry sameReferenceDraft = JournalEntry.draft(JournalEntryId.of(newId()), tenant, FEB_05, "Draft", "year-end-close:x",
                List.of(line(1, sales, Side.DEBIT, "7"), line(2, cash, Side.CREDIT, "7")), "alice", NOW);
        inTx(() -> adapters().journalEntries().addAll(List.of(
                posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "100"), line(2, sales, Side.CREDIT, "100")),
                posted(tenant, JAN_20, line(1, cash, Side.DEBIT, "50"), line(2, sales, Side.CREDIT, "50")),
                posted(tenant, FEB_05, line(1, sales, Side.DEBIT, "30"), line(2, cash, Side.CREDIT, "30")),
                closing, sameReferenceDraft,
                posted(otherTenant, JAN_20, line(1, foreignCash, Side.DEBIT, "1"), line(2, foreignSales, Side.CREDIT, "1")))));

        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_20, FEB_05))).containsExactlyInAnyOrder(
                new AccountBalance(cash.id(), eur("50"), eur("50")),
                new AccountBalance(sales.id(), eur("50"), eur("50")));
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_10, JAN_10))).containsExactlyInAnyOrder(
                new AccountBalance(cash.id(), eur("100"), eur("0")),
                new AccountBalance(sales.id(), eur("0"), eur("100")));
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_10.plusDays(1), JAN_20.minusDays(1)))).isEmpty();
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(otherTenant, JAN_10, FEB_05)))
                .containsExactlyInAnyOrder(new AccountBalance(foreignCash.id(), eur("1"), eur("0")),
                        new AccountBalance(foreignSales.id(), eur("0"), eur("1")));

        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_10, FEB_05, "year-end-close:x")))
                .containsExactlyInAnyOrder(new AccountBalance(cash.id(), eur("0"), eur("20")),
                        new AccountBalance(sales.id(), eur("20"), eur("0")));
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_10, JAN_20, "year-end-close:x"))).isEmpty();
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(tenant, JAN_10, FEB_05, "year-end-close:y"))).isEmpty();
        assertThat(inTx(() -> adapters().journalLines().totalsBetween(otherTenant, JAN_10, FEB_05, "year-end-close:x"))).isEmpty();
    }

    @Test
    void statementLinesComeInDateOrderWithARunningSumAndPage() {
        JournalEntry late = posted(tenant, FEB_05, line(1, sales, Side.DEBIT, "30"), line(2, cash, Side.CREDIT, "30"));
        JournalEntry early = posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "100"), line(2, sales, Side.CREDIT, "100"));
        JournalEntry middle = posted(tenant, JAN_20, line(1, cash, Side.DEBIT, "50"), line(2, sales, Side.CREDIT, "50"));
        inTx(() -> adapters().journalEntries().addAll(List.of(late, early, middle)));

        List<StatementLine> all = inTx(() -> adapters().journalLines().statement(tenant, cash.id(), JAN_10, FEB_05, 0, 10));
        assertThat(all).extracting(StatementLine::entryId).containsExactly(early.id(), middle.id(), late.id());
        assertThat(all).extracting(StatementLine::runningNet).containsExactly(eur("100"), eur("150"), eur("120"));
        assertThat(all.get(2).side()).isEqualTo(Side.CREDIT);
        assertThat(all.get(2).amount()).isEqualTo(eur("30"));
        assertThat(all.get(0).description()).isEqualTo(early.description());
        assertThat(all.get(0).accountingDate()).isEqualTo(JAN_10);

        List<StatementLine> secondPage = inTx(() -> adapters().journalLines().statement(tenant, cash.id(), JAN_10, FEB_05, 1, 1));
        assertThat(secondPage).singleElement().satisfies(l -> {
            assertThat(l.entryId()).isEqualTo(middle.id());
            assertThat(l.runningNet()).isEqualTo(eur("150"));
        });

        List<StatementLine> fromJan20 = inTx(() -> adapters().journalLines().statement(tenant, cash.id(), JAN_20, FEB_05, 0, 10));
        assertThat(fromJan20).extracting(StatementLine::runningNet).containsExactly(eur("50"), eur("20"));
        assertThat(inTx(() -> adapters().journalLines().countStatementLines(tenant, cash.id(), JAN_20, JAN_20))).isEqualTo(1);
        assertThat(inTx(() -> adapters().journalLines().statement(otherTenant, cash.id(), JAN_10, FEB_05, 0, 10))).isEmpty();
    }

    /**
     * A unit of work that posted entries and marked an earlier one reversed, then failed, leaves
     * the journal as it was: the new entries are not found and count in no total or statement, the
     * earlier one is posted again at its version, and the ids of the undone entries are free.
     */
    @Test
    void aFailedUnitOfWorkLeavesNoEntryLineOrReversalMarkAndFreesTheIds() {
        JournalEntry kept = posted(tenant, JAN_10, line(1, cash, Side.DEBIT, "100"), line(2, sales, Side.CREDIT, "100"));
        inTx(() -> adapters().journalEntries().add(kept));
        JournalEntry stored = inTx(() -> adapters().journalEntries().find(tenant, kept.id())).orElseThrow();
        JournalEntry undone = posted(tenant, JAN_20, line(1, cash, Side.DEBIT, "7"), line(2, sales, Side.CREDIT, "7"));
        JournalEntry reversal = stored.reverse(JournalEntryId.of(newId()), JAN_20, null, "carol", NOW, AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> {
            adapters().journalEntries().addAll(List.of(undone));
            adapters().journalEntries().update(stored);
            adapters().journalEntries().add(reversal);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTx(() -> adapters().journalEntries().find(tenant, undone.id()))).isEmpty();
        assertThat(inTx(() -> adapters().journalEntries().find(tenant, reversal.id()))).isEmpty();
        JournalEntry after = inTx(() -> adapters().journalEntries().find(tenant, kept.id())).orElseThrow();
        assertThat(after.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(after.reversedBy()).isEmpty();
        assertThat(after.version()).isEqualTo(stored.version());
        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(tenant, FEB_05))).containsExactlyInAnyOrder(
                new AccountBalance(cash.id(), eur("100"), eur("0")),
                new AccountBalance(sales.id(), eur("0"), eur("100")));
        assertThat(inTx(() -> adapters().journalLines().statement(tenant, sales.id(), JAN_10, FEB_05, 0, 10)))
                .extracting(StatementLine::entryId).containsExactly(kept.id());

        inTx(() -> adapters().journalEntries().add(undone));
        assertThat(inTx(() -> adapters().journalEntries().find(tenant, undone.id()))).isPresent();
        assertThat(inTx(() -> adapters().journalLines().totalsAsOf(tenant, cash.id(), EUR, FEB_05).debits()))
                .isEqualTo(eur("107"));
    }
}
