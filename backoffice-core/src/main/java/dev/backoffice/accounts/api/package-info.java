/**
 * Inbound ports of the accounts context: the use-case interfaces a host calls, reached from
 * {@code BackOffice}, with their command, query and result records.
 *
 * <p>The general ledger: {@link dev.backoffice.accounts.api.ChartOfAccounts},
 * {@link dev.backoffice.accounts.api.Ledger} (post, drafts, reversals, pending two-phase entries),
 * {@link dev.backoffice.accounts.api.FiscalCalendar}, {@link dev.backoffice.accounts.api.FinancialReports},
 * {@link dev.backoffice.accounts.api.FinancialStatements}, {@link dev.backoffice.accounts.api.YearEnd},
 * {@link dev.backoffice.accounts.api.BankReconciliation}, {@link dev.backoffice.accounts.api.JournalIntegrity}
 * and {@link dev.backoffice.accounts.api.Currencies}. Receivables and payables:
 * {@link dev.backoffice.accounts.api.Parties}, {@link dev.backoffice.accounts.api.Invoicing},
 * {@link dev.backoffice.accounts.api.Payments}, {@link dev.backoffice.accounts.api.GatewayPayments},
 * {@link dev.backoffice.accounts.api.AgingReports} and {@link dev.backoffice.accounts.api.ReceivablesSettings}.
 *
 * <p>Every method takes the {@link dev.backoffice.common.Actor} who acts; its tenant scopes what the
 * call reads or changes, and the access policy is asked for the permission the method names
 * ({@link dev.backoffice.accounts.api.LedgerPermissions}, {@link dev.backoffice.accounts.api.ReceivablesPermissions}).
 * Commands are validated with Bean Validation ({@code validation.failed}); every refusal is a
 * {@link dev.backoffice.common.BackOfficeException} with a stable code, and a refused call changed
 * nothing. Results are immutable snapshots, never the domain aggregates. Implementations are
 * thread-safe: concurrent calls are isolated by units of work.
 */
package dev.backoffice.accounts.api;
