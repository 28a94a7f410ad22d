/**
 * The domain model of the accounts context: the general ledger, receivables and payables. It knows
 * nothing of the application services, the api that wraps it or the adapters that store it.
 *
 * <p>Ledger aggregates: {@link dev.backoffice.accounts.domain.Account} (a code, a type that fixes the
 * normal side, a currency; leaves take postings, parents roll up) with its running totals
 * {@link dev.backoffice.accounts.domain.AccountBalance}; {@link dev.backoffice.accounts.domain.JournalEntry}
 * (draft, posted, reversed) of {@link dev.backoffice.accounts.domain.JournalLine}s that balance;
 * {@link dev.backoffice.accounts.domain.PendingEntry} (a two-phase entry whose amounts are reserved);
 * {@link dev.backoffice.accounts.domain.FiscalYear} of twelve {@link dev.backoffice.accounts.domain.FiscalPeriod}s;
 * {@link dev.backoffice.accounts.domain.Reconciliation}; {@link dev.backoffice.accounts.domain.CurrencyPolicy};
 * and the hash chain of {@link dev.backoffice.accounts.domain.JournalSeal}s
 * ({@link dev.backoffice.accounts.domain.EntryDigest}, {@link dev.backoffice.accounts.domain.JournalChainHead}).
 * Receivables aggregates: {@link dev.backoffice.accounts.domain.Party} (customer or supplier),
 * {@link dev.backoffice.accounts.domain.Invoice} (invoices, bills and their notes),
 * {@link dev.backoffice.accounts.domain.Payment} and {@link dev.backoffice.accounts.domain.GatewayCharge},
 * configured per currency by {@link dev.backoffice.accounts.domain.ReceivablesConfiguration}.
 *
 * <p>Aggregates are made with a factory ({@code open}, {@code draft}, {@code register}, {@code record} ...)
 * and rebuilt by adapters with {@code restore}; they record {@link dev.backoffice.common.DomainEvent}s
 * that the application publishes after commit, and carry a version for optimistic locking. They refuse
 * a broken rule with a {@link dev.backoffice.common.BackOfficeException} whose code is listed in
 * {@link dev.backoffice.accounts.domain.LedgerError} or {@link dev.backoffice.accounts.domain.ReceivablesError}.
 * Aggregates are not thread-safe: each use-case call loads its own instances in its own unit of work.
 * Value objects and events (records) are immutable. Amounts are {@link dev.backoffice.common.Money},
 * exact in the currency's minor unit.
 */
package dev.backoffice.accounts.domain;
