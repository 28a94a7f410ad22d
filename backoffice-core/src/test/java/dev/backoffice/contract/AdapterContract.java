package dev.backoffice.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.TimeOrderedIds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The base of every port contract. A subclass names the adapters under test; each test works in
 * tenants of its own, so tests never see each other's data even on a shared database.
 *
 * <p>A host that writes its own adapter extends the contract classes of this package (shipped in
 * the {@code backoffice-core} test-jar) and returns its adapters from {@link #adapters()}.
 */
public abstract class AdapterContract {

    protected static final Currency EUR = Currency.getInstance("EUR");
    protected static final Currency USD = Currency.getInstance("USD");
    protected static final Instant NOW = Instant.parse("2026-03-01T09:30:00Z");

    private static final TimeOrderedIds IDS = new TimeOrderedIds();

    protected final TenantId tenant = newTenant();
    protected final TenantId otherTenant = newTenant();

    /** The adapters under test. May return the same instance for every test of a class. */
    protected abstract BackOfficeAdapters adapters();

    protected static TenantId newTenant() {
        return TenantId.of("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
    }

    protected static UUID newId() {
        return IDS.newId();
    }

    protected <T> T inTx(Supplier<T> work) {
        return adapters().unitOfWork().execute(work);
    }

    protected void inTx(Runnable work) {
        adapters().unitOfWork().execute(() -> {
            work.run();
            return null;
        });
    }

    protected static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    protected Account account(TenantId owner, String code, AccountType type) {
        return Account.open(AccountId.of(newId()), owner, code, "Account " + code, type, EUR, null, NOW);
    }

    /** Stores an account with its zero balance. */
    protected Account storedAccount(TenantId owner, String code, AccountType type) {
        Account account = account(owner, code, type);
        inTx(() -> {
            adapters().accounts().add(account);
            adapters().accountBalances().open(account);
        });
        return account;
    }

    protected static JournalLine line(int no, Account account, Side side, String amount) {
        return new JournalLine(no, account.id(), side, eur(amount), null, Map.of());
    }

    protected JournalEntry draft(TenantId owner, LocalDate date, JournalLine... lines) {
        return JournalEntry.draft(JournalEntryId.of(newId()), owner, date, "Entry on " + date, null, List.of(lines),
                "alice", NOW);
    }

    protected JournalEntry posted(TenantId owner, LocalDate date, JournalLine... lines) {
        JournalEntry entry = draft(owner, date, lines);
        entry.post("alice", NOW, AdapterContract::newId);
        entry.pullEvents();
        return entry;
    }

    protected FiscalYear fiscalYear(TenantId owner, int year) {
        return FiscalYear.open(FiscalYearId.of(newId()), owner, Integer.toString(year), LocalDate.of(year, 1, 1));
    }
}
