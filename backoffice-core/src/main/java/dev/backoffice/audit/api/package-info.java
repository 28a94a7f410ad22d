/**
 * Inbound port of the audit trail: {@link dev.backoffice.audit.api.AuditTrail} reads who changed what
 * and when, filtered by an {@link dev.backoffice.audit.api.AuditQuery}. Every mutating use case of every
 * context writes one {@link dev.backoffice.common.AuditRecord} per change in its unit of work; the
 * records are append-only and stored through {@link dev.backoffice.common.spi.AuditRecords}.
 */
package dev.backoffice.audit.api;
