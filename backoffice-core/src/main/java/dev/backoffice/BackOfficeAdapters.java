package dev.backoffice;

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
 * One implementation of every outbound port, sharing one store and one notion of a unit of work:
 * the in-memory adapters ({@code InMemoryAdapters}) or the JPA adapter ({@code JpaAdapters}).
 */
public interface BackOfficeAdapters {

    UnitOfWork unitOfWork();

    IdempotencyKeys idempotencyKeys();

    AuditRecords auditRecords();

    EventOutbox eventOutbox();

    Accounts accounts();

    AccountBalances accountBalances();

    JournalEntries journalEntries();

    JournalLines journalLines();

    FiscalYears fiscalYears();

    PendingEntries pendingEntries();

    Reconciliations reconciliations();

    /** The tamper-evident journal chains (seals of posted entries). */
    dev.backoffice.accounts.spi.JournalSeals journalSeals();

    /** The tenants' currency policies (functional currency, exchange accounts). */
    dev.backoffice.accounts.spi.CurrencyPolicies currencyPolicies();

    /**
     * The ports of the stock context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do; adapters for the ledger alone need not). Without
     * them the back office's stock capabilities refuse every call with
     * {@code backoffice.context_not_provided}.
     */
    default java.util.Optional<dev.backoffice.stock.spi.StockAdapters> stock() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of the personnel context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do). Without them the personnel capabilities refuse
     * every call with {@code backoffice.context_not_provided}.
     */
    default java.util.Optional<dev.backoffice.personnel.spi.PersonnelAdapters> personnel() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of receivables, payables and payments over the same store and unit of work, when
     * these adapters provide them (the in-memory adapters do). Without them those capabilities
     * refuse every call with {@code backoffice.context_not_provided}.
     */
    default java.util.Optional<dev.backoffice.accounts.spi.ReceivablesAdapters> receivables() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of the shipments context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do). Shipments act on stock, so the back office offers
     * them only when the stock ports are provided too; otherwise its shipments capabilities refuse
     * every call with {@code backoffice.context_not_provided}.
     */
    default java.util.Optional<dev.backoffice.shipments.spi.ShipmentsAdapters> shipments() {
        return java.util.Optional.empty();
    }
}
