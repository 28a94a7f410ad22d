package dev.backoffice.common.spi;

import dev.backoffice.common.AuditChange;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The stored audit trail: append-only. */
public interface AuditRecords {

    /**
     * Appends a record in the current unit of work.
     *
     * @param record the record to keep
     */
    void append(AuditRecord record);

    /**
     * Appends records in the current unit of work, in their order: what a use case that changes many
     * records at once (a batch of journal entries) audits. An adapter for a database should write
     * them in one round trip; this default appends them one by one.
     *
     * @param records the records to keep
     */
    default void appendAll(List<AuditRecord> records) {
        for (AuditRecord record : records) {
            append(record);
        }
    }

    /**
     * Appends the records of one change made to many records at once, in their order: the same as
     * {@link #appendAll} of {@link AuditChange#records()}, which this default does. An adapter that
     * stores the shared parts as they are (the in-memory one) needs no record object per subject.
     *
     * @param change the change, one record per subject
     */
    default void appendChange(AuditChange change) {
        appendAll(change.records());
    }

    /**
     * Records of a tenant, oldest first, filtered by the non-null arguments.
     *
     * @param subjectId only records about this record id, or null for all
     * @param actorId   only records by this actor, or null for all
     * @param from      inclusive lower bound of the time, or null
     * @param to        exclusive upper bound of the time, or null
     * @param limit     at most this many records
     * @param tenant    the tenant whose records are read
     * @return the matching records, never null
     */
    List<AuditRecord> find(TenantId tenant, UUID subjectId, String actorId, Instant from, Instant to, int limit);
}
