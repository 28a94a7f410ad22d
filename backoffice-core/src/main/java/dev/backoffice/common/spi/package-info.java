/**
 * Outbound ports shared by every context, which an adapter (the in-memory one, the JPA one, or the
 * host's own) implements: {@link dev.backoffice.common.spi.UnitOfWork} (transactions, retried on
 * concurrent updates), {@link dev.backoffice.common.spi.AuditRecords},
 * {@link dev.backoffice.common.spi.EventOutbox} and {@link dev.backoffice.common.spi.IdempotencyKeys}
 * (stored in the same unit of work as the change), and the host's plug-in points
 * {@link dev.backoffice.common.spi.AccessPolicy}, {@link dev.backoffice.common.spi.DomainEventPublisher}
 * and {@link dev.backoffice.common.spi.IdGenerator}.
 *
 * <p>Implementations are called concurrently by many use-case calls and must be thread-safe.
 */
package dev.backoffice.common.spi;
