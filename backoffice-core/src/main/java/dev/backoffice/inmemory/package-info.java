/**
 * In-memory adapters for every outbound port of the core: the embedded default of
 * {@link dev.backoffice.BackOffice#inMemory()}, the store of host applications' own tests, and the
 * performance ceiling of the library. {@link dev.backoffice.inmemory.InMemoryAdapters} shares one
 * store and one {@link dev.backoffice.inmemory.InMemoryUnitOfWork} between them: a unit of work's
 * changes become visible to other threads only when it commits, and nothing of a failed one
 * remains. Every adapter is thread-safe and passes the same contract tests as the JPA adapter.
 * Data lives until the JVM stops. Test doubles of the outside ({@code InMemoryPaymentGateway},
 * {@code InMemoryCarrier}, {@code InMemoryExchangeRates}) can be scripted to decline, fail or time out.
 */
package dev.backoffice.inmemory;
