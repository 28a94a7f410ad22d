package dev.backoffice.common;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One change in the audit trail: who did what to which record, and when.
 *
 * @param id        the record's own id
 * @param tenant    the tenant the change belongs to
 * @param actorId   who made the change
 * @param at        when, from the injected clock
 * @param action    the permission name of the use case, for example {@code ledger.entry.post}
 * @param subjectType the kind of record changed, for example {@code JournalEntry}
 * @param subjectId the id of the record changed
 * @param detail    a short description without personal data or amounts
 */
public record AuditRecord(UUID id, TenantId tenant, String actorId, Instant at, String action,
                          String subjectType, UUID subjectId, String detail) {

    /**
     * Requires every component but {@code detail}, which becomes empty when null.
     *
     * @param id          the record's own id
     * @param tenant      the tenant the change belongs to
     * @param actorId     who made the change
     * @param at          when
     * @param action      the permission name of the use case
     * @param subjectType the kind of record changed
     * @param subjectId   the id of the record changed
     * @param detail      a short description, or null for none
     */
    public AuditRecord {
        Objects.requireNonNull(id, "id");
        requireShared(tenant, actorId, at, action, subjectType);
        Objects.requireNonNull(subjectId, "subjectId");
        detail = detail == null ? "" : detail;
    }

    /** Requires the parts a record shares with the others of one change ({@link AuditChange}). */
    static void requireShared(TenantId tenant, String actorId, Instant at, String action, String subjectType) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
