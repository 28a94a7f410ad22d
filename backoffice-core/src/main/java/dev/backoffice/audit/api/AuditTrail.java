package dev.backoffice.audit.api;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;

import java.util.List;

/** Reads the audit trail of the actor's tenant: who changed what, and when. */
public interface AuditTrail {

    /** Permission to read the audit trail. */
    String READ = "audit.read";

    List<AuditRecord> records(Actor actor, AuditQuery query);
}
