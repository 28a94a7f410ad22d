package dev.backoffice.inmemory;

import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.AuditRecords;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail in memory: per tenant, an append-only table of {@link Columns}, one row per
 * record, so that a trail that only grows holds no object per record (the action, subject type,
 * actor and detail are the callers' strings, mostly constants).
 */
public final class InMemoryAuditRecords implements AuditRecords {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<TenantId, Trail> byTenant = new HashMap<>();

    /** One tenant's records in the order they were appended. */
    private static final class Trail {
        private static final int ID_HIGH = 0;
        private static final int ID_LOW = 1;
        private static final int SECOND = 2;
        private static final int NANO = 3;
        private static final int SUBJECT_HIGH = 4;
        private static final int SUBJECT_LOW = 5;
        private static final int ACTOR = 0;
        private static final int ACTION = 1;
        private static final int SUBJECT_TYPE = 2;
        private static final int DETAIL = 3;

        private int size;
        private final Columns.Longs values = new Columns.Longs(6);
        private final Columns.Refs refs = new Columns.Refs(4);

        void append(AuditRecord record) {
            int row = size;
            values.set(row, ID_HIGH, record.id().getMostSignificantBits());
            values.set(row, ID_LOW, record.id().getLeastSignificantBits());
            values.set(row, SECOND, record.at().getEpochSecond());
            values.set(row, NANO, record.at().getNano());
            values.set(row, SUBJECT_HIGH, record.subjectId().getMostSignificantBits());
            values.set(row, SUBJECT_LOW, record.subjectId().getLeastSignificantBits());
            refs.set(row, ACTOR, record.actorId());
            refs.set(row, ACTION, record.action());
            refs.set(row, SUBJECT_TYPE, record.subjectType());
            refs.set(row, DETAIL, record.detail());
            size++;
        }

        /** Removes the rows from {@code from} on. */
        void truncate(int from) {
            for (int row = size - 1; row >= from; row--) {
                for (int column = ACTOR; column <= DETAIL; column++) {
                    refs.set(row, column, null);
                }
            }
            size = from;
        }

        boolean matches(int row, UUID subjectId, String actorId, Instant from, Instant to) {
            return (subjectId == null || subjectId.getMostSignificantBits() == values.get(row, SUBJECT_HIGH)
                    && subjectId.getLeastSignificantBits() == values.get(row, SUBJECT_LOW))
                    && (actorId == null || actorId.equals(refs.get(row, ACTOR)))
                    && (from == null || !at(row).isBefore(from))
                    && (to == null || at(row).isBefore(to));
        }

        private Instant at(int row) {
            return Instant.ofEpochSecond(values.get(row, SECOND), values.get(row, NANO));
        }

        AuditRecord record(TenantId tenant, int row) {
            return new AuditRecord(new UUID(values.get(row, ID_HIGH), values.get(row, ID_LOW)), tenant,
                    refs.get(row, ACTOR), at(row), refs.get(row, ACTION), refs.get(row, SUBJECT_TYPE),
                    new UUID(values.get(row, SUBJECT_HIGH), values.get(row, SUBJECT_LOW)), refs.get(row, DETAIL));
        }
    }

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
        appendAll(List.of(record));
    }

    @Override
    public void appendAll(List<AuditRecord> records) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        for (int i = 0; i < records.size(); ) {
            // one undo action per tenant run of the records (one for a whole batch of one tenant)
            Trail trail = byTenant.computeIfAbsent(records.get(i).tenant(), t -> new Trail());
            int from = trail.size;
            TenantId tenant = records.get(i).tenant();
            for (; i < records.size() && records.get(i).tenant().equals(tenant); i++) {
                trail.append(records.get(i));
            }
            tx.onRollback(() -> trail.truncate(from));
        }
    }

    @Override
    public List<AuditRecord> find(TenantId tenant, UUID subjectId, String actorId, Instant from, Instant to, int limit) {
        return unitOfWork.guarded(() -> {
            List<AuditRecord> found = new ArrayList<>();
            Trail trail = byTenant.get(tenant);
            for (int row = 0; trail != null && row < trail.size && found.size() < limit; row++) {
                if (trail.matches(row, subjectId, actorId, from, to)) {
                    found.add(trail.record(tenant, row));
                }
            }
            return found;
        });
    }
}
