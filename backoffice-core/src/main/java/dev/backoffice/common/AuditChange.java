package dev.backoffice.common;

import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.UUID;

/**
 * One change made to many records at once (the entries of a batch, posted together), as the audit
 * trail keeps it: one {@link AuditRecord} per record changed, all alike but for their ids. The parts
 * they share are held once, so that an adapter that stores them as they are needs no record object
 * per subject ({@link #records()} makes them for one that does).
 *
 * @param tenant      the tenant the change belongs to
 * @param actorId     who made the change
 * @param at          when, from the injected clock
 * @param action      the permission name of the use case
 * @param subjectType the kind of the records changed
 * @param detail      what happened to each, in words, without personal data or amounts; empty when null
 * @param ids         the audit records' own ids, one per subject
 * @param subjectIds  the ids of the records changed, in order
 */
public record AuditChange(TenantId tenant, String actorId, Instant at, String action, String subjectType,
                          String detail, List<UUID> ids, List<UUID> subjectIds) {

    /**
     * Requires every part but {@code detail} (as {@link AuditRecord} does of each record), as many
     * record ids as subjects, and no null id among them.
     *
     * @param tenant      the tenant
     * @param actorId     who made the change
     * @param at          when
     * @param action      the permission name of the use case
     * @param subjectType the kind of the records changed
     * @param detail      what happened to each, or null for nothing
     * @param ids         the audit records' own ids
     * @param subjectIds  the ids of the records changed
     */
    public AuditChange {
        AuditRecord.requireShared(tenant, actorId, at, action, subjectType);
        detail = detail == null ? "" : detail;
        ids = List.copyOf(ids); // no null element, as List.copyOf refuses one
        subjectIds = List.copyOf(subjectIds);
        if (ids.size() != subjectIds.size()) {
            throw new IllegalArgumentException("one audit record id per subject: " + ids.size() + " ids for "
                    + subjectIds.size() + " subjects");
        }
    }

    /** {@return how many records changed, one audit record each} */
    public int size() {
        return ids.size();
    }

    /**
     * {@return the audit record about the subject at the index}
     *
     * @param index from 0 to {@link #size()} - 1
     */
    public AuditRecord record(int index) {
        return new AuditRecord(ids.get(index), tenant, actorId, at, action, subjectType, subjectIds.get(index), detail);
    }

    /** {@return the audit records of the change, one per subject in order, each made when it is read} */
    public List<AuditRecord> records() {
        return new Records(this);
    }

    private static final class Records extends AbstractList<AuditRecord> implements RandomAccess {
        private final AuditChange change;

        Records(AuditChange change) {
            this.change = change;
        }

        @Override
        public AuditRecord get(int index) {
            return change.record(index);
        }

        @Override
        public int size() {
            return change.size();
        }
    }
}
