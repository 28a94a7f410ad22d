package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.jpa.JpaAdapters;
import dev.backoffice.jpa.support.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R4 append-only history in the database: connected as an application role that may select,
 * insert, update and delete every table (but does not own them and is no superuser), SQL cannot
 * change or delete a posted journal entry, its lines or their dimensions, a journal seal or an
 * audit record; a draft stays free to change, and a posted entry can still be marked reversed by
 * the library. PostgreSQL only: the triggers are PL/pgSQL.
 */
class AppendOnlyHistoryTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String APP_ROLE = "bo_application";

    private static DataSource owner;
    private static DataSource application;
    private static JpaAdapters adapters;
    private static BackOffice backOffice;

    @BeforeAll
    static void start() throws SQLException {
        owner = TestDatabases.newMigratedDatabase(TestDatabases.Kind.POSTGRES, "r4_append_only");
        application = ApplicationRole.connect(owner, APP_ROLE);
        adapters = JpaAdapters.create(application);
        backOffice = BackOffice.builder(adapters).build();
    }

    @AfterAll
    static void stop() {
        adapters.close();
    }

    @Test
    void postedHistoryCannotBeChangedOrDeletedBySql() throws SQLException {
        Actor actor = Actor.of("r4", "clerk");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        JournalEntrySnapshot posted = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 5, 4), "Sale")
                .line(JournalLineInput.debit(cash.id(), Money.of("10.00", EUR)).withDimension("department", "north"))
                .credit(sales.id(), Money.of("10.00", EUR)).build());
        JournalEntrySnapshot reversed = backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 5, 5), "Mistake")
                .debit(cash.id(), Money.of("3.00", EUR)).credit(sales.id(), Money.of("3.00", EUR)).build());
        backOffice.ledger().reverse(actor, ReverseJournalEntry.of(reversed.id(), LocalDate.of(2026, 5, 6), "typo"));
        assertThat(backOffice.journalIntegrity().seal(actor)).isEqualTo(3);
        UUID entry = posted.id().value();
        JournalEntrySnapshot stored = backOffice.ledger().entry(actor, posted.id());

        List<String> attempts = List.of(
                "UPDATE bo_journal_entries SET description = 'Changed' WHERE id = '" + entry + "'",
                "UPDATE bo_journal_entries SET accounting_date = DATE '2026-05-01' WHERE id = '" + entry + "'",
                "UPDATE bo_journal_entries SET status = 'DRAFT' WHERE id = '" + entry + "'",
                "UPDATE bo_journal_entries SET reversed_by = id WHERE id = '" + reversed.id().value() + "'",
                "DELETE FROM bo_journal_entries WHERE id = '" + entry + "'",
                "UPDATE bo_journal_lines SET amount_minor = amount_minor + 1 WHERE entry_id = '" + entry + "'",
                "UPDATE bo_journal_lines SET account_id = '" + sales.id().value() + "' WHERE entry_id = '" + entry + "' AND line_no = 1",
                "DELETE FROM bo_journal_lines WHERE entry_id = '" + entry + "'",
                "UPDATE bo_journal_line_dimensions SET dim_value = 'south' WHERE entry_id = '" + entry + "'",
                "DELETE FROM bo_journal_line_dimensions WHERE entry_id = '" + entry + "'",
                "UPDATE bo_journal_seals SET entry_hash = repeat('0', 64) WHERE tenant_id = 'r4'",
                "DELETE FROM bo_journal_seals WHERE tenant_id = 'r4'",
                "UPDATE bo_audit_records SET actor_id = 'someone else' WHERE tenant_id = 'r4'",
                "DELETE FROM bo_audit_records WHERE tenant_id = 'r4'");
        List<String> accepted = new ArrayList<>();
        for (String attempt : attempts) {
            try (Connection connection = application.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate(attempt);
                accepted.add(attempt);
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(attempt).isEqualTo("55000");
            }
        }
        assertThat(backOffice.journalIntegrity().verify(actor).intact()).isTrue();
        assertThat(backOffice.ledger().entry(actor, posted.id())).isEqualTo(stored);

        JournalEntrySnapshot draft = backOffice.ledger().saveDraft(actor, NewJournalEntry.on(LocalDate.of(2026, 5, 7), "Draft")
                .debit(cash.id(), Money.of("1.00", EUR)).credit(sales.id(), Money.of("1.00", EUR)).build());
        int draftChanges = 0;
        try (Connection connection = application.getConnection()) {
            draftChanges += update(connection, "UPDATE bo_journal_entries SET description = 'Draft, changed' WHERE id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_journal_lines WHERE entry_id = ?", draft.id().value());
            draftChanges += update(connection, "DELETE FROM bo_journal_entries WHERE id = ?", draft.id().value());
        }

        System.out.println("RELIABILITY R4 append-only-journal threads=1 operations=" + (attempts.size() + 3)
                + " refused=" + (attempts.size() - accepted.size()) + " anomalies=" + accepted.size());
        assertThat(accepted).as("statements the database let through").isEmpty();
        assertThat(draftChanges).as("a draft stays free to change").isEqualTo(4);
    }

    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }
}
