package dev.backoffice.inmemory;

import dev.backoffice.common.AuditChange;
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

    /**
     * The actors, actions and subject types of every tenant's records, by number: each in symbols of
     * its own, so that each repeats its last value (one actor, action and subject type after another).
     */
    private final Symbols<String> actors = new Symbols<>();
    private final Symbols<String> actions = new Symbols<>();
    private final Symbols<String> subjectTypes = new Symbols<>();

    /** One tenant's records in the order they were appended. */
    private final class Trail implements InMemoryUnitOfWork.Truncatable {
        private static final int ID_HIGH = 0;
        private static final int ID_LOW = 1;
        private static final int SECOND = 2;
        private static final int SUBJECT_HIGH = 3;
        private static final int SUBJECT_LOW = 4;
        /** The {@link Columns#pair} of the actor's and the action's numbers. */
        private static final int ACTOR_ACTION = 5;
        /** The pair of the subject type's number and the nanoseconds of the instant. */
        private static final int SUBJECT_TYPE_NANO = 6;
        private static final int DETAIL = 7;

        private int size;
        private final Columns.Longs values = new Columns.Longs(8);
        private final Texts details = new Texts();

        void append(AuditRecord record) {
            append(record.id(), record.actorId(), record.at(), record.action(), record.subjectType(),
                    record.subjectId(), record.detail());
        }

        /** Appends the record of those parts, checked already ({@link AuditRecord}, {@link AuditChange}). */
        void append(UUID id, String actorId, Instant instant, String action, String subjectType, UUID subjectId,
                    String detail) {
            int row = size;
            long[] stored = values.arrayForWriting(row);
            int at = values.start(row);
            stored[at + ID_HIGH] = id.getMostSignificantBits();
            stored[at + ID_LOW] = id.getLeastSignificantBits();
            stored[at + SECOND] = instant.getEpochSecond();
            stored[at + SUBJECT_HIGH] = subjectId.getMostSignificantBits();
            stored[at + SUBJECT_LOW] = subjectId.getLeastSignificantBits();
            stored[at + ACTOR_ACTION] = Columns.pair(actors.numberOf(actorId), actions.numberOf(action));
            stored[at + SUBJECT_TYPE_NANO] = Columns.pair(subjectTypes.numberOf(subjectType), instant.getNano());
            stored[at + DETAIL] = details.add(detail);
            size++;
        }

        /** Removes the rows from {@code from} on. */
        @Override
        public void truncate(int from) {
            if (from < size) {
                details.truncateTo(values.get(from, DETAIL));
            }
            size = from;
        }

        boolean matches(int row, UUID subjectId, int actor, Instant from, Instant to) {
            return (subjectId == null || subjectId.getMostSignificantBits() == values.get(row, SUBJECT_HIGH)
                    && subjectId.getLeastSignificantBits() == values.get(row, SUBJECT_LOW))
                    && (actor == 0 || Columns.high(values.get(row, ACTOR_ACTION)) == actor)
                    && (from == null || !at(row).isBefore(from))
                    && (to == null || at(row).isBefore(to));
        }

        private Instant at(int row) {
            return Instant.ofEpochSecond(values.get(row, SECOND), Columns.low(values.get(row, SUBJECT_TYPE_NANO)));
        }

        AuditRecord record(TenantId tenant, int row) {
            return new AuditRecord(new UUID(values.get(row, ID_HIGH), values.get(row, ID_LOW)), tenant,
                    actors.valueOf(Columns.high(values.get(row, ACTOR_ACTION))), at(row),
                    actions.valueOf(Columns.low(values.get(row, ACTOR_ACTION))),
                    subjectTypes.valueOf(Columns.high(values.get(row, SUBJECT_TYPE_NANO))),
                    new UUID(values.get(row, SUBJECT_HIGH), values.get(row, SUBJECT_LOW)),
                    details.get(values.get(row, DETAIL)));
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
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Trail trail = trailOf(record.tenant());
        int from = trail.size;
        trail.append(record);
        tx.onRollback(trail, from);
    }

    @Override
    public void appendAll(List<AuditRecord> records) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        for (int i = 0; i < records.size(); ) {
            // one undo action per tenant run of the records (one for a whole batch of one tenant)
            TenantId tenant = records.get(i).tenant();
            Trail trail = trailOf(tenant);
            int from = trail.size;
            for (; i < records.size() && records.get(i).tenant().equals(tenant); i++) {
                trail.append(records.get(i));
            }
            tx.onRollback(trail, from);
        }
    }

    /** Stores the change's parts as they are: no {@link AuditRecord} per subject. */
    @Override
    public void appendChange(AuditChange change) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Trail trail = trailOf(change.tenant());
        int from = trail.size;
        List<UUID> ids = change.ids();
        List<UUID> subjectIds = change.subjectIds();
        for (int i = 0, count = change.size(); i < count; i++) {
            trail.append(ids.get(i), change.actorId(), change.at(), change.action(), change.subjectType(),
                    subjectIds.get(i), change.detail());
        }
        tx.onRollback(trail, from);
    }

    private Trail trailOf(TenantId tenant) {
        Trail trail = byTenant.get(tenant);
        if (trail == null) {
            trail = new Trail();
            byTenant.put(tenant, trail);
        }
        return trail;
    }

    @Override
    public List<AuditRecord> find(TenantId tenant, UUID subjectId, String actorId, Instant from, Instant to, int limit) {
        return unitOfWork.guarded(() -> {
            List<AuditRecord> found = new ArrayList<>();
            Trail trail = byTenant.get(tenant);
            int actor = actorId == null ? 0 : actors.find(actorId);
            if (actor < 0) {
                return found; // nobody of that id acted
            }
            for (int row = 0; trail != null && row < trail.size && found.size() < limit; row++) {
                if (trail.matches(row, subjectId, actor, from, to)) {
                    found.add(trail.record(tenant, row));
                }
            }
            return found;
        });
    }
}
