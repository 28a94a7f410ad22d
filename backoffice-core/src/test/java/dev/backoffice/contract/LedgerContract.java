package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.AccountStatement;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.LedgerBatchRejectedException;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.StatementRequest;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountStatus;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalEntryPosted;
import dev.backoffice.accounts.domain.JournalEntryReversed;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.spi.AccessPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The general ledger through its public api, over the adapters under test: every rule of the
 * ledger and every refusal with its code, and that a refused call stores nothing.
 */
public abstract class LedgerContract extends AdapterContract {

    protected static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);
    protected static final LocalDate FEB_10 = LocalDate.of(2026, 2, 10);
    protected static final LocalDate MAR_31 = LocalDate.of(2026, 3, 31);

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected BackOffice backOffice;
    protected Actor alice;
    protected Actor mallory;
    protected FiscalYearSnapshot year2026;
    protected AccountSnapshot cash;
    protected AccountSnapshot bank;
    protected AccountSnapshot revenue;
    protected AccountSnapshot expenses;
    protected AccountSnapshot rent;
    protected AccountSnapshot wages;
    protected AccountSnapshot usdCash;
    protected AccountSnapshot foreignCash;

    @BeforeEach
    void chartOfAccounts() {
        backOffice = backOffice(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        year2026 = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        cash = open("1000", "Cash", AccountType.ASSET, null);
        bank = open("1010", "Bank", AccountType.ASSET, null);
        revenue = open("4000", "Sales", AccountType.REVENUE, null);
        expenses = open("6000", "Operating expenses", AccountType.EXPENSE, null);
        rent = open("6000.10", "Rent", AccountType.EXPENSE, expenses.id());
        wages = open("6000.20", "Wages", AccountType.EXPENSE, expenses.id());
        usdCash = backOffice.chartOfAccounts().openAccount(alice,
                new OpenAccount("1100", "Cash USD", AccountType.ASSET, USD, null, null));
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        foreignCash = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        published.clear();
    }

    protected BackOffice backOffice(AccessPolicy policy) {
        return BackOffice.builder(adapters())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .accessPolicy(policy)
                .eventPublisher(published::addAll)
                .build();
    }

    private AccountSnapshot open(String code, String name, AccountType type, AccountId parent) {
        return backOffice.chartOfAccounts().openAccount(alice, new OpenAccount(code, name, type, EUR, parent, null));
    }

    private JournalEntrySnapshot sale(LocalDate date, String amount) {
        return backOffice.ledger().post(alice, NewJournalEntry.on(date, "Cash sale")
                .debit(cash.id(), eur(amount)).credit(revenue.id(), eur(amount)).build());
    }

    private BalanceSnapshot balance(AccountSnapshot account) {
        return backOffice.financialReports().balance(alice, account.id());
    }

    /** Asserts the call fails with the code and that the journal, balances and audit trail did not change. */
    private void assertRefused(ThrowingCallable call, String code) {
        TrialBalance before = backOffice.financialReports().trialBalance(alice);
        int auditBefore = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        long linesBefore = cashLines();
        published.clear();

        assertThatThrownBy(call).isInstanceOf(BackOfficeException.class)
                .satisfies(e -> assertThat(((BackOfficeException) e).code()).isEqualTo(code));

        assertThat(backOffice.financialReports().trialBalance(alice)).isEqualTo(before);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all())).hasSize(auditBefore);
        assertThat(cashLines()).isEqualTo(linesBefore);
        assertThat(published).isEmpty();
    }

    private long cashLines() {
        return backOffice.financialReports().statement(alice, StatementRequest.of(cash.id(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).totalLines();
    }

    // ---- chart of accounts -------------------------------------------------------------------

    @Test
    void opensAccountsWithTypeNormalSideAndHierarchy() {
        assertThat(cash.normalSide()).isEqualTo(Side.DEBIT);
        assertThat(revenue.normalSide()).isEqualTo(Side.CREDIT);
        assertThat(rent.parent()).isEqualTo(expenses.id());
        assertThat(backOffice.chartOfAccounts().account(alice, expenses.id()).leaf()).isFalse();
        assertThat(backOffice.chartOfAccounts().accountByCode(alice, "6000.10")).map(AccountSnapshot::id).contains(rent.id());
        assertThat(backOffice.chartOfAccounts().accounts(alice)).extracting(AccountSnapshot::code)
                .containsExactly("1000", "1010", "1100", "4000", "6000", "6000.10", "6000.20");
    }

    @Test
    void refusesADuplicateCodeAndBadParents() {
        assertRefused(() -> open("1000", "Again", AccountType.ASSET, null), "ledger.account.code_taken");
        assertRefused(() -> open("6000.30", "Other", AccountType.ASSET, expenses.id()), "ledger.account.type_mismatch");
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice,
                new OpenAccount("6000.40", "Dollars", AccountType.EXPENSE, USD, expenses.id(), null)), "ledger.account.currency_mismatch");
        assertRefused(() -> open("1000.10", "Under foreign", AccountType.ASSET, foreignCash.id()), "ledger.account.not_found");
        sale(JAN_15, "10");
        assertRefused(() -> open("1000.10", "Petty cash", AccountType.ASSET, cash.id()), "ledger.account.parent_has_postings");
    }

    @Test
    void refusesInvalidAccountCommandsWithFieldViolations() {
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice, new OpenAccount(" ", "", null, null, null, null)),
                "validation.failed");
        assertThatThrownBy(() -> backOffice.chartOfAccounts().openAccount(alice, new OpenAccount("bad code!", "x", AccountType.ASSET, EUR, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("code"));
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice, null), "validation.failed");
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("1200", "Gold", AccountType.ASSET, java.util.Currency.getInstance("XAU"))), "money.unsupported_currency");
    }

    @Test
    void closesOnlyAnAccountWithAZeroBalanceAndAClosedAccountRefusesPostings() {
        sale(JAN_15, "25");
        assertRefused(() -> backOffice.chartOfAccounts().closeAccount(alice, cash.id()), "ledger.account.balance_not_zero");
        assertRefused(() -> backOffice.chartOfAccounts().closeAccount(alice, expenses.id()), "ledger.account.has_active_children");

        AccountSnapshot closed = backOffice.chartOfAccounts().closeAccount(alice, bank.id());
        assertThat(closed.status()).isEqualTo(AccountStatus.CLOSED);
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "To bank")
                .debit(bank.id(), eur("5")).credit(cash.id(), eur("5")).build()), "ledger.account.closed");

        backOffice.chartOfAccounts().reopenAccount(alice, bank.id());
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "To bank").debit(bank.id(), eur("5")).credit(cash.id(), eur("5")).build());
        assertThat(balance(bank).balance()).isEqualTo(eur("5"));
        assertThat(backOffice.chartOfAccounts().renameAccount(alice, bank.id(), "Main bank").name()).isEqualTo("Main bank");
    }

    // ---- posting ------------------------------------------------------------------------------

    @Test
    void postsABalancedEntryAndMovesTheBalances() {
        JournalEntrySnapshot entry = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Rent and wages")
                .line(JournalLineInput.debit(rent.id(), eur("800.00")).withMemo("January").withDimension("department", "shop"))
                .debit(wages.id(), eur("1200.00"))
                .credit(bank.id(), eur("2000.00"))
                .reference("PAY-1")
                .build());

        assertThat(entry.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(entry.postedBy()).isEqualTo("alice");
        assertThat(entry.postedAt()).isEqualTo(NOW);
        assertThat(entry.sourceReference()).isEqualTo("PAY-1");
        assertThat(entry.lines()).hasSize(3);
        assertThat(entry.lines().get(0).dimensions()).containsEntry("department", "shop");
        assertThat(backOffice.ledger().entry(alice, entry.id())).isEqualTo(entry);

        assertThat(balance(rent).balance()).isEqualTo(eur("800.00"));
        assertThat(balance(bank).balance()).isEqualTo(eur("-2000.00"));
        assertThat(balance(bank).credits()).isEqualTo(eur("2000.00"));
        BalanceSnapshot rolledUp = balance(expenses);
        assertThat(rolledUp.rolledUp()).isTrue();
        assertThat(rolledUp.balance()).isEqualTo(eur("2000.00"));

        assertThat(published).hasSize(1).first().isInstanceOfSatisfying(JournalEntryPosted.class, e -> {
            assertThat(e.entryId()).isEqualTo(entry.id());
            assertThat(e.tenant()).isEqualTo(tenant);
        });
        List<AuditRecord> audit = backOffice.auditTrail().records(alice, AuditQuery.about(entry.id().value()));
        assertThat(audit).singleElement().satisfies(r -> {
            assertThat(r.actorId()).isEqualTo("alice");
            assertThat(r.action()).isEqualTo(LedgerPermissions.POST_ENTRY);
            assertThat(r.at()).isEqualTo(NOW);
        });
    }

    @Test
    void refusesAnUnbalancedEntry() {
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Unbalanced")
                .debit(cash.id(), eur("100.00")).credit(revenue.id(), eur("99.99")).build()), "ledger.entry.unbalanced");
    }

    @Test
    void refusesAnEntryThatBalancesOnlyAcrossCurrencies() {
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Mixed")
                .debit(usdCash.id(), Money.of("100", "USD")).credit(revenue.id(), eur("100")).build()), "ledger.entry.unbalanced");
    }

    @Test
    void refusesPostingsToAccountsThatCannotTakeThem() {
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Unknown")
                .debit(AccountId.of(newId()), eur("1")).credit(revenue.id(), eur("1")).build()), "ledger.account.not_found");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Foreign")
                .debit(foreignCash.id(), eur("1")).credit(revenue.id(), eur("1")).build()), "ledger.account.not_found");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Parent")
                .debit(expenses.id(), eur("1")).credit(cash.id(), eur("1")).build()), "ledger.account.not_leaf");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Wrong currency")
                .debit(usdCash.id(), eur("1")).credit(cash.id(), eur("1")).build()), "ledger.account.currency_mismatch");
    }

    @Test
    void refusesBadInputWithTypedErrors() {
        assertRefused(() -> backOffice.ledger().post(alice, null), "validation.failed");
        assertRefused(() -> backOffice.ledger().post(alice, new NewJournalEntry(null, " ", null, null, null)), "validation.failed");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "One line")
                .debit(cash.id(), eur("1")).build()), "validation.failed");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Null account")
                .debit(null, eur("1")).credit(revenue.id(), eur("1")).build()), "validation.failed");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Zero")
                .debit(cash.id(), eur("0")).credit(revenue.id(), eur("0")).build()), "ledger.line.amount_not_positive");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Negative")
                .debit(cash.id(), eur("-5")).credit(revenue.id(), eur("-5")).build()), "ledger.line.amount_not_positive");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Too precise")
                .debit(cash.id(), eur("1.001")).credit(revenue.id(), eur("1.001")).build()), "money.too_precise");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Bad dimension")
                .line(JournalLineInput.debit(cash.id(), eur("1")).withDimension("Bad Name", "x"))
                .credit(revenue.id(), eur("1")).build()), "ledger.line.invalid_dimension");
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "x".repeat(501))
                .debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build()), "validation.failed");
        assertRefused(() -> backOffice.ledger().post(null, NewJournalEntry.on(JAN_15, "No actor")
                .debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build()), "validation.failed");
    }

    // ---- periods ------------------------------------------------------------------------------

    @Test
    void postsOnlyIntoOpenPeriods() {
        assertRefused(() -> sale(LocalDate.of(2027, 1, 1), "1"), "ledger.period.not_found");

        FiscalYearSnapshot closed = backOffice.fiscalCalendar().closePeriod(alice, year2026.id(), 1);
        assertThat(closed.period(1).status()).isEqualTo(PeriodStatus.CLOSED);
        assertRefused(() -> sale(JAN_15, "1"), "ledger.period.closed");
        sale(FEB_10, "1");

        backOffice.fiscalCalendar().reopenPeriod(alice, year2026.id(), 1);
        sale(JAN_15, "1");

        backOffice.fiscalCalendar().closePeriod(alice, year2026.id(), 1);
        backOffice.fiscalCalendar().lockPeriod(alice, year2026.id(), 1);
        assertRefused(() -> sale(JAN_15, "1"), "ledger.period.locked");
        assertRefused(() -> backOffice.fiscalCalendar().reopenPeriod(alice, year2026.id(), 1), "ledger.period.locked");
        assertThat(backOffice.fiscalCalendar().fiscalYear(alice, year2026.id()).period(1).status()).isEqualTo(PeriodStatus.LOCKED);
    }

    @Test
    void reopeningAPeriodNeedsItsOwnPermission() {
        backOffice.fiscalCalendar().closePeriod(alice, year2026.id(), 2);
        BackOffice noReopen = backOffice((actor, permission) -> !permission.equals(LedgerPermissions.REOPEN_PERIOD));

        assertThatThrownBy(() -> noReopen.fiscalCalendar().reopenPeriod(alice, year2026.id(), 2))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.code()).isEqualTo("access.denied");
                    assertThat(e.permission()).isEqualTo("ledger.period.reopen");
                });
        assertThat(backOffice.fiscalCalendar().fiscalYear(alice, year2026.id()).period(2).status()).isEqualTo(PeriodStatus.CLOSED);
    }

    @Test
    void refusesOverlappingFiscalYearsAndUnknownOnes() {
        assertRefused(() -> backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.of("2026b", LocalDate.of(2026, 7, 1))),
                "ledger.fiscal_year.overlaps");
        FiscalYearSnapshot next = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2027));
        assertThat(backOffice.fiscalCalendar().fiscalYears(alice)).extracting(FiscalYearSnapshot::id).containsExactly(year2026.id(), next.id());
        assertRefused(() -> backOffice.fiscalCalendar().closePeriod(mallory, year2026.id(), 1), "ledger.fiscal_year.not_found");
        assertRefused(() -> backOffice.fiscalCalendar().closePeriod(alice, year2026.id(), 13), "validation.failed");
    }

    @Test
    void nothingIsPostedOrReversedOnOrBeforeTheLockDateWhateverThePeriodState() {
        JournalEntrySnapshot january = sale(JAN_15, "10.00");
        assertRefused(() -> backOffice.fiscalCalendar().setLockDate(Actor.of(newTenant(), "newcomer"), JAN_15),
                "ledger.fiscal_year.not_found");

        assertThat(backOffice.fiscalCalendar().setLockDate(alice, LocalDate.of(2026, 1, 31))).contains(LocalDate.of(2026, 1, 31));

        assertThat(backOffice.fiscalCalendar().fiscalYear(alice, year2026.id()).period(1).status()).isEqualTo(PeriodStatus.OPEN);
        assertRefused(() -> sale(JAN_15, "1.00"), "ledger.period.before_lock_date");
        assertRefused(() -> sale(LocalDate.of(2026, 1, 31), "1.00"), "ledger.period.before_lock_date");
        assertRefused(() -> backOffice.ledger().reverse(alice, ReverseJournalEntry.of(january.id(), JAN_15, null)),
                "ledger.period.before_lock_date");
        sale(LocalDate.of(2026, 2, 1), "1.00");
        backOffice.ledger().reverse(alice, ReverseJournalEntry.of(january.id(), FEB_10, null));

        FiscalYearSnapshot next = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2025));
        assertThat(next.id()).isNotNull();
        assertRefused(() -> sale(LocalDate.of(2025, 6, 1), "1.00"), "ledger.period.before_lock_date");
        assertThat(backOffice.fiscalCalendar().lockDate(alice)).contains(LocalDate.of(2026, 1, 31));

        assertThat(backOffice.fiscalCalendar().setLockDate(alice, null)).isEmpty();
        sale(JAN_15, "1.00");
        assertThat(backOffice.fiscalCalendar().lockDate(alice)).isEmpty();
        assertThat(backOffice.fiscalCalendar().lockDate(mallory)).isEmpty();
    }

    // ---- reversal and drafts ------------------------------------------------------------------

    @Test
    void reversesAPostedEntryOnceWithALinkedEntry() {
        JournalEntrySnapshot original = sale(JAN_15, "70.00");
        published.clear();

        JournalEntrySnapshot reversal = backOffice.ledger().reverse(alice, ReverseJournalEntry.of(original.id(), FEB_10, "Refund"));

        assertThat(reversal.reversalOf()).isEqualTo(original.id());
        assertThat(reversal.description()).isEqualTo("Refund");
        assertThat(reversal.accountingDate()).isEqualTo(FEB_10);
        assertThat(reversal.lines()).extracting(JournalEntrySnapshot.Line::side).containsExactly(Side.CREDIT, Side.DEBIT);
        JournalEntrySnapshot reloaded = backOffice.ledger().entry(alice, original.id());
        assertThat(reloaded.status()).isEqualTo(EntryStatus.REVERSED);
        assertThat(reloaded.reversedBy()).isEqualTo(reversal.id());
        assertThat(balance(cash).balance().isZero()).isTrue();
        assertThat(backOffice.financialReports().balanceAsOf(alice, cash.id(), JAN_15).balance()).isEqualTo(eur("70.00"));
        assertThat(published).hasAtLeastOneElementOfType(JournalEntryReversed.class);

        assertRefused(() -> backOffice.ledger().reverse(alice, ReverseJournalEntry.of(original.id(), FEB_10, null)),
                "ledger.entry.already_reversed");
        assertRefused(() -> backOffice.ledger().reverse(alice, ReverseJournalEntry.of(JournalEntryId.of(newId()), FEB_10, null)),
                "ledger.entry.not_found");
    }

    @Test
    void refusesAReversalIntoAClosedPeriod() {
        JournalEntrySnapshot original = sale(JAN_15, "70.00");
        backOffice.fiscalCalendar().closePeriod(alice, year2026.id(), 2);

        assertRefused(() -> backOffice.ledger().reverse(alice, ReverseJournalEntry.of(original.id(), FEB_10, null)), "ledger.period.closed");
        assertThat(backOffice.ledger().entry(alice, original.id()).status()).isEqualTo(EntryStatus.POSTED);
    }

    @Test
    void draftsCountInNoBalanceUntilPosted() {
        JournalEntrySnapshot draft = backOffice.ledger().saveDraft(alice, NewJournalEntry.on(JAN_15, "Draft")
                .debit(cash.id(), eur("10")).credit(revenue.id(), eur("9")).build());
        assertThat(draft.status()).isEqualTo(EntryStatus.DRAFT);
        assertThat(balance(cash).balance().isZero()).isTrue();

        assertRefused(() -> backOffice.ledger().postDraft(alice, draft.id()), "ledger.entry.unbalanced");
        backOffice.ledger().reviseDraft(alice, draft.id(), NewJournalEntry.on(JAN_15, "Draft fixed")
                .debit(cash.id(), eur("10")).credit(revenue.id(), eur("10")).build());
        JournalEntrySnapshot posted = backOffice.ledger().postDraft(alice, draft.id());

        assertThat(posted.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(posted.description()).isEqualTo("Draft fixed");
        assertThat(balance(cash).balance()).isEqualTo(eur("10"));
        assertRefused(() -> backOffice.ledger().reviseDraft(alice, draft.id(), NewJournalEntry.on(JAN_15, "Too late")
                .debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build()), "ledger.entry.not_draft");
        assertRefused(() -> backOffice.ledger().discardDraft(alice, draft.id()), "ledger.entry.not_draft");
        assertRefused(() -> backOffice.ledger().postDraft(alice, draft.id()), "ledger.entry.not_draft");

        JournalEntrySnapshot other = backOffice.ledger().saveDraft(alice, NewJournalEntry.on(JAN_15, "Discard me")
                .debit(cash.id(), eur("3")).credit(revenue.id(), eur("3")).build());
        backOffice.ledger().discardDraft(alice, other.id());
        assertRefused(() -> backOffice.ledger().entry(alice, other.id()), "ledger.entry.not_found");
    }

    // ---- batches and idempotency --------------------------------------------------------------

    @Test
    void postsABatchAllOrNothingAndNamesTheFirstFailure() {
        List<NewJournalEntry> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(NewJournalEntry.on(JAN_15, "Sale " + i).debit(cash.id(), eur("1.00")).credit(revenue.id(), eur("1.00")).build());
        }
        batch.set(37, NewJournalEntry.on(JAN_15, "Broken").debit(cash.id(), eur("1.00")).credit(revenue.id(), eur("2.00")).build());
        batch.set(42, NewJournalEntry.on(JAN_15, "Also broken").debit(cash.id(), eur("1.00")).credit(foreignCash.id(), eur("1.00")).build());

        assertRefused(() -> backOffice.ledger().postAll(alice, batch), "ledger.batch.rejected");
        assertThatThrownBy(() -> backOffice.ledger().postAll(alice, batch))
                .isInstanceOfSatisfying(LedgerBatchRejectedException.class, e -> {
                    assertThat(e.failedIndex()).isEqualTo(37);
                    assertThat(e.failureCode()).isEqualTo("ledger.entry.unbalanced");
                });

        batch.set(37, NewJournalEntry.on(JAN_15, "Fixed").debit(cash.id(), eur("1.00")).credit(revenue.id(), eur("1.00")).build());
        batch.set(42, NewJournalEntry.on(FEB_10, "Fixed too").debit(cash.id(), eur("1.00")).credit(revenue.id(), eur("1.00")).build());
        List<JournalEntrySnapshot> posted = backOffice.ledger().postAll(alice, batch);

        assertThat(posted).hasSize(50).allSatisfy(e -> assertThat(e.status()).isEqualTo(EntryStatus.POSTED));
        assertThat(balance(cash).balance()).isEqualTo(eur("50.00"));
        assertThat(published).filteredOn(JournalEntryPosted.class::isInstance).hasSize(50);
        // with a publisher every event has an id of its own (without one, events are dropped unseen)
        assertThat(published).extracting(DomainEvent::eventId).doesNotHaveDuplicates()
                .doesNotContain(new java.util.UUID(0, 0));
        // one audit record about each entry of the batch, each with an id of its own
        List<AuditRecord> audit = new ArrayList<>();
        for (JournalEntrySnapshot entry : posted) {
            assertThat(backOffice.auditTrail().records(alice, AuditQuery.about(entry.id().value()))).singleElement()
                    .satisfies(r -> {
                        assertThat(r.action()).isEqualTo(LedgerPermissions.POST_ENTRY);
                        assertThat(r.subjectType()).isEqualTo("JournalEntry");
                        assertThat(r.actorId()).isEqualTo("alice");
                        assertThat(r.at()).isEqualTo(NOW);
                        assertThat(r.detail()).isEqualTo("posted");
                        audit.add(r);
                    });
        }
        assertThat(audit).extracting(AuditRecord::id).doesNotHaveDuplicates();
    }

    @Test
    void theSameIdempotencyKeyPostsOnce() {
        NewJournalEntry command = NewJournalEntry.on(JAN_15, "Once").debit(cash.id(), eur("9.99"))
                .credit(revenue.id(), eur("9.99")).idempotencyKey("order-17").build();

        JournalEntrySnapshot first = backOffice.ledger().post(alice, command);
        JournalEntrySnapshot second = backOffice.ledger().post(alice, command);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(balance(cash).balance()).isEqualTo(eur("9.99"));
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Other").debit(cash.id(), eur("1"))
                .credit(revenue.id(), eur("1")).idempotencyKey("order-17").build()), "idempotency.key_reused");

        List<JournalEntrySnapshot> batch = backOffice.ledger().postAll(alice, List.of(command,
                NewJournalEntry.on(JAN_15, "New").debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build()));
        assertThat(batch.get(0).id()).isEqualTo(first.id());
        assertThat(balance(cash).balance()).isEqualTo(eur("10.99"));

        JournalEntryId toReverse = first.id();
        ReverseJournalEntry reversal = new ReverseJournalEntry(toReverse, FEB_10, "Refund", "refund-17");
        JournalEntrySnapshot reversed = backOffice.ledger().reverse(alice, reversal);
        assertThat(backOffice.ledger().reverse(alice, reversal).id()).isEqualTo(reversed.id());
        assertThat(balance(cash).balance()).isEqualTo(eur("1.00"));

        OpenFiscalYear nextYear = new OpenFiscalYear("2027", LocalDate.of(2027, 1, 1), "fy-2027");
        assertThat(backOffice.fiscalCalendar().openFiscalYear(alice, nextYear).id())
                .isEqualTo(backOffice.fiscalCalendar().openFiscalYear(alice, nextYear).id());

        AccountSnapshot account = backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("1020", "Savings", AccountType.ASSET, EUR).withIdempotencyKey("acc-1"));
        assertThat(backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("1020", "Savings", AccountType.ASSET, EUR).withIdempotencyKey("acc-1")).id()).isEqualTo(account.id());
    }

    // ---- reports ------------------------------------------------------------------------------

    @Test
    void trialBalanceNetsToZeroPerCurrencyAndAsOfADate() {
        sale(JAN_15, "100.00");
        sale(FEB_10, "50.00");
        backOffice.ledger().post(alice, NewJournalEntry.on(FEB_10, "Rent").debit(rent.id(), eur("30.00")).credit(cash.id(), eur("30.00")).build());
        backOffice.ledger().post(alice, NewJournalEntry.on(FEB_10, "Dollars in").debit(usdCash.id(), Money.of("5", "USD"))
                .credit(usdCash.id(), Money.of("5", "USD")).build());

        TrialBalance now = backOffice.financialReports().trialBalance(alice);
        assertThat(now.isBalanced()).isTrue();
        assertThat(now.total(EUR).debit()).isEqualTo(eur("150.00"));
        assertThat(now.rows()).extracting(TrialBalance.Row::code).containsExactly("1000", "4000", "6000.10");
        assertThat(now.rows().get(0).debit()).isEqualTo(eur("120.00"));
        assertThat(now.rows().get(1).credit()).isEqualTo(eur("150.00"));

        TrialBalance january = backOffice.financialReports().trialBalanceAsOf(alice, LocalDate.of(2026, 1, 31));
        assertThat(january.isBalanced()).isTrue();
        assertThat(january.total(EUR).debit()).isEqualTo(eur("100.00"));
        assertThat(backOffice.financialReports().balanceAsOf(alice, expenses.id(), LocalDate.of(2026, 1, 31)).balance().isZero()).isTrue();
        assertThat(backOffice.financialReports().balanceAsOf(alice, expenses.id(), MAR_31).balance()).isEqualTo(eur("30.00"));
        assertThat(backOffice.financialReports().trialBalance(mallory).rows()).isEmpty();
    }

    @Test
    void statementShowsOpeningRunningAndClosingBalancesPageByPage() {
        sale(LocalDate.of(2026, 1, 5), "10.00");
        IntStream.rangeClosed(1, 5).forEach(i -> sale(FEB_10.plusDays(i), i + ".00"));
        backOffice.ledger().post(alice, NewJournalEntry.on(FEB_10.plusDays(6), "Rent")
                .debit(rent.id(), eur("4.00")).credit(cash.id(), eur("4.00")).build());

        StatementRequest feb = StatementRequest.of(cash.id(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        AccountStatement page0 = backOffice.financialReports().statement(alice, feb.page(0, 4));
        AccountStatement page1 = backOffice.financialReports().statement(alice, feb.page(1, 4));

        assertThat(page0.openingBalance()).isEqualTo(eur("10.00"));
        assertThat(page0.closingBalance()).isEqualTo(eur("21.00"));
        assertThat(page0.totalLines()).isEqualTo(6);
        assertThat(page0.hasNextPage()).isTrue();
        assertThat(page0.lines()).extracting(AccountStatement.Line::balance)
                .containsExactly(eur("11.00"), eur("13.00"), eur("16.00"), eur("20.00"));
        assertThat(page1.lines()).extracting(AccountStatement.Line::balance).containsExactly(eur("25.00"), eur("21.00"));
        assertThat(page1.lines().get(1).credit()).isEqualTo(eur("4.00"));
        assertThat(page1.lines().get(1).debit().isZero()).isTrue();
        assertThat(page1.hasNextPage()).isFalse();

        assertRefused(() -> backOffice.financialReports().statement(alice,
                StatementRequest.of(cash.id(), MAR_31, JAN_15)), "ledger.invalid_date_range");
        assertRefused(() -> backOffice.financialReports().statement(alice, feb.page(0, 0)), "validation.failed");
    }

    // ---- balance limits and pending (two-phase) entries -------------------------------------------

    /** A customer wallet whose debits may never exceed its credits, funded with 100.00. */
    private AccountSnapshot fundedWallet() {
        AccountSnapshot wallet = backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("2200", "Customer wallet", AccountType.LIABILITY, EUR)
                        .withBalanceLimit(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS));
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Top-up")
                .debit(cash.id(), eur("100.00")).credit(wallet.id(), eur("100.00")).build());
        return wallet;
    }

    private NewJournalEntry spend(AccountSnapshot wallet, String amount) {
        return NewJournalEntry.on(FEB_10, "Spend").debit(wallet.id(), eur(amount)).credit(revenue.id(), eur(amount)).build();
    }

    @Test
    void aLimitedAccountRefusesAnEntryThatWouldBreakItsLimit() {
        AccountSnapshot wallet = fundedWallet();
        assertThat(wallet.balanceLimit()).isEqualTo(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS);

        assertRefused(() -> backOffice.ledger().post(alice, spend(wallet, "100.01")), "ledger.balance.limit_exceeded");
        backOffice.ledger().post(alice, spend(wallet, "100.00"));

        assertThat(balance(wallet).balance().isZero()).isTrue();
        assertRefused(() -> backOffice.ledger().post(alice, spend(wallet, "0.01")), "ledger.balance.limit_exceeded");
    }

    @Test
    void aBatchNamesTheEntryThatWouldBreakALimit() {
        AccountSnapshot wallet = fundedWallet();
        List<NewJournalEntry> batch = List.of(spend(wallet, "40.00"), spend(wallet, "40.00"), spend(wallet, "40.00"));

        assertRefused(() -> backOffice.ledger().postAll(alice, batch), "ledger.batch.rejected");
        assertThatThrownBy(() -> backOffice.ledger().postAll(alice, batch))
                .isInstanceOfSatisfying(LedgerBatchRejectedException.class, e -> {
                    assertThat(e.failedIndex()).isEqualTo(2);
                    assertThat(e.failureCode()).isEqualTo("ledger.balance.limit_exceeded");
                });
        assertThat(balance(wallet).balance()).isEqualTo(eur("100.00"));
    }

    @Test
    void aLimitCanBeSetOnlyWhenTheBalanceAlreadyKeepsIt() {
        AccountSnapshot overdrawn = open("1020", "Current account", AccountType.ASSET, null);
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Overdraft")
                .debit(cash.id(), eur("10")).credit(overdrawn.id(), eur("10")).build());

        assertRefused(() -> backOffice.chartOfAccounts().limitBalance(alice, overdrawn.id(),
                BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS), "ledger.balance.limit_exceeded");
        assertThat(backOffice.chartOfAccounts().limitBalance(alice, overdrawn.id(),
                BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS).balanceLimit()).isEqualTo(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS);
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_15, "Too much")
                .debit(overdrawn.id(), eur("10.01")).credit(cash.id(), eur("10.01")).build()), "ledger.balance.limit_exceeded");
    }

    @Test
    void pendingAmountsCountAgainstLimitsButNotInTheBalance() {
        AccountSnapshot wallet = fundedWallet();
        PendingEntrySnapshot hold = backOffice.ledger().postPending(alice,
                NewPendingEntry.of(spend(wallet, "70.00"), NOW.plusSeconds(3600)));

        assertThat(hold.status()).isEqualTo(PendingStatus.PENDING);
        BalanceSnapshot held = balance(wallet);
        assertThat(held.balance()).isEqualTo(eur("100.00"));
        assertThat(held.pendingDebits()).isEqualTo(eur("70.00"));
        assertRefused(() -> backOffice.ledger().post(alice, spend(wallet, "30.01")), "ledger.balance.limit_exceeded");
        assertRefused(() -> backOffice.ledger().postPending(alice, NewPendingEntry.of(spend(wallet, "30.01"), null)),
                "ledger.balance.limit_exceeded");

        JournalEntrySnapshot captured = backOffice.ledger().postPendingEntry(alice,
                PostPendingEntry.inPart(hold.id(), eur("50.00"), eur("50.00")));

        assertThat(captured.status()).isEqualTo(EntryStatus.POSTED);
        assertThat(captured.lines()).extracting(JournalEntrySnapshot.Line::amount).containsExactly(eur("50.00"), eur("50.00"));
        BalanceSnapshot after = balance(wallet);
        assertThat(after.balance()).isEqualTo(eur("50.00"));
        assertThat(after.pendingDebits().isZero()).isTrue();
        PendingEntrySnapshot resolved = backOffice.ledger().pendingEntry(alice, hold.id());
        assertThat(resolved.status()).isEqualTo(PendingStatus.POSTED);
        assertThat(resolved.postedEntry()).isEqualTo(captured.id());
        assertThat(resolved.lines()).extracting(JournalEntrySnapshot.Line::amount).containsExactly(eur("70.00"), eur("70.00"));
        backOffice.ledger().post(alice, spend(wallet, "50.00"));
        assertThat(backOffice.financialReports().trialBalance(alice).isBalanced()).isTrue();
    }

    @Test
    void aPendingEntryIsResolvedOnceOnly() {
        AccountSnapshot wallet = fundedWallet();
        PendingEntrySnapshot first = backOffice.ledger().postPending(alice, NewPendingEntry.of(spend(wallet, "20.00"), null));
        PendingEntrySnapshot second = backOffice.ledger().postPending(alice, NewPendingEntry.of(spend(wallet, "30.00"), null));

        PendingEntrySnapshot voided = backOffice.ledger().voidPending(alice, first.id());
        assertThat(voided.status()).isEqualTo(PendingStatus.VOIDED);
        assertThat(voided.resolvedBy()).isEqualTo("alice");
        assertThat(balance(wallet).pendingDebits()).isEqualTo(eur("30.00"));

        assertRefused(() -> backOffice.ledger().voidPending(alice, first.id()), "ledger.pending.already_resolved");
        assertRefused(() -> backOffice.ledger().postPendingEntry(alice, PostPendingEntry.inFull(first.id())),
                "ledger.pending.already_resolved");
        assertRefused(() -> backOffice.ledger().postPendingEntry(alice,
                PostPendingEntry.inPart(second.id(), eur("30.01"), eur("30.01"))), "ledger.pending.invalid_amounts");
        assertRefused(() -> backOffice.ledger().postPendingEntry(alice,
                PostPendingEntry.inPart(second.id(), eur("10.00"), eur("9.00"))), "ledger.entry.unbalanced");
        backOffice.ledger().postPendingEntry(alice, PostPendingEntry.inFull(second.id()));
        assertRefused(() -> backOffice.ledger().postPendingEntry(alice, PostPendingEntry.inFull(second.id())),
                "ledger.pending.already_resolved");
        assertRefused(() -> backOffice.ledger().voidPending(alice, PendingEntryId.of(newId())), "ledger.pending.not_found");
        assertThat(balance(wallet).balance()).isEqualTo(eur("70.00"));
        assertThat(balance(wallet).pendingDebits().isZero()).isTrue();
    }

    @Test
    void pendingEntriesExpireOnceAfterTheirTimeout() {
        AccountSnapshot wallet = fundedWallet();
        PendingEntrySnapshot soon = backOffice.ledger().postPending(alice,
                NewPendingEntry.of(spend(wallet, "10.00"), NOW.plusSeconds(60)));
        PendingEntrySnapshot later = backOffice.ledger().postPending(alice,
                NewPendingEntry.of(spend(wallet, "15.00"), NOW.plusSeconds(7200)));
        assertRefused(() -> backOffice.ledger().postPending(alice, NewPendingEntry.of(spend(wallet, "1.00"), NOW)),
                "ledger.pending.invalid_timeout");
        BackOffice inTwoMinutes = BackOffice.builder(adapters()).clock(Clock.fixed(NOW.plusSeconds(120), ZoneOffset.UTC)).build();

        assertThatThrownBy(() -> inTwoMinutes.ledger().postPendingEntry(alice, PostPendingEntry.inFull(soon.id())))
                .isInstanceOfSatisfying(BackOfficeException.class, e -> assertThat(e.code()).isEqualTo("ledger.pending.expired"));
        assertThat(backOffice.ledger().expirePendingEntries(alice)).isZero();
        assertThat(inTwoMinutes.ledger().expirePendingEntries(alice)).isEqualTo(1);
        assertThat(inTwoMinutes.ledger().expirePendingEntries(alice)).isZero();

        assertThat(backOffice.ledger().pendingEntry(alice, soon.id()).status()).isEqualTo(PendingStatus.EXPIRED);
        assertThat(backOffice.ledger().pendingEntry(alice, later.id()).status()).isEqualTo(PendingStatus.PENDING);
        assertThat(balance(wallet).pendingDebits()).isEqualTo(eur("15.00"));
        assertThat(balance(wallet).balance()).isEqualTo(eur("100.00"));
    }

    @Test
    void postingAPendingEntryTwiceWithTheSameKeyPostsOnce() {
        AccountSnapshot wallet = fundedWallet();
        PendingEntrySnapshot hold = backOffice.ledger().postPending(alice, NewPendingEntry.of(spend(wallet, "20.00"), null));
        PostPendingEntry capture = new PostPendingEntry(hold.id(), null, null, "capture-1");

        JournalEntrySnapshot first = backOffice.ledger().postPendingEntry(alice, capture);
        JournalEntrySnapshot again = backOffice.ledger().postPendingEntry(alice, capture);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(balance(wallet).balance()).isEqualTo(eur("80.00"));
        assertRefused(() -> backOffice.ledger().pendingEntry(mallory, hold.id()), "ledger.pending.not_found");
    }

    // ---- tenants, access, audit ---------------------------------------------------------------

    @Test
    void anotherTenantCanNeitherReadNorChangeTheData() {
        JournalEntrySnapshot entry = sale(JAN_15, "10");

        List<Supplier<?>> attempts = List.of(
                () -> backOffice.ledger().entry(mallory, entry.id()),
                () -> backOffice.chartOfAccounts().account(mallory, cash.id()),
                () -> backOffice.financialReports().balance(mallory, cash.id()),
                () -> backOffice.financialReports().statement(mallory, StatementRequest.of(cash.id(), JAN_15, FEB_10)),
                () -> backOffice.ledger().reverse(mallory, ReverseJournalEntry.of(entry.id(), FEB_10, null)),
                () -> backOffice.chartOfAccounts().closeAccount(mallory, cash.id()),
                () -> backOffice.chartOfAccounts().renameAccount(mallory, cash.id(), "Mine"),
                () -> backOffice.ledger().post(mallory, NewJournalEntry.on(JAN_15, "Steal")
                        .debit(foreignCash.id(), eur("10")).credit(cash.id(), eur("10")).build()));
        for (Supplier<?> attempt : attempts) {
            assertThatThrownBy(attempt::get).isInstanceOfSatisfying(BackOfficeException.class,
                    e -> assertThat(e.code()).endsWith(".not_found"));
        }
        assertThat(backOffice.chartOfAccounts().accountByCode(mallory, "4000")).isEmpty();
        assertThat(backOffice.auditTrail().records(mallory, AuditQuery.about(entry.id().value()))).isEmpty();
        assertThat(balance(cash).balance()).isEqualTo(eur("10"));
        assertThat(backOffice.ledger().entry(alice, entry.id()).status()).isEqualTo(EntryStatus.POSTED);
    }

    @Test
    void everyMutatingCallAsksTheAccessPolicy() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        BackOffice denied = backOffice((actor, permission) -> {
            asked.add(permission);
            return false;
        });
        JournalEntrySnapshot entry = sale(JAN_15, "10");
        JournalEntrySnapshot draft = backOffice.ledger().saveDraft(alice, NewJournalEntry.on(JAN_15, "d")
                .debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build());
        NewJournalEntry command = NewJournalEntry.on(JAN_15, "x").debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build();

        List<Runnable> calls = List.of(
                () -> denied.ledger().post(alice, command),
                () -> denied.ledger().postAll(alice, List.of(command)),
                () -> denied.ledger().saveDraft(alice, command),
                () -> denied.ledger().reviseDraft(alice, draft.id(), command),
                () -> denied.ledger().postDraft(alice, draft.id()),
                () -> denied.ledger().discardDraft(alice, draft.id()),
                () -> denied.ledger().reverse(alice, ReverseJournalEntry.of(entry.id(), FEB_10, null)),
                () -> denied.chartOfAccounts().openAccount(alice, OpenAccount.of("9999", "x", AccountType.ASSET, EUR)),
                () -> denied.chartOfAccounts().renameAccount(alice, cash.id(), "x"),
                () -> denied.chartOfAccounts().closeAccount(alice, bank.id()),
                () -> denied.chartOfAccounts().reopenAccount(alice, bank.id()),
                () -> denied.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2030)),
                () -> denied.fiscalCalendar().closePeriod(alice, year2026.id(), 3),
                () -> denied.fiscalCalendar().reopenPeriod(alice, year2026.id(), 3),
                () -> denied.fiscalCalendar().lockPeriod(alice, year2026.id(), 3),
                () -> denied.chartOfAccounts().limitBalance(alice, bank.id(), BalanceLimit.NONE),
                () -> denied.ledger().postPending(alice, NewPendingEntry.of(command, null)),
                () -> denied.ledger().postPendingEntry(alice, PostPendingEntry.inFull(PendingEntryId.of(newId()))),
                () -> denied.ledger().voidPending(alice, PendingEntryId.of(newId())),
                () -> denied.ledger().expirePendingEntries(alice),
                () -> denied.fiscalCalendar().setLockDate(alice, JAN_15),
                () -> denied.chartOfAccounts().spreadBalance(alice, bank.id(), 4));
        for (Runnable call : calls) {
            assertRefused(call::run, "access.denied");
        }
        assertThat(asked).containsExactly("ledger.entry.post", "ledger.entry.post", "ledger.entry.draft",
                "ledger.entry.draft", "ledger.entry.post", "ledger.entry.draft", "ledger.entry.reverse",
                "ledger.account.manage", "ledger.account.manage", "ledger.account.manage", "ledger.account.manage",
                "ledger.fiscal_year.open", "ledger.period.close", "ledger.period.reopen", "ledger.period.lock",
                "ledger.account.manage", "ledger.entry.post", "ledger.entry.post", "ledger.pending.void",
                "ledger.pending.expire", "ledger.lock_date.set", "ledger.account.spread");
    }

    @Test
    void theAuditTrailTellsWhoChangedWhat() {
        Actor bob = Actor.of(tenant, "bob");
        JournalEntrySnapshot entry = sale(JAN_15, "10");
        backOffice.ledger().reverse(bob, ReverseJournalEntry.of(entry.id(), JAN_15, null));

        List<AuditRecord> aboutEntry = backOffice.auditTrail().records(alice, AuditQuery.about(entry.id().value()));
        assertThat(aboutEntry).extracting(AuditRecord::actorId).containsExactly("alice", "bob");
        assertThat(aboutEntry).extracting(AuditRecord::action).containsExactly("ledger.entry.post", "ledger.entry.reverse");
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.by("bob"))).hasSize(2);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all()))
                .extracting(AuditRecord::subjectType).contains("Account", "FiscalYear", "JournalEntry");
    }

    @Test
    void eventsThatThePublisherDidNotTakeStayInTheOutboxForTheRelay() {
        List<DomainEvent> relayed = new ArrayList<>();
        boolean[] failing = {true};
        BackOffice flaky = BackOffice.builder(adapters()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).eventPublisher(events -> {
            if (failing[0]) {
                throw new IllegalStateException("broker down");
            }
            relayed.addAll(events);
        }).build();

        JournalEntrySnapshot entry = flaky.ledger().post(alice, NewJournalEntry.on(JAN_15, "Sale")
                .debit(cash.id(), eur("1")).credit(revenue.id(), eur("1")).build());
        assertThat(relayed).isEmpty();

        failing[0] = false;
        while (flaky.relayEvents(500) > 0) {
            // drain every pending event, including those of other tests on a shared store
        }
        assertThat(relayed).filteredOn(JournalEntryPosted.class::isInstance)
                .extracting(e -> ((JournalEntryPosted) e).entryId()).contains(entry.id());
    }

    // ---- hot accounts

    private JournalEntrySnapshot receipt(AccountSnapshot account, LocalDate date, String amount) {
        return backOffice.ledger().post(alice, NewJournalEntry.on(date, "Receipt")
                .debit(account.id(), eur(amount)).credit(revenue.id(), eur(amount)).build());
    }

    private static List<Money> amounts(BalanceSnapshot balance) {
        return List.of(balance.debits(), balance.credits(), balance.balance(), balance.pendingDebits(),
                balance.pendingCredits());
    }

    @Test
    void aHotAccountReadsTheSameAsAnAccountKeptInOneBucket() {
        AccountSnapshot clearing = backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("1090", "Clearing", AccountType.ASSET, EUR).withBalanceBuckets(8));
        assertThat(clearing.balanceBuckets()).isEqualTo(8);
        assertThat(cash.balanceBuckets()).isEqualTo(1);

        for (AccountSnapshot account : List.of(clearing, cash)) {
            for (int i = 1; i <= 24; i++) {
                receipt(account, JAN_15, i + ".25");
            }
            backOffice.ledger().reverse(alice, ReverseJournalEntry.of(receipt(account, JAN_15, "9.99").id(), FEB_10, null));
            NewJournalEntry hold = NewJournalEntry.on(FEB_10, "Card hold")
                    .debit(rent.id(), eur("7.00")).credit(account.id(), eur("7.00")).build();
            PendingEntrySnapshot captured = backOffice.ledger().postPending(alice, NewPendingEntry.of(hold, null));
            backOffice.ledger().postPendingEntry(alice, PostPendingEntry.inPart(captured.id(), eur("5.00"), eur("5.00")));
            backOffice.ledger().postPending(alice, NewPendingEntry.of(hold, null));
        }

        BalanceSnapshot hot = balance(clearing);
        assertThat(amounts(hot)).isEqualTo(amounts(balance(cash)));
        assertThat(hot.debits()).isEqualTo(eur("315.99"));  // 24 receipts (306.00) and 9.99
        assertThat(hot.credits()).isEqualTo(eur("14.99"));  // the reversal (9.99) and the captured 5.00
        assertThat(hot.balance()).isEqualTo(eur("301.00"));
        assertThat(hot.pendingCredits()).isEqualTo(eur("7.00"));
        AccountStatement statement = backOffice.financialReports().statement(alice, StatementRequest.of(clearing.id(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(statement.closingBalance()).isEqualTo(hot.balance());
        assertThat(backOffice.financialReports().trialBalance(alice).isBalanced()).isTrue();
    }

    @Test
    void theBucketsOfAnAccountCanBeRaisedAndLoweredWithoutChangingItsTotals() {
        for (int i = 1; i <= 10; i++) {
            receipt(cash, JAN_15, i + ".10");
        }
        BalanceSnapshot before = balance(cash);

        assertThat(backOffice.chartOfAccounts().spreadBalance(alice, cash.id(), 16).balanceBuckets()).isEqualTo(16);
        assertThat(balance(cash)).isEqualTo(before);
        for (int i = 0; i < 20; i++) {
            receipt(cash, FEB_10, "1.00");
        }
        backOffice.ledger().postPending(alice, NewPendingEntry.of(NewJournalEntry.on(FEB_10, "Hold")
                .debit(cash.id(), eur("2.00")).credit(revenue.id(), eur("2.00")).build(), null));
        BalanceSnapshot busy = balance(cash);
        assertThat(busy.balance()).isEqualTo(before.balance().plus(eur("20.00")));
        assertThat(busy.pendingDebits()).isEqualTo(eur("2.00"));

        for (int buckets : new int[] {5, 64, 2, 1}) {
            assertThat(backOffice.chartOfAccounts().spreadBalance(alice, cash.id(), buckets).balanceBuckets())
                    .isEqualTo(buckets);
            assertThat(backOffice.chartOfAccounts().account(alice, cash.id()).balanceBuckets()).isEqualTo(buckets);
            assertThat(balance(cash)).isEqualTo(busy);
        }
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.about(cash.id().value())))
                .filteredOn(r -> r.action().equals("ledger.account.spread"))
                .extracting(AuditRecord::actorId).containsExactly("alice", "alice", "alice", "alice", "alice");

        int auditBefore = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        assertThat(backOffice.chartOfAccounts().spreadBalance(alice, cash.id(), 1).balanceBuckets()).isEqualTo(1);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all())).hasSize(auditBefore);
        assertThat(backOffice.financialReports().trialBalance(alice).isBalanced()).isTrue();
    }

    @Test
    void aBalanceLimitNeedsOneBucket() {
        AccountSnapshot wallet = fundedWallet();
        String code = "ledger.account.limit_needs_one_bucket";

        assertRefused(() -> backOffice.chartOfAccounts().spreadBalance(alice, wallet.id(), 2), code);
        assertThat(backOffice.chartOfAccounts().account(alice, wallet.id()).balanceBuckets()).isEqualTo(1);
        backOffice.chartOfAccounts().spreadBalance(alice, bank.id(), 4);
        assertRefused(() -> backOffice.chartOfAccounts().limitBalance(alice, bank.id(),
                BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS), code);
        assertThat(backOffice.chartOfAccounts().account(alice, bank.id()).balanceLimit()).isEqualTo(BalanceLimit.NONE);
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("2300", "Deposits",
                AccountType.LIABILITY, EUR).withBalanceLimit(BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS)
                .withBalanceBuckets(4)), code);
        assertThat(backOffice.chartOfAccounts().accountByCode(alice, "2300")).isEmpty();

        assertRefused(() -> backOffice.chartOfAccounts().spreadBalance(alice, cash.id(), 0), "validation.failed");
        assertRefused(() -> backOffice.chartOfAccounts().spreadBalance(alice, cash.id(), 65), "validation.failed");
        assertRefused(() -> backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("2300", "Deposits", AccountType.LIABILITY, EUR).withBalanceBuckets(0)), "validation.failed");
        assertRefused(() -> backOffice.chartOfAccounts().spreadBalance(alice, AccountId.of(newId()), 4),
                "ledger.account.not_found");
        assertRefused(() -> backOffice.chartOfAccounts().spreadBalance(mallory, cash.id(), 4), "ledger.account.not_found");
        assertThat(backOffice.chartOfAccounts().account(alice, cash.id()).balanceBuckets()).isEqualTo(1);

        backOffice.chartOfAccounts().spreadBalance(alice, bank.id(), 1);
        assertThat(backOffice.chartOfAccounts().limitBalance(alice, bank.id(), BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS)
                .balanceLimit()).isEqualTo(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS);
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(FEB_10, "Overdraw")
                .debit(cash.id(), eur("0.01")).credit(bank.id(), eur("0.01")).build()), "ledger.balance.limit_exceeded");
    }
}
