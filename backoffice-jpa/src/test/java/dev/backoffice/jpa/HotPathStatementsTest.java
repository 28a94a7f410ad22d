package dev.backoffice.jpa;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.jpa.support.StatementLog;
import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one posting and one stock reservation send to the database, pinned: the round trips of
 * these hot paths are their cost on a real database (see docs/benchmarks.md, P4 and P7), so a read
 * that creeps back in fails here. Every
 * statement prepared on the connection is seen, Hibernate's and the adapter's plain JDBC batches
 * alike (a batch is prepared once and sent in one round trip).
 */
class HotPathStatementsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aPostingReadsItsAccountsAndItsYearOnceAndWritesTheEntryItsLinesAndItsAudit(TestDatabases.Kind kind) {
        try (Inspected inspected = new Inspected(kind, "posting_statements")) {
            BackOffice backOffice = inspected.backOffice;
            Actor actor = inspected.actor;
            List<String> statements = inspected.statements;
            AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
            AccountSnapshot sales = backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));

            List<String> first = post(backOffice, actor, cash, sales, statements);
            List<String> second = post(backOffice, actor, cash, sales, statements);

            assertThat(first).as("the first posting asks for the tenant's functional currency")
                    .anyMatch(sql -> sql.contains("from bo_currency_policies"));
            assertThat(second).as("a tenant that posted without a functional currency can never set one: not asked again")
                    .noneMatch(sql -> sql.contains("bo_currency_policies"));
            if (kind == TestDatabases.Kind.POSTGRES) {
                assertThat(second).hasSize(5);
                assertThat(second.stream().filter(sql -> sql.startsWith("select")))
                        .satisfiesExactly(
                                accounts -> assertThat(accounts).contains("from bo_accounts"),
                                lockThenYear -> assertThat(lockThenYear)
                                        .startsWith("select pg_advisory_xact_lock_shared(?, ?); select ")
                                        .contains("from bo_fiscal_years").contains("join bo_fiscal_periods")
                                        .doesNotContain(" for "));
            } else {
                assertThat(second).hasSize(7);
                assertThat(second.stream().filter(sql -> sql.startsWith("select")))
                        .satisfiesExactly(
                                accounts -> assertThat(accounts).contains("from bo_accounts"),
                                year -> assertThat(year).contains("from bo_fiscal_years").contains(" for "),
                                periods -> assertThat(periods).contains("bo_fiscal_periods"));
            }
            if (kind == TestDatabases.Kind.POSTGRES) {
                assertThat(second.stream().filter(sql -> sql.startsWith("insert")))
                        .as("the entry and its two lines in one round trip")
                        .satisfiesExactly(
                                entryAndLines -> assertThat(entryAndLines.split(";"))
                                        .satisfiesExactly(
                                                entry -> assertThat(entry).startsWith("insert into bo_journal_entries"),
                                                line -> assertThat(line).startsWith("insert into bo_journal_lines"),
                                                line -> assertThat(line).startsWith("insert into bo_journal_lines")),
                                audit -> assertThat(audit).startsWith("insert into bo_audit_records"));
            } else {
                assertThat(second.stream().filter(sql -> sql.startsWith("insert")))
                        .satisfiesExactly(
                                entry -> assertThat(entry).startsWith("insert into bo_journal_entries"),
                                lines -> assertThat(lines).startsWith("insert into bo_journal_lines"),
                                audit -> assertThat(audit).startsWith("insert into bo_audit_records"));
            }
            assertThat(second.stream().filter(sql -> sql.startsWith("update")))
                    .as("the two balances in one batch; nothing loaded is written back")
                    .singleElement().satisfies(update -> assertThat(update).startsWith("update bo_account_balances"));
            assertThat(second).noneMatch(sql -> sql.startsWith("delete"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBatchReadsItsAccountsInOneStatement(TestDatabases.Kind kind) {
        try (Inspected inspected = new Inspected(kind, "batch_statements")) {
            List<AccountSnapshot> accounts = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                accounts.add(inspected.backOffice.chartOfAccounts().openAccount(inspected.actor,
                        OpenAccount.of(String.valueOf(1000 + i), "Account " + i, AccountType.ASSET, EUR)));
            }
            List<NewJournalEntry> batch = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                batch.add(NewJournalEntry.on(LocalDate.of(2026, 3, 1), "Transfer " + i)
                        .debit(accounts.get(2 * i).id(), Money.of("1.00", EUR))
                        .credit(accounts.get(2 * i + 1).id(), Money.of("1.00", EUR))
                        .build());
            }
            inspected.statements.clear();
            inspected.backOffice.ledger().postAll(inspected.actor, batch);

            assertThat(inspected.statements.stream().filter(sql -> sql.startsWith("select") && sql.contains("from bo_accounts")))
                    .as("300 accounts").hasSize(1);
            assertThat(inspected.statements.stream().filter(sql -> sql.startsWith("insert")))
                    .as("150 entries, 300 lines, 150 audit records: one batch each")
                    .satisfiesExactly(
                            entries -> assertThat(entries).startsWith("insert into bo_journal_entries"),
                            lines -> assertThat(lines).startsWith("insert into bo_journal_lines"),
                            audit -> assertThat(audit).startsWith("insert into bo_audit_records"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aReservationReadsItsItemAndItsStockRowsAndWritesTheRowTheReservationAndItsAudit(TestDatabases.Kind kind) {
        try (Inspected inspected = new Inspected(kind, "reservation_statements")) {
            BackOffice backOffice = inspected.backOffice;
            Actor actor = inspected.actor;
            LocationId root = backOffice.warehousing().openWarehouse(actor, OpenWarehouse.of("MAIN", "Main")).rootLocation();
            LocationId shelf = backOffice.warehousing().addLocation(actor, AddLocation.of(root, "A", "Shelf A")).id();
            ItemId item = backOffice.itemCatalog().createItem(actor,
                    CreateItem.of("SKU-1", "Item", UnitOfMeasure.of("pc"))).id();
            backOffice.inventory().move(actor, NewStockMove.receipt(item, pieces(100), shelf));
            backOffice.reservations().reserve(actor, ReserveStock.of(item, "order-1", pieces(1)));

            inspected.statements.clear();
            ReservationResult second = backOffice.reservations().reserve(actor, ReserveStock.of(item, "order-2", pieces(2)));

            assertThat(second.reserved()).isEqualTo(pieces(2));
            assertThat(List.copyOf(inspected.statements))
                    .as("the locations were read by the first reservation and never change; no reorder rule is "
                            + "read without an event publisher")
                    .satisfiesExactly(
                            itemRead -> assertThat(itemRead).startsWith("select").contains("from bo_stock_items")
                                    .contains("bo_stock_item_units"),
                            rows -> assertThat(rows).startsWith("select").contains("from bo_stock_quants"),
                            guarded -> assertThat(guarded).startsWith("update bo_stock_quants")
                                    .contains("on_hand + ? >= reserved + ?"),
                            reservation -> assertThat(reservation).startsWith("insert into bo_stock_reservations"),
                            audit -> assertThat(audit).startsWith("insert into bo_audit_records"));
            assertThat(backOffice.reservations().checkReservations(actor).drifts()).isEmpty();
        }
    }

    private static Quantity pieces(long count) {
        return Quantity.of(BigDecimal.valueOf(count), "pc");
    }

    /**
     * The library on adapters over a new database of the kind, with a fiscal year open, whose
     * prepared statements are added to {@link #statements} (the fiscal year's, before, are not).
     */
    private static final class Inspected implements AutoCloseable {
        final List<String> statements = Collections.synchronizedList(new ArrayList<>());
        final JpaAdapters adapters;
        final BackOffice backOffice;
        final Actor actor = Actor.of("statements", "alice");

        Inspected(TestDatabases.Kind kind, String name) {
            adapters = JpaAdapters.builder(StatementLog.recording(TestDatabases.newMigratedDatabase(kind, name), statements)).build();
            backOffice = BackOffice.builder(adapters).build();
            backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        }

        @Override
        public void close() {
            adapters.close();
        }
    }

    private static List<String> post(BackOffice backOffice, Actor actor, AccountSnapshot debit, AccountSnapshot credit,
                                     List<String> statements) {
        statements.clear();
        backOffice.ledger().post(actor, NewJournalEntry.on(LocalDate.of(2026, 3, 1), "Sale")
                .debit(debit.id(), Money.of("10.00", EUR))
                .credit(credit.id(), Money.of("10.00", EUR))
                .build());
        return List.copyOf(statements);
    }
}
