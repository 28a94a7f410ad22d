package dev.backoffice.inmemory;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.spi.AuditRecords;
import dev.backoffice.common.spi.EventOutbox;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.common.spi.UnitOfWork;

/**
 * Every port in memory: complete, thread-safe and fast. The embedded default, for quick starts,
 * for a host's own tests, and as the performance ceiling. Nothing survives the JVM.
 */
public final class InMemoryAdapters implements BackOfficeAdapters {

    private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(unitOfWork);
    private final InMemoryAuditRecords auditRecords = new InMemoryAuditRecords(unitOfWork);
    private final InMemoryEventOutbox eventOutbox = new InMemoryEventOutbox(unitOfWork);
    private final InMemoryAccounts accounts = new InMemoryAccounts(unitOfWork);
    private final InMemoryAccountBalances accountBalances = new InMemoryAccountBalances(unitOfWork);
    private final InMemoryJournal journal = new InMemoryJournal(unitOfWork);
    private final InMemoryFiscalYears fiscalYears = new InMemoryFiscalYears(unitOfWork);
    private final InMemoryPendingEntries pendingEntries = new InMemoryPendingEntries(unitOfWork);
    private final InMemoryReconciliations reconciliations = new InMemoryReconciliations(unitOfWork, journal);
    private final InMemoryJournalSeals journalSeals = new InMemoryJournalSeals(unitOfWork, accounts, journal, journal);
    private final InMemoryCurrencyPolicies currencyPolicies = new InMemoryCurrencyPolicies(unitOfWork);
    private final InMemoryStockAdapters stock = new InMemoryStockAdapters(unitOfWork);
    private final InMemoryPersonnelAdapters personnel = new InMemoryPersonnelAdapters(unitOfWork);
    private final InMemoryReceivablesAdapters receivables = new InMemoryReceivablesAdapters(unitOfWork);
    private final InMemoryShipmentsAdapters shipments = new InMemoryShipmentsAdapters(unitOfWork);

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    @Override
    public AuditRecords auditRecords() {
        return auditRecords;
    }

    @Override
    public EventOutbox eventOutbox() {
        return eventOutbox;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public AccountBalances accountBalances() {
        return accountBalances;
    }

    @Override
    public JournalEntries journalEntries() {
        return journal;
    }

    @Override
    public JournalLines journalLines() {
        return journal;
    }

    @Override
    public FiscalYears fiscalYears() {
        return fiscalYears;
    }

    @Override
    public PendingEntries pendingEntries() {
        return pendingEntries;
    }

    @Override
    public Reconciliations reconciliations() {
        return reconciliations;
    }

    @Override
    public dev.backoffice.accounts.spi.JournalSeals journalSeals() {
        return journalSeals;
    }

    @Override
    public dev.backoffice.accounts.spi.CurrencyPolicies currencyPolicies() {
        return currencyPolicies;
    }

    @Override
    public java.util.Optional<dev.backoffice.stock.spi.StockAdapters> stock() {
        return java.util.Optional.of(stock);
    }

    @Override
    public java.util.Optional<dev.backoffice.personnel.spi.PersonnelAdapters> personnel() {
        return java.util.Optional.of(personnel);
    }

    @Override
    public java.util.Optional<dev.backoffice.accounts.spi.ReceivablesAdapters> receivables() {
        return java.util.Optional.of(receivables);
    }

    @Override
    public java.util.Optional<dev.backoffice.shipments.spi.ShipmentsAdapters> shipments() {
        return java.util.Optional.of(shipments);
    }
}
