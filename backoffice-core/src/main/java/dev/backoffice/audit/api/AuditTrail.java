package dev.backoffice.audit.api;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;

import java.util.List;

/** Reads the audit trail of the actor's tenant: who changed what, and when. */
public interface AuditTrail {

    /** Permission to read the audit trail. */
    String READ = "audit.read";

    /**
     * The audit records of the actor's tenant that match the query, oldest first. Needs {@link #READ}; refused
     * with {@code access.denied} otherwise and with {@code validation.failed} when the query is out of bounds.
     *
     * @param actor who reads, and for which tenant
     * @param query the filters and the limit
     * @return at most {@code query.limit()} records, never null
     */
    List<AuditRecord> records(Actor actor, AuditQuery query);
}
