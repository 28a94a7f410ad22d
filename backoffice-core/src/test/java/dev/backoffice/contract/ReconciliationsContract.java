package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.ReconciledLine;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.ReconciliationStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.UnreconciledLine;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.Reconciliations}. */
public abstract class ReconciliationsContract extends AdapterContract {

    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
    private static final LocalDate FEB_05 = LocalDate.of(2026, 2, 5);
    private static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    private Account clearing;
    private Account sales;
    private JournalEntry invoice;
    private JournalEntry payment;
    private JournalEntry later;

    @BeforeEach
    void journal() {
        clearing = storedAccount(tenant, "1200", AccountType.ASSET);
        sales = storedAccount(tenant, "4000", AccountType.REVENUE);
        invoice = posted(tenant, JAN_10, line(1, clearing, Side.DEBIT, "25.00"), line(2, sales, Side.CREDIT, "25.00"));
        payment = posted(tenant, JAN_20, line(1, sales, Side.DEBIT, "25.00"), line(2, clearing, Side.CREDIT, "25.00"));
        later = posted(tenant, FEB_05, line(1, clearing, Side.DEBIT, "7.00"), line(2, sales, Side.CREDIT, "7.00"));
        inTx(() -> adapters().journalEntries().addAll(List.of(invoice, payment, later)));
    }

    private static JournalLineRef ref(JournalEntry entry, int lineNo) {
        return JournalLineRef.of(entry.id(), lineNo);
    }

    private Reconciliation matched(TenantId owner, JournalLineRef... lines) {
        Map<JournalEntryId, JournalEntry> entries = Map.of(invoice.id(), invoice, payment.id(), payment, later.id(), later);
        Reconciliation reconciliation = Reconciliation.reconcile(ReconciliationId.of(newId()), owner, clearing.id(),
                List.of(lines), entries, "alice", NOW, AdapterContract::newId);
        reconciliation.pullEvents();
        return reconciliation;
    }

    private List<JournalLineRef> unreconciled(TenantId owner) {
        return inTx(() -> adapters().reconciliations().unreconciledLines(owner, clearing.id(), JAN_10, DEC_31, 0, 100))
                .stream().map(UnreconciledLine::ref).toList();
    }

    @Test
    void storesAndFindsAReconciliationWithAllItsFields() {
        Reconciliation reconciliation = matched(tenant, ref(payment, 2), ref(invoice, 1));
        inTx(() -> adapters().reconciliations().add(reconciliation));

        Reconciliation found = inTx(() -> adapters().reconciliations().find(tenant, reconciliation.id())).orElseThrow();
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.account()).isEqualTo(clearing.id());
        assertThat(found.status()).isEqualTo(ReconciliationStatus.ACTIVE);
        assertThat(found.reconciledBy()).isEqualTo("alice");
        assertThat(found.reconciledAt()).isEqualTo(NOW);
        assertThat(found.undoneBy()).isEmpty();
        assertThat(found.undoneAt()).isEmpty();
        assertThat(found.lines()).containsExactly(
                new ReconciledLine(ref(invoice, 1), JAN_10, Side.DEBIT, eur("25.00")),
                new ReconciledLine(ref(payment, 2), JAN_20, Side.CREDIT, eur("25.00")));
        assertThat(inTx(() -> adapters().reconciliations().find(otherTenant, reconciliation.id()))).isEmpty();
    }

    @Test
    void knowsWhichLinesAreHeldAndListsTheOthers() {
        assertThat(unreconciled(tenant)).containsExactly(ref(invoice, 1), ref(payment, 2), ref(later, 1));
        Reconciliation reconciliation = matched(tenant, ref(invoice, 1), ref(payment, 2));
        inTx(() -> adapters().reconciliations().add(reconciliation));

        assertThat(inTx(() -> adapters().reconciliations().findActive(tenant,
                List.of(ref(invoice, 1), ref(later, 1), ref(payment, 2)))))
                .containsOnly(Map.entry(ref(invoice, 1), reconciliation.id()), Map.entry(ref(payment, 2), reconciliation.id()));
        assertThat(inTx(() -> adapters().reconciliations().findActive(otherTenant, List.of(ref(invoice, 1))))).isEmpty();

        List<UnreconciledLine> open = inTx(() -> adapters().reconciliations()
                .unreconciledLines(tenant, clearing.id(), JAN_10, DEC_31, 0, 10));
        assertThat(open).containsExactly(new UnreconciledLine(ref(later, 1), FEB_05, "Entry on " + FEB_05, null,
                Side.DEBIT, eur("7.00")));
        assertThat(inTx(() -> adapters().reconciliations().countUnreconciledLines(tenant, clearing.id(), JAN_10, DEC_31)))
                .isEqualTo(1);
        assertThat(inTx(() -> adapters().reconciliations().countUnreconciledLines(tenant, clearing.id(), JAN_10, JAN_20)))
                .isZero();
        assertThat(inTx(() -> adapters().reconciliations().unreconciledLines(tenant, clearing.id(), JAN_10, DEC_31, 1, 10)))
                .isEmpty();
        assertThat(unreconciled(otherTenant)).isEmpty();
    }

    @Test
    void refusesASecondActiveReconciliationOfALineAndRollsBack() {
        inTx(() -> adapters().reconciliations().add(matched(tenant, ref(invoice, 1), ref(payment, 2))));
        JournalEntry refund = posted(tenant, FEB_05, line(1, sales, Side.DEBIT, "25.00"), line(2, clearing, Side.CREDIT, "25.00"));
        inTx(() -> adapters().journalEntries().add(refund));
        Map<JournalEntryId, JournalEntry> entries = Map.of(invoice.id(), invoice, refund.id(), refund);
        Reconciliation again = Reconciliation.reconcile(ReconciliationId.of(newId()), tenant, clearing.id(),
                List.of(ref(refund, 2), ref(invoice, 1)), entries, "bob", NOW, AdapterContract::newId);

        // the port's contract: refused at once with the typed code, or as a concurrent update that the unit of
        // work retries (and, the line staying taken, finally reports as a conflict)
        assertThatThrownBy(() -> inTx(() -> adapters().reconciliations().add(again)))
                .isInstanceOfSatisfying(BackOfficeException.class, e -> assertThat(e.code())
                        .isIn("ledger.reconciliation.line_already_reconciled", "concurrency.conflict"));

        assertThat(inTx(() -> adapters().reconciliations().find(tenant, again.id()))).isEmpty();
        assertThat(inTx(() -> adapters().reconciliations().findActive(tenant, List.of(ref(refund, 2))))).isEmpty();
        assertThat(unreconciled(tenant)).containsExactly(ref(later, 1), ref(refund, 2));
    }

    @Test
    void anUndoReleasesTheLinesKeepsTheHistoryAndRefusesAStaleVersion() {
        Reconciliation reconciliation = matched(tenant, ref(invoice, 1), ref(payment, 2));
        inTx(() -> adapters().reconciliations().add(reconciliation));
        Reconciliation first = inTx(() -> adapters().reconciliations().find(tenant, reconciliation.id())).orElseThrow();
        Reconciliation second = inTx(() -> adapters().reconciliations().find(tenant, reconciliation.id())).orElseThrow();

        first.undo("bob", NOW.plusSeconds(5), AdapterContract::newId);
        inTx(() -> adapters().reconciliations().update(first));

        Reconciliation undone = inTx(() -> adapters().reconciliations().find(tenant, reconciliation.id())).orElseThrow();
        assertThat(undone.status()).isEqualTo(ReconciliationStatus.UNDONE);
        assertThat(undone.undoneBy()).contains("bob");
        assertThat(undone.undoneAt()).contains(NOW.plusSeconds(5));
        assertThat(undone.lines()).isEqualTo(reconciliation.lines());
        assertThat(undone.version()).isGreaterThan(reconciliation.version());
        assertThat(unreconciled(tenant)).containsExactly(ref(invoice, 1), ref(payment, 2), ref(later, 1));
        assertThat(inTx(() -> adapters().reconciliations().findActive(tenant, List.of(ref(invoice, 1))))).isEmpty();

        second.undo("carol", NOW, AdapterContract::newId);
        assertThatThrownBy(() -> inTx(() -> adapters().reconciliations().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);

        Reconciliation again = matched(tenant, ref(invoice, 1), ref(payment, 2));
        inTx(() -> adapters().reconciliations().add(again));
        assertThat(inTx(() -> adapters().reconciliations().findActive(tenant, List.of(ref(invoice, 1)))))
                .containsOnly(Map.entry(ref(invoice, 1), again.id()));
    }
}
