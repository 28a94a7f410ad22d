package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalVerification;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.domain.ChainBreak;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.inmemory.InMemoryExchangeRates;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows changed behind the library's back, directly in SQL, on H2 and on PostgreSQL: verify names
 * exactly the sealed entry whose stored data no longer matches its seal, and the kind of change.
 */
class JournalTamperingTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private Kind kind;
    private DataSource dataSource;
    private JpaAdapters adapters;
    private BackOffice backOffice;
    private Actor alice;
    private Actor bob;
    private List<JournalEntrySnapshot> entries;

    private void start(Kind kind) {
        this.kind = kind;
        dataSource = TestDatabases.newMigratedDatabase(kind, "tampering");
        adapters = JpaAdapters.create(dataSource);
        backOffice = BackOffice.builder(adapters).exchangeRates(new InMemoryExchangeRates()
                .put(new ExchangeRate(USD, EUR, new BigDecimal("0.9"), LocalDate.of(2026, 1, 1), "ECB"))).build();
        alice = Actor.of("tamper-a", "alice");
        bob = Actor.of("tamper-b", "bob");
        entries = postAndSeal(alice, 5);
        postAndSeal(bob, 3);
        assertThat(backOffice.journalIntegrity().verify(alice).intact()).isTrue();
    }

    @AfterEach
    void stop() {
        if (adapters != null) {
            adapters.close();
        }
    }

    private List<JournalEntrySnapshot> postAndSeal(Actor actor, int count) {
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        List<JournalEntrySnapshot> posted = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            posted.add(backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 3, i), "Sale " + i)
                    .debit(cash.id(), Money.of(i + "0.00", "EUR")).credit(sales.id(), Money.of(i + "0.00", "EUR")).build()));
        }
        assertThat(backOffice.journalIntegrity().seal(actor)).isEqualTo(count);
        return posted;
    }

    /** A statement as the application's database role runs it. */
    private int sql(String statement, Object... parameters) throws SQLException {
        return run(false, statement, parameters);
    }

    /**
     * A statement as a superuser runs it with the append-only triggers of PostgreSQL switched off
     * ({@code session_replication_role = replica}): the change the seals must still reveal.
     */
    private int tamper(String statement, Object... parameters) throws SQLException {
        return run(kind == Kind.POSTGRES, statement, parameters);
    }

    private int run(boolean withoutTriggers, String statement, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (withoutTriggers) {
                try (java.sql.Statement replica = connection.createStatement()) {
                    replica.execute("SET session_replication_role = replica");
                }
            }
            try (PreparedStatement prepared = connection.prepareStatement(statement)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                return prepared.executeUpdate();
            }
        }
    }

    /** The sequence of the entry's seal. */
    private long sequenceOf(JournalEntrySnapshot entry) {
        return adapters.unitOfWork().read(() -> adapters.journalSeals().seals(alice.tenant(), 0, 100)).stream()
                .filter(seal -> seal.entryId().equals(entry.id())).findFirst().orElseThrow().sequence();
    }

    private void assertBrokenAt(JournalEntrySnapshot entry, ChainBreak.Problem problem) {
        JournalVerification verification = backOffice.journalIntegrity().verify(alice);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBreak().entryId()).isEqualTo(entry.id());
        assertThat(verification.firstBreak().sequence()).isEqualTo(sequenceOf(entry));
        assertThat(verification.firstBreak().problem()).isEqualTo(problem);
        assertThat(verification.entriesChecked()).isEqualTo(sequenceOf(entry));
        assertThat(backOffice.journalIntegrity().verify(bob).intact()).as("another tenant's chain is untouched").isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anAmountChangedInSqlIsFound(Kind kind) throws SQLException {
        start(kind);
        JournalEntrySnapshot victim = entries.get(2);

        assertThat(tamper("UPDATE bo_journal_lines SET amount_minor = amount_minor + 1 WHERE entry_id = ? AND line_no = 1",
                victim.id().value())).isEqualTo(1);

        assertBrokenAt(victim, ChainBreak.Problem.ENTRY_CHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDescriptionChangedInSqlIsFound(Kind kind) throws SQLException {
        start(kind);
        JournalEntrySnapshot victim = entries.get(1);

        assertThat(tamper("UPDATE bo_journal_entries SET description = 'Sale 2 (corrected)' WHERE id = ?",
                victim.id().value())).isEqualTo(1);

        assertBrokenAt(victim, ChainBreak.Problem.ENTRY_CHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theFirstOfTwoChangesIsNamed(Kind kind) throws SQLException {
        start(kind);
        tamper("UPDATE bo_journal_lines SET account_id = (SELECT account_id FROM bo_journal_lines WHERE entry_id = ? AND line_no = 2)"
                + " WHERE entry_id = ? AND line_no = 1", entries.get(4).id().value(), entries.get(4).id().value());
        tamper("UPDATE bo_journal_entries SET posted_by = 'mallory' WHERE id = ?", entries.get(3).id().value());

        assertBrokenAt(entries.get(3), ChainBreak.Problem.ENTRY_CHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aStatusChangeIsNotContentButADraftIsNotPosted(Kind kind) throws SQLException {
        start(kind);
        tamper("UPDATE bo_journal_entries SET status = 'REVERSED' WHERE id = ?", entries.get(0).id().value());
        assertThat(backOffice.journalIntegrity().verify(alice).intact()).isTrue();

        tamper("UPDATE bo_journal_entries SET status = 'DRAFT' WHERE id = ?", entries.get(0).id().value());
        assertBrokenAt(entries.get(0), ChainBreak.Problem.ENTRY_CHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRewrittenSealBreaksTheChainAndARemovedOneIsFound(Kind kind) throws SQLException {
        start(kind);
        tamper("UPDATE bo_journal_seals SET entry_hash = ? WHERE tenant_id = ? AND sequence_no = 2", "0".repeat(64), "tamper-a");
        JournalVerification rewritten = backOffice.journalIntegrity().verify(alice);
        assertThat(rewritten.firstBreak().sequence()).isEqualTo(2);
        assertThat(rewritten.firstBreak().problem()).isEqualTo(ChainBreak.Problem.CHAIN_BROKEN);

        tamper("DELETE FROM bo_journal_seals WHERE tenant_id = ? AND sequence_no >= 2", "tamper-a");
        JournalVerification cut = backOffice.journalIntegrity().verify(alice);
        assertThat(cut.firstBreak().sequence()).as("%s", cut).isEqualTo(2);
        assertThat(cut.firstBreak().problem()).isEqualTo(ChainBreak.Problem.CHAIN_BROKEN);
        assertThat(cut.headSequence()).isEqualTo(5);
        assertThatThrownBy(() -> backOffice.journalIntegrity().seal(alice))
                .as("sealing does not extend a chain whose head lost its seals")
                .isInstanceOfSatisfying(BackOfficeException.class,
                        e -> assertThat(e.code()).isEqualTo("ledger.journal.chain_broken"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSealedEntryCannotBeDeletedWithoutItsSeal(Kind kind) {
        start(kind);
        UUID victim = entries.get(0).id().value();
        assertThatThrownBy(() -> {
            sql("DELETE FROM bo_journal_line_dimensions WHERE entry_id = ?", victim);
            sql("DELETE FROM bo_journal_lines WHERE entry_id = ?", victim);
            sql("DELETE FROM bo_journal_entries WHERE id = ?", victim);
        }).as("the seal's foreign key holds the entry").isInstanceOf(SQLException.class);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFunctionalValueOrItsRateChangedInSqlIsFound(Kind kind) throws SQLException {
        start(kind);
        Actor carol = Actor.of("tamper-c", "carol");
        backOffice.currencies().setFunctionalCurrency(carol, new SetFunctionalCurrency(EUR));
        backOffice.fiscalCalendar().openFiscalYear(carol, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot dollars = backOffice.chartOfAccounts().openAccount(carol,
                OpenAccount.of("1100", "Dollars", AccountType.ASSET, USD));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(carol,
                OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        List<JournalEntrySnapshot> posted = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            posted.add(backOffice.ledger().post(carol, NewJournalEntry.on(LocalDate.of(2026, 3, i), "Dollar sale " + i)
                    .debit(dollars.id(), Money.of("10.00", USD)).credit(sales.id(), Money.of("9.00", EUR)).build()));
        }
        assertThat(backOffice.journalIntegrity().seal(carol)).isEqualTo(3);
        assertThat(backOffice.journalIntegrity().verify(carol).intact()).isTrue();

        assertThat(tamper("UPDATE bo_journal_lines SET exchange_rate = 0.95, functional_minor = 950 WHERE entry_id = ? AND line_no = 1",
                posted.get(1).id().value())).isEqualTo(1);

        JournalVerification verification = backOffice.journalIntegrity().verify(carol);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBreak().entryId()).isEqualTo(posted.get(1).id());
        assertThat(verification.firstBreak().problem()).isEqualTo(ChainBreak.Problem.ENTRY_CHANGED);
        assertThat(backOffice.journalIntegrity().verify(alice).intact()).as("another tenant's chain is untouched").isTrue();
    }
}
