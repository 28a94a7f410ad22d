package dev.backoffice.inmemory;

import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.AuditRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The audit trail in memory, one append-only list per tenant. */
public final class InMemoryAuditRecords implements AuditRecords {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TenantId, List<AuditRecord>> byTenant = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryAuditRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(AuditRecord record) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        List<AuditRecord> list = byTenant.computeIfAbsent(record.tenant(), t -> new ArrayList<>());
        list.add(record);
        tx.onRollback(() -> list.remove(list.size() - 1));
    }

    @Override
    public List<AuditRecord> find(TenantId tenant, UUID subjectId, String actorId, Instant from, Instant to, int limit) {
        List<AuditRecord> found = new ArrayList<>();
        for (AuditRecord r : byTenant.getOrDefault(tenant, List.of())) {
            if (found.size() >= limit) {
                break;
            }
            if ((subjectId == null || subjectId.equals(r.subjectId()))
                    && (actorId == null || actorId.equals(r.actorId()))
                    && (from == null || !r.at().isBefore(from))
                    && (to == null || r.at().isBefore(to))) {
                found.add(r);
            }
        }
        return found;
    }
}
