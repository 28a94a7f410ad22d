/**
 * The entry point of the Backoffice SDK: {@link dev.backoffice.BackOffice}, which a host builds
 * once over one set of {@link dev.backoffice.BackOfficeAdapters} (the in-memory ones, the JPA ones,
 * or its own) and keeps. It hands out the use-case interfaces of every context (accounts, stock,
 * shipments, personnel) and the audit trail; each call is one unit of work, checked against the
 * access policy and audited. A context whose ports the adapters do not provide refuses every call
 * with {@code backoffice.context_not_provided}.
 */
package dev.backoffice;
