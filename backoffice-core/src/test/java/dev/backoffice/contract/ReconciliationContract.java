package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.BankReconciliation;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReconcileLines;
import dev.backoffice.accounts.api.ReconciliationSnapshot;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.UnreconciledLines;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.LinesReconciled;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.ReconciliationStatus;
import dev.backoffice.accounts.domain.ReconciliationUndone;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.spi.AccessPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reconciliation of bank and clearing accounts through the public api
 * ({@link BankReconciliation}), over the adapters under test: matching lines that net to zero,
 * every refusal with its code (and that it stored nothing), undo and re-reconcile, the listing of
 * unreconciled lines, tenant isolation, access and idempotency.
 */
public abstract class ReconciliationContract extends AdapterContract {

    protected static final LocalDate JAN_01 = LocalDate.of(2026, 1, 1);
    protected static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    protected static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
    protected static final LocalDate FEB_05 = LocalDate.of(2026, 2, 5);
    protected static final LocalDate DEC_31 = LocalDate.of(2026, 12, 31);

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected BackOffice backOffice;
    protected BankReconciliation reconciliation;
    protected Actor alice;
    protected Actor bob;
    protected Actor mallory;
    protected AccountSnapshot bank;
    protected AccountSnapshot clearing;
    protected AccountSnapshot revenue;
    protected AccountSnapshot fees;
    protected AccountSnapshot foreignBank;

    @BeforeEach
    void chartOfAccounts() {
        backOffice = backOffice(AccessPolicy.allowAll());
        reconciliation = backOffice.bankReconciliation();
        alice = Actor.of(tenant, "alice");
        bob = Actor.of(tenant, "bob");
        mallory = Actor.of(otherTenant, "mallory");
        backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        bank = open(alice, "1010", "Bank", AccountType.ASSET);
        clearing = open(alice, "1200", "Customer clearing", AccountType.ASSET);
        revenue = open(alice, "4000", "Sales", AccountType.REVENUE);
        fees = open(alice, "6500", "Bank fees", AccountType.EXPENSE);
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        foreignBank = open(mallory, "1010", "Bank", AccountType.ASSET);
        published.clear();
    }

    protected BackOffice backOffice(AccessPolicy policy) {
        return BackOffice.builder(adapters())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .accessPolicy(policy)
                .eventPublisher(published::addAll)
                .build();
    }

    private AccountSnapshot open(Actor actor, String code, String name, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, name, type, EUR));
    }

    /** An invoice: the customer owes the amount (debit on the clearing account, line 1). */
    private JournalEntrySnapshot invoice(LocalDate date, String amount) {
        return backOffice.ledger().post(alice, NewJournalEntry.on(date, "Invoice")
                .debit(clearing.id(), eur(amount)).credit(revenue.id(), eur(amount)).build());
    }

    /** A payment received: the bank takes the amount and the customer's debt goes (credit on clearing, line 2). */
    private JournalEntrySnapshot payment(LocalDate date, String amount) {
        return backOffice.ledger().post(alice, NewJournalEntry.on(date, "Payment received")
                .debit(bank.id(), eur(amount)).credit(clearing.id(), eur(amount)).build());
    }

    private static JournalLineRef line(JournalEntrySnapshot entry, int lineNo) {
        return JournalLineRef.of(entry.id(), lineNo);
    }

    private static ReconcileLines match(AccountSnapshot account, JournalLineRef... lines) {
        return ReconcileLines.of(account.id(), Arrays.asList(lines));
    }

    private UnreconciledLines open(AccountSnapshot account) {
        return reconciliation.unreconciledLines(alice, account.id(), JAN_01, DEC_31, 0, 1000);
    }

    private List<JournalLineRef> openRefs(AccountSnapshot account) {
        return open(account).lines().stream().map(UnreconciledLines.Line::line).toList();
    }

    /** Asserts the call fails with the code and that no line changed state, nothing was audited or published. */
    private void assertRefused(ThrowingCallable call, String code) {
        List<JournalLineRef> bankBefore = openRefs(bank);
        List<JournalLineRef> clearingBefore = openRefs(clearing);
        int auditBefore = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        published.clear();

        assertThatThrownBy(call).isInstanceOf(BackOfficeException.class)
                .satisfies(e -> assertThat(((BackOfficeException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());

        assertThat(openRefs(bank)).isEqualTo(bankBefore);
        assertThat(openRefs(clearing)).isEqualTo(clearingBefore);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all())).hasSize(auditBefore);
        assertThat(published).isEmpty();
    }

    // ---- reconciling ---------------------------------------------------------------------------

    @Test
    void reconcilesAPaymentAgainstItsInvoiceOnAClearingAccount() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "119.00");
        JournalEntrySnapshot payment = payment(JAN_20, "119.00");
        assertThat(openRefs(clearing)).containsExactly(line(invoice, 1), line(payment, 2));
        published.clear();

        ReconciliationSnapshot matched = reconciliation.reconcile(alice, match(clearing, line(payment, 2), line(invoice, 1)));

        assertThat(matched.status()).isEqualTo(ReconciliationStatus.ACTIVE);
        assertThat(matched.account()).isEqualTo(clearing.id());
        assertThat(matched.reconciledBy()).isEqualTo("alice");
        assertThat(matched.reconciledAt()).isEqualTo(NOW);
        assertThat(matched.undoneBy()).isNull();
        assertThat(matched.undoneAt()).isNull();
        assertThat(matched.lines()).containsExactly(
                new ReconciliationSnapshot.Line(line(invoice, 1), JAN_10, Side.DEBIT, eur("119.00")),
                new ReconciliationSnapshot.Line(line(payment, 2), JAN_20, Side.CREDIT, eur("119.00")));
        assertThat(reconciliation.reconciliation(alice, matched.id())).isEqualTo(matched);

        assertThat(openRefs(clearing)).isEmpty();
        assertThat(openRefs(bank)).containsExactly(line(payment, 1));

        assertThat(published).singleElement().isInstanceOfSatisfying(LinesReconciled.class, e -> {
            assertThat(e.reconciliationId()).isEqualTo(matched.id());
            assertThat(e.tenant()).isEqualTo(tenant);
            assertThat(e.accountId()).isEqualTo(clearing.id());
            assertThat(e.lines()).containsExactly(line(invoice, 1), line(payment, 2));
        });
        List<AuditRecord> audit = backOffice.auditTrail().records(alice, AuditQuery.about(matched.id().value()));
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.actorId()).isEqualTo("alice");
            assertThat(r.action()).isEqualTo(LedgerPermissions.RECONCILE);
            assertThat(r.subjectType()).isEqualTo("Reconciliation");
            assertThat(r.at()).isEqualTo(NOW);
        });
    }

    @Test
    void reconcilesManyBankLinesThatNetToZeroIncludingLinesOfReversedEntries() {
        JournalEntrySnapshot payment = payment(JAN_10, "100.00");
        JournalEntrySnapshot fee = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Bank fee")
                .debit(fees.id(), eur("2.50")).credit(bank.id(), eur("2.50")).build());
        JournalEntrySnapshot transfer = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_20, "Transfer out")
                .debit(fees.id(), eur("97.50")).credit(bank.id(), eur("97.50")).build());

        ReconciliationSnapshot matched = reconciliation.reconcile(alice,
                match(bank, line(transfer, 2), line(payment, 1), line(fee, 2)));
        assertThat(matched.lines()).extracting(ReconciliationSnapshot.Line::line)
                .containsExactlyInAnyOrder(line(payment, 1), line(fee, 2), line(transfer, 2));
        assertThat(openRefs(bank)).isEmpty();

        JournalEntrySnapshot wrong = payment(FEB_05, "40.00");
        JournalEntrySnapshot reversal = backOffice.ledger().reverse(alice, ReverseJournalEntry.of(wrong.id(), FEB_05, "Posted twice"));
        assertThat(backOffice.ledger().entry(alice, wrong.id()).status()).isEqualTo(EntryStatus.REVERSED);
        ReconciliationSnapshot cancelled = reconciliation.reconcile(alice, match(bank, line(wrong, 1), line(reversal, 1)));
        assertThat(cancelled.lines()).hasSize(2);
        assertThat(openRefs(bank)).isEmpty();
    }

    @Test
    void refusesLinesThatDoNotNetToZero() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "100.00");
        JournalEntrySnapshot partial = payment(JAN_20, "60.00");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(partial, 2))),
                "ledger.reconciliation.not_zero");
        JournalEntrySnapshot rest = payment(FEB_05, "40.01");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(partial, 2), line(rest, 2))),
                "ledger.reconciliation.not_zero");
        JournalEntrySnapshot secondInvoice = invoice(FEB_05, "100.00");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(secondInvoice, 1))),
                "ledger.reconciliation.not_zero");
    }

    @Test
    void refusesLinesThatAreMissingNotPostedOrOfAnotherAccount() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "50.00");
        JournalEntrySnapshot payment = payment(JAN_20, "50.00");
        JournalEntrySnapshot draft = backOffice.ledger().saveDraft(alice, NewJournalEntry.on(JAN_20, "Draft payment")
                .debit(bank.id(), eur("50.00")).credit(clearing.id(), eur("50.00")).build());

        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1),
                JournalLineRef.of(JournalEntryId.of(newId()), 2))), "ledger.reconciliation.line_not_found");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 3))),
                "ledger.reconciliation.line_not_found");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(draft, 2))),
                "ledger.reconciliation.line_not_posted");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(invoice, 2))),
                "ledger.reconciliation.mixed_accounts");
        assertRefused(() -> reconciliation.reconcile(alice, match(bank, line(invoice, 1), line(payment, 2))),
                "ledger.reconciliation.mixed_accounts");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(invoice, 1), line(payment, 2))),
                "ledger.reconciliation.duplicate_line");
        assertRefused(() -> reconciliation.reconcile(alice, match(revenue, line(invoice, 2), line(payment, 2))),
                "ledger.reconciliation.mixed_accounts");
        assertRefused(() -> reconciliation.reconcile(alice, ReconcileLines.of(AccountId.of(newId()),
                List.of(line(invoice, 1), line(payment, 2)))), "ledger.account.not_found");
    }

    @Test
    void refusesMalformedCommands() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "50.00");
        JournalEntrySnapshot payment = payment(JAN_20, "50.00");
        assertRefused(() -> reconciliation.reconcile(alice, null), "validation.failed");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1))), "validation.failed");
        assertRefused(() -> reconciliation.reconcile(alice, new ReconcileLines(null, List.of(line(invoice, 1), line(payment, 2)), null)),
                "validation.failed");
        assertRefused(() -> reconciliation.reconcile(alice, new ReconcileLines(clearing.id(), null, null)), "validation.failed");
        assertRefused(() -> reconciliation.reconcile(alice, new ReconcileLines(clearing.id(),
                Arrays.asList(line(invoice, 1), null), null)), "validation.failed");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2))
                .withIdempotencyKey("")), "validation.failed");
        assertRefused(() -> reconciliation.reconcile(null, match(clearing, line(invoice, 1), line(payment, 2))), "validation.failed");
        assertRefused(() -> reconciliation.undo(alice, null), "validation.failed");
        assertRefused(() -> reconciliation.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, 0, 0), "validation.failed");
        assertRefused(() -> reconciliation.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, -1, 10), "validation.failed");
        assertRefused(() -> reconciliation.unreconciledLines(alice, clearing.id(), null, DEC_31, 0, 10), "validation.failed");
        assertRefused(() -> reconciliation.unreconciledLines(alice, clearing.id(), DEC_31, JAN_01, 0, 10), "ledger.invalid_date_range");
    }

    @Test
    void aLineBelongsToAtMostOneActiveReconciliation() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "80.00");
        JournalEntrySnapshot payment = payment(JAN_20, "80.00");
        JournalEntrySnapshot secondPayment = payment(FEB_05, "80.00");
        ReconciliationSnapshot first = reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2)));

        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(secondPayment, 2))),
                "ledger.reconciliation.line_already_reconciled");
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(payment, 2), line(invoice, 1))),
                "ledger.reconciliation.line_already_reconciled");
        assertThat(openRefs(clearing)).containsExactly(line(secondPayment, 2));
        assertThat(reconciliation.reconciliation(alice, first.id()).status()).isEqualTo(ReconciliationStatus.ACTIVE);
    }

    // ---- undo ---------------------------------------------------------------------------------

    @Test
    void undoKeepsTheReconciliationAsHistoryAndFreesItsLinesForANewOne() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "30.00");
        JournalEntrySnapshot payment = payment(JAN_20, "30.00");
        JournalEntrySnapshot otherPayment = payment(FEB_05, "30.00");
        ReconciliationSnapshot wrong = reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(otherPayment, 2)));
        published.clear();

        ReconciliationSnapshot undone = reconciliation.undo(bob, wrong.id());

        assertThat(undone.status()).isEqualTo(ReconciliationStatus.UNDONE);
        assertThat(undone.undoneBy()).isEqualTo("bob");
        assertThat(undone.undoneAt()).isEqualTo(NOW);
        assertThat(undone.lines()).isEqualTo(wrong.lines());
        assertThat(reconciliation.reconciliation(alice, wrong.id())).isEqualTo(undone);
        assertThat(openRefs(clearing)).containsExactly(line(invoice, 1), line(payment, 2), line(otherPayment, 2));
        assertThat(published).singleElement().isInstanceOfSatisfying(ReconciliationUndone.class, e -> {
            assertThat(e.reconciliationId()).isEqualTo(wrong.id());
            assertThat(e.accountId()).isEqualTo(clearing.id());
        });
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.about(wrong.id().value())))
                .extracting(AuditRecord::actorId).containsExactly("alice", "bob");

        assertRefused(() -> reconciliation.undo(alice, wrong.id()), "ledger.reconciliation.already_undone");

        ReconciliationSnapshot right = reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2)));
        assertThat(right.id()).isNotEqualTo(wrong.id());
        assertThat(right.status()).isEqualTo(ReconciliationStatus.ACTIVE);
        assertThat(openRefs(clearing)).containsExactly(line(otherPayment, 2));
        assertThat(reconciliation.reconciliation(alice, wrong.id()).status()).isEqualTo(ReconciliationStatus.UNDONE);
        assertRefused(() -> reconciliation.undo(alice, ReconciliationId.of(newId())), "ledger.reconciliation.not_found");
        assertRefused(() -> reconciliation.reconciliation(alice, ReconciliationId.of(newId())), "ledger.reconciliation.not_found");
    }

    // ---- listing ------------------------------------------------------------------------------

    @Test
    void listsTheUnreconciledLinesOfAnAccountByDatePageByPage() {
        JournalEntrySnapshot feb = invoice(FEB_05, "5.00");
        JournalEntrySnapshot jan10 = invoice(JAN_10, "1.00");
        JournalEntrySnapshot jan20 = payment(JAN_20, "1.00");
        JournalEntrySnapshot later = payment(LocalDate.of(2026, 3, 1), "2.00");
        backOffice.ledger().saveDraft(alice, NewJournalEntry.on(JAN_10, "Draft")
                .debit(clearing.id(), eur("9.00")).credit(revenue.id(), eur("9.00")).build());

        UnreconciledLines all = open(clearing);
        assertThat(all.totalLines()).isEqualTo(4);
        assertThat(all.lines()).extracting(UnreconciledLines.Line::line)
                .containsExactly(line(jan10, 1), line(jan20, 2), line(feb, 1), line(later, 2));
        UnreconciledLines.Line first = all.lines().get(0);
        assertThat(first.accountingDate()).isEqualTo(JAN_10);
        assertThat(first.description()).isEqualTo("Invoice");
        assertThat(first.side()).isEqualTo(Side.DEBIT);
        assertThat(first.amount()).isEqualTo(eur("1.00"));
        assertThat(all.lines().get(1).signedAmount()).isEqualTo(eur("-1.00"));

        reconciliation.reconcile(alice, match(clearing, line(jan20, 2), line(jan10, 1)));

        UnreconciledLines page0 = reconciliation.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, 0, 1);
        UnreconciledLines page1 = reconciliation.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, 1, 1);
        assertThat(page0.totalLines()).isEqualTo(2);
        assertThat(page0.hasNextPage()).isTrue();
        assertThat(page0.lines()).extracting(UnreconciledLines.Line::line).containsExactly(line(feb, 1));
        assertThat(page1.lines()).extracting(UnreconciledLines.Line::line).containsExactly(line(later, 2));
        assertThat(page1.hasNextPage()).isFalse();
        assertThat(reconciliation.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, 2, 1).lines()).isEmpty();

        UnreconciledLines february = reconciliation.unreconciledLines(alice, clearing.id(), FEB_05, FEB_05, 0, 10);
        assertThat(february.lines()).extracting(UnreconciledLines.Line::line).containsExactly(line(feb, 1));
        assertThat(february.totalLines()).isEqualTo(1);
        assertThat(february.from()).isEqualTo(FEB_05);
        assertThat(february.account()).isEqualTo(clearing.id());
        assertThat(reconciliation.unreconciledLines(alice, fees.id(), JAN_01, DEC_31, 0, 10).lines()).isEmpty();
        assertRefused(() -> reconciliation.unreconciledLines(alice, AccountId.of(newId()), JAN_01, DEC_31, 0, 10),
                "ledger.account.not_found");
    }

    // ---- tenants, access, idempotency ---------------------------------------------------------

    @Test
    void anotherTenantCanNeitherSeeNorTouchTheReconciliations() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "10.00");
        JournalEntrySnapshot payment = payment(JAN_20, "10.00");
        ReconciliationSnapshot matched = reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2)));
        JournalEntrySnapshot otherInvoice = invoice(FEB_05, "10.00");
        JournalEntrySnapshot otherPayment = payment(FEB_05, "10.00");

        List<Supplier<?>> attempts = List.of(
                () -> reconciliation.reconciliation(mallory, matched.id()),
                () -> reconciliation.undo(mallory, matched.id()),
                () -> reconciliation.unreconciledLines(mallory, clearing.id(), JAN_01, DEC_31, 0, 10),
                () -> reconciliation.reconcile(mallory, match(clearing, line(otherInvoice, 1), line(otherPayment, 2))),
                () -> reconciliation.reconcile(mallory, ReconcileLines.of(foreignBank.id(),
                        List.of(line(otherInvoice, 1), line(otherPayment, 2)))));
        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(attempt::get).isInstanceOfSatisfying(BackOfficeException.class,
                    e -> assertThat(e.code()).endsWith("not_found"));
        }
        assertThat(reconciliation.unreconciledLines(mallory, foreignBank.id(), JAN_01, DEC_31, 0, 10).lines()).isEmpty();
        assertThat(reconciliation.reconciliation(alice, matched.id()).status()).isEqualTo(ReconciliationStatus.ACTIVE);
        assertThat(openRefs(clearing)).containsExactly(line(otherInvoice, 1), line(otherPayment, 2));
        assertThat(backOffice.auditTrail().records(mallory, AuditQuery.about(matched.id().value()))).isEmpty();
    }

    @Test
    void reconcilingAndUndoingAskForTheirPermissionAndReadsForReading() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "10.00");
        JournalEntrySnapshot payment = payment(JAN_20, "10.00");
        ReconciliationSnapshot matched = reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2)));
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        BankReconciliation denied = backOffice((actor, permission) -> {
            asked.add(permission);
            return false;
        }).bankReconciliation();

        assertRefused(() -> denied.reconcile(alice, match(clearing, line(invoice, 1), line(payment, 2))), "access.denied");
        assertRefused(() -> denied.undo(alice, matched.id()), "access.denied");
        assertRefused(() -> denied.reconciliation(alice, matched.id()), "access.denied");
        assertRefused(() -> denied.unreconciledLines(alice, clearing.id(), JAN_01, DEC_31, 0, 10), "access.denied");
        assertThat(asked).containsExactly("ledger.reconcile", "ledger.reconcile", "ledger.read", "ledger.read");
        assertThat(reconciliation.reconciliation(alice, matched.id()).status()).isEqualTo(ReconciliationStatus.ACTIVE);
    }

    @Test
    void theSameIdempotencyKeyReconcilesOnce() {
        JournalEntrySnapshot invoice = invoice(JAN_10, "10.00");
        JournalEntrySnapshot payment = payment(JAN_20, "10.00");
        JournalEntrySnapshot other = payment(FEB_05, "10.00");
        ReconcileLines command = match(clearing, line(invoice, 1), line(payment, 2)).withIdempotencyKey("match-17");

        ReconciliationSnapshot first = reconciliation.reconcile(alice, command);
        published.clear();
        ReconciliationSnapshot second = reconciliation.reconcile(alice, command);

        assertThat(second).isEqualTo(first);
        assertThat(published).isEmpty();
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.about(first.id().value()))).hasSize(1);
        assertRefused(() -> reconciliation.reconcile(alice, match(clearing, line(invoice, 1), line(other, 2))
                .withIdempotencyKey("match-17")), "idempotency.key_reused");

        reconciliation.undo(alice, first.id());
        ReconciliationSnapshot afterUndo = reconciliation.reconcile(alice, command);
        assertThat(afterUndo.id()).as("the key still names the first reconciliation").isEqualTo(first.id());
        assertThat(afterUndo.status()).isEqualTo(ReconciliationStatus.UNDONE);
        assertThat(openRefs(clearing)).containsExactly(line(invoice, 1), line(payment, 2), line(other, 2));
    }
}
