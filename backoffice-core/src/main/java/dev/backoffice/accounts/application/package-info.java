/**
 * The application services of the accounts context, which implement its
 * {@link dev.backoffice.accounts.api api} over its {@link dev.backoffice.accounts.spi spi}. Each use case
 * runs through {@link dev.backoffice.common.application.UseCases}: access check, validation, one unit
 * of work, idempotency key, audit record and events after commit. Postings of every kind (entries,
 * documents, payments, revaluation, year-end close) go through one path that checks accounts,
 * balance limits, fiscal periods, the lock date and the functional currency.
 *
 * <p>The services are package-private; a host reaches them through
 * {@link dev.backoffice.accounts.application.AccountsContext} (the general ledger) and
 * {@link dev.backoffice.accounts.application.ReceivablesContext} (receivables, payables and payments),
 * which {@code BackOffice} builds. They hold no per-call state and are safe to call from many threads.
 */
package dev.backoffice.accounts.application;
