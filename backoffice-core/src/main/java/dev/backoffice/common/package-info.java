/**
 * The shared kernel of every context: {@link dev.backoffice.common.Money} (exact amounts in minor
 * units) and {@link dev.backoffice.common.Quantity} (a number with its unit),
 * {@link dev.backoffice.common.TenantId} and {@link dev.backoffice.common.Actor} (who acts, for which
 * tenant), {@link dev.backoffice.common.DomainEvent}, {@link dev.backoffice.common.AuditRecord}, and the
 * errors the library reports on purpose: {@link dev.backoffice.common.BackOfficeException} with its
 * stable {@link dev.backoffice.common.ErrorCode} and its kinds (validation, not found, rule violation,
 * conflict, access denied). {@link dev.backoffice.common.CommonError} lists the codes of this package.
 *
 * <p>Everything here is immutable and safe to share between threads, except
 * {@link dev.backoffice.common.RecordedEvents}, which belongs to one aggregate instance.
 */
package dev.backoffice.common;
