package dev.backoffice.audit.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.UUID;

/**
 * Filters the audit trail; null fields do not filter.
 *
 * @param from  inclusive lower bound
 * @param to    exclusive upper bound
 * @param limit at most this many records, 1 to 10,000
 * @param subjectId only records about this record id, or null
 * @param actorId only records by this actor, or null
 */
public record AuditQuery(UUID subjectId, @Size(max = 128) String actorId, Instant from, Instant to,
                         @Min(1) @Max(10_000) int limit) {

    /** {@return a query for the latest 1,000 records of the tenant, unfiltered} */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 1000);
    }

    /**
     * The latest 1,000 records about one record, whatever its kind.
     *
     * @param subjectId the id of the record changed, for example a journal entry id
     * @return the query
     */
    public static AuditQuery about(UUID subjectId) {
        return new AuditQuery(subjectId, null, null, null, 1000);
    }

    /**
     * The latest 1,000 records of changes made by one actor.
     *
     * @param actorId the {@link dev.backoffice.common.Actor#id() id} of the actor
     * @return the query
     */
    public static AuditQuery by(String actorId) {
        return new AuditQuery(null, actorId, null, null, 1000);
    }
}
