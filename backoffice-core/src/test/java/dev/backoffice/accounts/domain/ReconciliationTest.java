package dev.backoffice.accounts.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.GLOBEX;
import static dev.backoffice.accounts.domain.LedgerFixtures.NOW;
import static dev.backoffice.accounts.domain.LedgerFixtures.credit;
import static dev.backoffice.accounts.domain.LedgerFixtures.debit;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.eventIds;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.accounts.domain.LedgerFixtures.newEntryId;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);

    private final AccountId clearing = newAccountId();
    private final AccountId sales = newAccountId();
    private final JournalEntry invoice = posted(ACME, JAN_20, debit(1, clearing, eur("50.00")), credit(2, sales, eur("50.00")));
    private final JournalEntry payment = posted(ACME, JAN_10, debit(1, sales, eur("50.00")), credit(2, clearing, eur("50.00")));

    private static JournalEntry posted(dev.backoffice.common.TenantId tenant, LocalDate date, JournalLine... lines) {
        JournalEntry entry = JournalEntry.draft(newEntryId(), tenant, date, "Entry", null, List.of(lines), "alice", NOW);
        entry.post("alice", NOW, eventIds());
        entry.pullEvents();
        return entry;
    }

    private Reconciliation reconcile(List<JournalLineRef> refs, JournalEntry... entries) {
        Map<JournalEntryId, JournalEntry> byId = new java.util.HashMap<>();
        for (JournalEntry entry : entries) {
            byId.put(entry.id(), entry);
        }
        return Reconciliation.reconcile(ReconciliationId.of(UUID.randomUUID()), ACME, clearing, refs, byId, "alice", NOW,
                eventIds());
    }

    private static JournalLineRef ref(JournalEntry entry, int lineNo) {
        return JournalLineRef.of(entry.id(), lineNo);
    }

    @Test
    void matchesLinesThatNetToZeroInDateOrderAndRecordsAnEvent() {
        Reconciliation reconciliation = reconcile(List.of(ref(invoice, 1), ref(payment, 2)), invoice, payment);

        assertThat(reconciliation.isActive()).isTrue();
        assertThat(reconciliation.lines()).containsExactly(
                new ReconciledLine(ref(payment, 2), JAN_10, Side.CREDIT, eur("50.00")),
                new ReconciledLine(ref(invoice, 1), JAN_20, Side.DEBIT, eur("50.00")));
        assertThat(reconciliation.pullEvents()).singleElement().isInstanceOfSatisfying(LinesReconciled.class,
                e -> assertThat(e.lines()).containsExactly(ref(payment, 2), ref(invoice, 1)));
        assertThat(reconciliation.pullEvents()).isEmpty();
    }

    @Test
    void refusesEveryBrokenRuleWithItsCode() {
        JournalEntry draft = JournalEntry.draft(newEntryId(), ACME, JAN_10, "Draft", null,
                List.of(debit(1, sales, eur("50.00")), credit(2, clearing, eur("50.00"))), "alice", NOW);
        JournalEntry foreign = posted(GLOBEX, JAN_10, debit(1, sales, eur("50.00")), credit(2, clearing, eur("50.00")));
        JournalEntry partial = posted(ACME, JAN_10, debit(1, sales, eur("49.99")), credit(2, clearing, eur("49.99")));

        assertRefused("ledger.reconciliation.too_few_lines", () -> reconcile(List.of(ref(invoice, 1)), invoice));
        assertRefused("ledger.reconciliation.too_few_lines", () -> reconcile(null));
        assertRefused("ledger.reconciliation.too_many_lines", () -> reconcile(IntStream.rangeClosed(1, 1001)
                .mapToObj(i -> JournalLineRef.of(invoice.id(), i)).toList(), invoice));
        assertRefused("ledger.reconciliation.duplicate_line",
                () -> reconcile(List.of(ref(invoice, 1), ref(invoice, 1)), invoice));
        assertRefused("ledger.reconciliation.line_not_found",
                () -> reconcile(List.of(ref(invoice, 1), ref(payment, 2)), invoice));
        assertRefused("ledger.reconciliation.line_not_found",
                () -> reconcile(List.of(ref(invoice, 1), ref(payment, 3)), invoice, payment));
        assertRefused("ledger.reconciliation.line_not_found",
                () -> reconcile(List.of(ref(invoice, 1), ref(foreign, 2)), invoice, foreign));
        assertRefused("ledger.reconciliation.line_not_posted",
                () -> reconcile(List.of(ref(invoice, 1), ref(draft, 2)), invoice, draft));
        assertRefused("ledger.reconciliation.mixed_accounts",
                () -> reconcile(List.of(ref(invoice, 1), ref(payment, 1)), invoice, payment));
        assertRefused("ledger.reconciliation.not_zero",
                () -> reconcile(List.of(ref(invoice, 1), ref(partial, 2)), invoice, partial));
    }

    @Test
    void undoIsFinalAndKeepsTheLines() {
        Reconciliation reconciliation = reconcile(List.of(ref(invoice, 1), ref(payment, 2)), invoice, payment);
        reconciliation.pullEvents();

        reconciliation.undo("bob", NOW.plusSeconds(1), eventIds());

        assertThat(reconciliation.status()).isEqualTo(ReconciliationStatus.UNDONE);
        assertThat(reconciliation.undoneBy()).contains("bob");
        assertThat(reconciliation.undoneAt()).contains(NOW.plusSeconds(1));
        assertThat(reconciliation.lines()).hasSize(2);
        assertThat(reconciliation.pullEvents()).singleElement().isInstanceOf(ReconciliationUndone.class);
        assertRefused("ledger.reconciliation.already_undone", () -> reconciliation.undo("carol", NOW, eventIds()));
        assertThat(reconciliation.pullEvents()).isEmpty();
    }
}
