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

    /**
     * The unit of work every use case runs in.
     *
     * @return the unit of work every use case runs in
     */
    UnitOfWork unitOfWork();

    /**
     * The idempotency keys of commands already done, with their results.
     *
     * @return the idempotency keys of commands already done, with their results
     */
    IdempotencyKeys idempotencyKeys();

    /**
     * The audit records.
     *
     * @return the audit records
     */
    AuditRecords auditRecords();

    /**
     * The outbox of events not yet published.
     *
     * @return the outbox of events not yet published
     */
    EventOutbox eventOutbox();

    /**
     * The ledger accounts.
     *
     * @return the ledger accounts
     */
    Accounts accounts();

    /**
     * The account balances, changed by guarded statements.
     *
     * @return the account balances, changed by guarded statements
     */
    AccountBalances accountBalances();

    /**
     * The journal entries.
     *
     * @return the journal entries
     */
    JournalEntries journalEntries();

    /**
     * The journal lines, the read model of balances and reports.
     *
     * @return the journal lines, the read model of balances and reports
     */
    JournalLines journalLines();

    /**
     * The fiscal years and their periods.
     *
     * @return the fiscal years and their periods
     */
    FiscalYears fiscalYears();

    /**
     * The pending two-phase entries.
     *
     * @return the pending two-phase entries
     */
    PendingEntries pendingEntries();

    /**
     * The bank reconciliations.
     *
     * @return the bank reconciliations
     */
    Reconciliations reconciliations();

    /**
     * The tamper-evident journal chains (seals of posted entries).
     *
     * @return the journal seals port
     */
    dev.backoffice.accounts.spi.JournalSeals journalSeals();

    /**
     * The tenants' currency policies (functional currency, exchange accounts).
     *
     * @return the currency policies port
     */
    dev.backoffice.accounts.spi.CurrencyPolicies currencyPolicies();

    /**
     * The ports of the stock context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do; adapters for the ledger alone need not). Without
     * them the back office's stock capabilities refuse every call with
     * {@code backoffice.context_not_provided}.
     *
     * @return the stock ports, or empty
     */
    default java.util.Optional<dev.backoffice.stock.spi.StockAdapters> stock() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of the personnel context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do). Without them the personnel capabilities refuse
     * every call with {@code backoffice.context_not_provided}.
     *
     * @return the personnel ports, or empty
     */
    default java.util.Optional<dev.backoffice.personnel.spi.PersonnelAdapters> personnel() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of receivables, payables and payments over the same store and unit of work, when
     * these adapters provide them (the in-memory adapters do). Without them those capabilities
     * refuse every call with {@code backoffice.context_not_provided}.
     *
     * @return the receivables ports, or empty
     */
    default java.util.Optional<dev.backoffice.accounts.spi.ReceivablesAdapters> receivables() {
        return java.util.Optional.empty();
    }

    /**
     * The ports of the shipments context over the same store and unit of work, when these adapters
     * provide them (the in-memory adapters do). Shipments act on stock, so the back office offers
     * them only when the stock ports are provided too; otherwise its shipments capabilities refuse
     * every call with {@code backoffice.context_not_provided}.
     *
     * @return the shipments ports, or empty
     */
    default java.util.Optional<dev.backoffice.shipments.spi.ShipmentsAdapters> shipments() {
        return java.util.Optional.empty();
    }
}
