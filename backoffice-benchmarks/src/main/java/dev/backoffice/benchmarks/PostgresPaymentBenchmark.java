package dev.backoffice.benchmarks;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.ConfigureReceivables;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PaymentSnapshot;
import dev.backoffice.accounts.api.RecordPayment;
import dev.backoffice.accounts.api.RegisterParty;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * P10, paying: an incoming payment recorded on PostgreSQL ({@code Payments.record}: the customer
 * and the receivables configuration read, the receipt posted to the bank account and the
 * customers' credit account, the payment stored, both audited), one per transaction, 8 threads,
 * {@code customers} customers. Every payment lands on the same two accounts, as a business's
 * receipts do: both are kept in {@code buckets} balance buckets (1: one row each, as an account
 * is opened; 16: spread, see P5). The baseline in
 * the same run is the posting a payment makes, alone: {@code Ledger.post} of the same two-line
 * entry (same accounts, amounts and dates), so that the ratio is what the payment adds to its
 * posting. At the end of each trial every balance must equal its journal lines and every payment
 * must have its receipt entry, or the trial fails.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Warmup(iterations = 6, time = 15) // longer than P4 and P5: after four, a payment's rate still rose from one measured iteration to the next
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.jboss.logging.provider=slf4j"})
public class PostgresPaymentBenchmark {

    private static final int RING = 1 << 16;

    /** The number of customers the payments come from. */
    @Param("1000")
    public int customers;

    /** The balance buckets of the bank account and of the customers' credit account: 1 is a plain single row. */
    @Param({"1", "16"})
    public int buckets;

    private final Actor actor = Actor.of("bench", "cashier");
    private EmbeddedLedgerDatabase database;
    private BackOffice backOffice;
    private RecordPayment[] payments;
    /** The receipt entry of each payment as the payment posts it, for the baseline. */
    private NewJournalEntry[] receipts;

    @Setup(Level.Trial)
    public void setUp() {
        database = new EmbeddedLedgerDatabase("p10");
        backOffice = database.backOffice();
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountId bank = open("1010", AccountType.ASSET);
        AccountId customerCredit = open("2210", AccountType.LIABILITY);
        backOffice.receivablesSettings().configure(actor, new ConfigureReceivables(LedgerFixture.EUR,
                open("1200", AccountType.ASSET), customerCredit, open("4000", AccountType.REVENUE),
                open("2300", AccountType.LIABILITY), open("2000", AccountType.LIABILITY),
                open("1400", AccountType.ASSET), open("6000", AccountType.EXPENSE), open("1450", AccountType.ASSET),
                bank, null, null));
        if (buckets > 1) {
            backOffice.chartOfAccounts().spreadBalance(actor, bank, buckets);
            backOffice.chartOfAccounts().spreadBalance(actor, customerCredit, buckets);
        }
        PartyId[] parties = new PartyId[customers];
        for (int from = 0; from < customers; from += LedgerFixture.ACCOUNTS_PER_UNIT_OF_WORK) {
            int first = from;
            int end = Math.min(customers, from + LedgerFixture.ACCOUNTS_PER_UNIT_OF_WORK);
            database.adapters().unitOfWork().execute(() -> {
                for (int i = first; i < end; i++) {
                    parties[i] = backOffice.parties().register(actor,
                            RegisterParty.customer("Customer " + i, 30, LedgerFixture.EUR)).id();
                }
                return null;
            });
        }
        SplittableRandom random = new SplittableRandom(42);
        payments = new RecordPayment[RING];
        receipts = new NewJournalEntry[RING];
        for (int i = 0; i < RING; i++) {
            Money amount = Money.ofMinor(1 + random.nextInt(1_000_000), LedgerFixture.EUR);
            LocalDate date = LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            payments[i] = RecordPayment.incoming(parties[random.nextInt(customers)], amount, date);
            // what a payment's receipt posts (PaymentsService): the bank debited, the customers' credit credited
            receipts[i] = NewJournalEntry.on(date, "Payment received " + i)
                    .debit(bank, amount).credit(customerCredit, amount).build();
        }
    }

    private AccountId open(String code, AccountType type) {
        return backOffice.chartOfAccounts().openAccount(actor, OpenAccount.of(code, "Account " + code, type,
                LedgerFixture.EUR)).id();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        try {
            database.requireNoDrift();
            requireEveryPaymentPosted();
        } finally {
            database.close();
        }
    }

    private void requireEveryPaymentPosted() {
        try (Connection connection = database.pool().getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     select count(*) from bo_payments p
                     left join bo_journal_entries e on e.tenant_id = p.tenant_id and e.id = p.receipt_entry_id
                     where e.id is null or e.status <> 'POSTED'
                     """)) {
            row.next();
            if (row.getLong(1) != 0) {
                throw new IllegalStateException(row.getLong(1) + " payments without a posted receipt entry");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the payments", e);
        }
    }

    /** The library: one incoming payment recorded, a transaction of its own. */
    @Benchmark
    public PaymentSnapshot recordPayment(RingCursor cursor) {
        return backOffice.payments().record(actor, payments[cursor.next(RING)]);
    }

    /** The baseline: the receipt entry such a payment posts, posted alone, a transaction of its own. */
    @Benchmark
    public JournalEntrySnapshot postReceiptOnly(RingCursor cursor) {
        return backOffice.ledger().post(actor, receipts[cursor.next(RING)]);
    }
}
