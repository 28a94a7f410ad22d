/**
 * Outbound ports of the accounts context: what an adapter implements for the ledger and the
 * receivables. The in-memory adapters are the embedded default and the JPA adapter stores the same
 * in a database; both pass the contract test kit.
 *
 * <p>Repositories of the ledger: {@link dev.backoffice.accounts.spi.Accounts},
 * {@link dev.backoffice.accounts.spi.AccountBalances} (running totals, locked while a posting updates
 * them), {@link dev.backoffice.accounts.spi.JournalEntries}, {@link dev.backoffice.accounts.spi.JournalLines}
 * (balances as of a date, statements), {@link dev.backoffice.accounts.spi.PendingEntries},
 * {@link dev.backoffice.accounts.spi.FiscalYears}, {@link dev.backoffice.accounts.spi.Reconciliations},
 * {@link dev.backoffice.accounts.spi.JournalSeals} and {@link dev.backoffice.accounts.spi.CurrencyPolicies}.
 * Of the receivables, grouped in {@link dev.backoffice.accounts.spi.ReceivablesAdapters}:
 * {@link dev.backoffice.accounts.spi.PartyRecords}, {@link dev.backoffice.accounts.spi.Invoices},
 * {@link dev.backoffice.accounts.spi.DocumentNumbers}, {@link dev.backoffice.accounts.spi.PaymentRecords},
 * {@link dev.backoffice.accounts.spi.GatewayCharges} and
 * {@link dev.backoffice.accounts.spi.ReceivablesConfigurations}. Plug-in points of the host:
 * {@link dev.backoffice.accounts.spi.ExchangeRates}, {@link dev.backoffice.accounts.spi.TaxPolicy} and
 * {@link dev.backoffice.accounts.spi.PaymentGateway}.
 *
 * <p>Every method runs inside the caller's unit of work and sees only the tenant it is given. An
 * {@code update} of a versioned aggregate fails with {@link dev.backoffice.common.ConcurrentUpdateException}
 * on a stale version, which the unit of work retries. Implementations are called concurrently and must
 * be thread-safe.
 */
package dev.backoffice.accounts.spi;
