package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 stateful property (jqwik action chains): random sequences of ledger operations (postings,
 * some of them invalid or beyond a balance limit, reversals, pending entries posted in full, in part
 * or voided) are applied to the in-memory adapters and to the JPA adapter on a real PostgreSQL at
 * once. After every step both give the same observable result (the same answer or the same error
 * code) and the same balances, and the trial balance of each nets to zero. A failure prints its seed
 * and shrinks; {@code @Property(seed = ...)} replays it.
 */
@AddLifecycleHook(LongProfileTries.class)
class LedgerModelPropertyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final ModelRun RUN = new ModelRun("ledger-model", "r5_model", adapters -> BackOffice.builder(adapters).build());

    @AfterContainer
    static void stop() {
        RUN.finish();
    }

    /** The same tenant's books in two back offices; ids are kept side by side, in creation order. */
    static final class Twin extends TwinBackOffices {
        final List<AccountId[]> accounts = new ArrayList<>();
        final List<JournalEntryId[]> entries = new ArrayList<>();
        final List<PendingEntryId[]> pending = new ArrayList<>();

        Twin() {
            super(RUN.postgres(), Actor.of("r5-" + TENANTS.incrementAndGet(), "clerk"), RUN.steps);
            for (BackOffice backOffice : List.of(memory, database)) {
                backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
            }
            open("1000", AccountType.ASSET, BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS);
            open("1100", AccountType.ASSET, BalanceLimit.NONE);
            open("3000", AccountType.EQUITY, BalanceLimit.NONE);
            open("4000", AccountType.REVENUE, BalanceLimit.NONE);
            RUN.chains.incrementAndGet();
        }

        private void open(String code, AccountType type, BalanceLimit limit) {
            accounts.add(new AccountId[] {
                    memory.chartOfAccounts().openAccount(actor, new OpenAccount(code, code, type, EUR, null, null, limit)).id(),
                    database.chartOfAccounts().openAccount(actor, new OpenAccount(code, code, type, EUR, null, null, limit)).id()});
        }

        /** The invariant after every step: the same balances on both sides, and trial balances that net to zero. */
        void sameBooks() {
            for (AccountId[] account : accounts) {
                BalanceSnapshot inMemory = memory.financialReports().balance(actor, account[0]);
                BalanceSnapshot inDatabase = database.financialReports().balance(actor, account[1]);
                assertThat(List.of(inDatabase.debits(), inDatabase.credits(), inDatabase.pendingDebits(), inDatabase.pendingCredits()))
                        .as("balance of %s after %s", inMemory.code(), log)
                        .isEqualTo(List.of(inMemory.debits(), inMemory.credits(), inMemory.pendingDebits(), inMemory.pendingCredits()));
            }
            for (BackOffice backOffice : List.of(memory, database)) {
                TrialBalance trial = backOffice.financialReports().trialBalance(actor);
                trial.totals().forEach(total -> assertThat(total.debit()).as("trial balance after %s", log).isEqualTo(total.credit()));
            }
        }
    }

    @Property(tries = 60)
    void theInMemoryAndThePostgresLedgerAgreeAfterEveryStep(@ForAll("chains") ActionChain<Twin> chain) {
        try {
            chain.withInvariant("same books", Twin::sameBooks).run();
        } catch (AssertionError disagreement) {
            RUN.anomalies.incrementAndGet(); // jqwik then shrinks and prints the seed that replays it
            throw disagreement;
        }
    }

    @Provide
    Arbitrary<ActionChain<Twin>> chains() {
        return ActionChain.<Twin>startWith(Twin::new)
                .withAction(3, new Post())
                .withAction(1, new Reverse())
                .withAction(2, new Hold())
                .withAction(2, new Resolve())
                .withMaxTransformations(12);
    }

    private static Arbitrary<Long> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.longs().between(1, 500_000)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0L, -100L)));
    }

    /** A posting between two of the four accounts (sometimes invalid, sometimes beyond the limit). */
    static final class Post implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), amounts(),
                    Arbitraries.integers().between(1, 365)).as((debit, credit, minor, day) ->
                    Transformer.mutate("post " + debit + "->" + credit + " " + minor, twin -> {
                        LocalDate date = LocalDate.ofYearDay(2026, day);
                        List<JournalEntryId> posted = twin.both("post " + debit + "->" + credit + " " + minor, side ->
                                twin.side(side).ledger().post(twin.actor, NewJournalEntry.on(date, "Entry")
                                        .debit(twin.accounts.get(debit)[side], Money.ofMinor(minor, EUR))
                                        .credit(twin.accounts.get(credit)[side], Money.ofMinor(minor, EUR)).build()).id());
                        if (posted != null) {
                            twin.entries.add(new JournalEntryId[] {posted.get(0), posted.get(1)});
                        }
                    }));
        }
    }

    /** The reversal of an earlier entry, which may be reversed already. */
    static final class Reverse implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.entries.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Arbitraries.integers().between(0, twin.entries.size() - 1).map(index ->
                    Transformer.mutate("reverse #" + index, model -> {
                        List<JournalEntryId> reversal = model.both("reverse #" + index, side ->
                                model.side(side).ledger().reverse(model.actor, ReverseJournalEntry.of(
                                        model.entries.get(index)[side], LocalDate.of(2026, 12, 31), "undo")).id());
                        if (reversal != null) {
                            model.entries.add(new JournalEntryId[] {reversal.get(0), reversal.get(1)});
                        }
                    }));
        }
    }

    /** A pending entry that reserves its amounts. */
    static final class Hold implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), amounts())
                    .as((debit, credit, minor) -> Transformer.mutate("hold " + debit + "->" + credit + " " + minor, twin -> {
                        List<PendingEntryId> held = twin.both("hold " + debit + "->" + credit + " " + minor, side ->
                                twin.side(side).ledger().postPending(twin.actor, NewPendingEntry.of(
                                        NewJournalEntry.on(LocalDate.of(2026, 6, 1), "Hold")
                                                .debit(twin.accounts.get(debit)[side], Money.ofMinor(minor, EUR))
                                                .credit(twin.accounts.get(credit)[side], Money.ofMinor(minor, EUR)).build(),
                                        null)).id());
                        if (held != null) {
                            twin.pending.add(new PendingEntryId[] {held.get(0), held.get(1)});
                        }
                    }));
        }
    }

    /** A pending entry posted in full, in part, or voided (a second resolution is refused on both sides). */
    static final class Resolve implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.pending.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.pending.size() - 1),
                    Arbitraries.of("full", "part", "void")).as((index, how) ->
                    Transformer.mutate(how + " #" + index, model -> {
                        List<Object> resolved = model.both(how + " #" + index, side -> {
                            PendingEntryId id = model.pending.get(index)[side];
                            BackOffice backOffice = model.side(side);
                            return switch (how) {
                                case "full" -> backOffice.ledger().postPendingEntry(model.actor, PostPendingEntry.inFull(id)).lines().size();
                                case "part" -> {
                                    Money half = backOffice.ledger().pendingEntry(model.actor, id).lines().get(0).amount();
                                    Money part = Money.ofMinor(Math.max(1, half.minorUnits() / 2), EUR);
                                    yield backOffice.ledger().postPendingEntry(model.actor, PostPendingEntry.inPart(id, part, part))
                                            .lines().size();
                                }
                                default -> backOffice.ledger().voidPending(model.actor, id).status().name();
                            };
                        });
                        if (resolved != null) {
                            assertThat(resolved.get(1)).as(how + " #" + index).isEqualTo(resolved.get(0));
                        }
                    }));
        }
    }
}
