package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.EntryDigest;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.JournalChainHead;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalSeal;
import dev.backoffice.accounts.spi.JournalSeals;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.BackOfficeMigrations.Database;
import dev.backoffice.jpa.entity.JournalChainHeadEntity;
import dev.backoffice.jpa.entity.JournalEntryEntity;
import dev.backoffice.jpa.entity.JournalSealEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@link JournalSeals} on {@code bo_journal_chain_heads} and {@code bo_journal_seals}.
 *
 * <p>{@link #lockHead} reads the tenant's head row {@code FOR UPDATE}; on a tenant's first seal it
 * first inserts the row if it is absent, in one statement that never fails on a concurrent insert
 * ({@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL, {@code MERGE ... WHEN NOT MATCHED} on
 * H2), so two first sealers of a tenant both end up waiting on the same row. Postings never touch
 * these tables; only the sealers of one tenant wait for each other.
 *
 * <p>The unsealed entries are one query on the index {@code (tenant_id, posted_at, id)} of
 * {@code bo_journal_entries} with a {@code NOT EXISTS} on the unique {@code entry_id} of the
 * seals; the entries are then read with their lines by id.
 */
final class JpaJournalSeals implements JournalSeals {

    private static final SealMapper MAPPER = SealMapper.INSTANCE;

    /** Ids per {@code in} list when entries are read by id. */
    private static final int ID_CHUNK = 1_000;

    private static final String CREATE_HEAD_POSTGRESQL = "insert into bo_journal_chain_heads "
            + "(tenant_id, last_sequence, last_hash) values (:tenant, 0, :genesis) on conflict (tenant_id) do nothing";

    private static final String CREATE_HEAD_H2 = "merge into bo_journal_chain_heads h "
            + "using (select cast(:tenant as varchar(64)) as tenant_id) s on h.tenant_id = s.tenant_id "
            + "when not matched then insert (tenant_id, last_sequence, last_hash) values (s.tenant_id, 0, :genesis)";

    private final JpaUnitOfWork uow;

    JpaJournalSeals(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public JournalChainHead lockHead(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return uow.withEntityManager(em -> {
            JournalChainHeadEntity head = em.find(JournalChainHeadEntity.class, tenant.value(),
                    LockModeType.PESSIMISTIC_WRITE);
            if (head == null) {
                em.createNativeQuery(uow.database(em) == Database.POSTGRESQL ? CREATE_HEAD_POSTGRESQL : CREATE_HEAD_H2)
                        .setParameter("tenant", tenant.value())
                        .setParameter("genesis", EntryDigest.GENESIS)
                        .executeUpdate();
                head = em.find(JournalChainHeadEntity.class, tenant.value(), LockModeType.PESSIMISTIC_WRITE);
                if (head == null) {
                    throw new IllegalStateException("the chain head of tenant " + tenant + " could not be created");
                }
            }
            return MAPPER.toDomain(head);
        });
    }

    @Override
    public JournalChainHead head(TenantId tenant) {
        Objects.requireNonNull(tenant, "tenant");
        return uow.readWithEntityManager(em -> {
            JournalChainHeadEntity head = em.find(JournalChainHeadEntity.class, tenant.value());
            return head == null ? JournalChainHead.genesis(tenant) : MAPPER.toDomain(head);
        });
    }

    @Override
    public void append(JournalChainHead newHead, List<JournalSeal> seals) {
        Objects.requireNonNull(newHead, "newHead");
        if (seals.isEmpty()) {
            return;
        }
        uow.withEntityManager(em -> {
            // the row is managed and locked since lockHead, in this same unit of work
            JournalChainHeadEntity head = em.find(JournalChainHeadEntity.class, newHead.tenant().value());
            if (head == null || head.getLastSequence() + seals.size() != newHead.sequence()
                    || seals.get(0).sequence() != head.getLastSequence() + 1) {
                throw new IllegalStateException("the seals do not continue the locked chain head of tenant "
                        + newHead.tenant());
            }
            for (JournalSeal seal : seals) {
                if (!seal.tenant().equals(newHead.tenant())) {
                    throw new IllegalStateException("seal " + seal.sequence() + " belongs to another tenant");
                }
                em.persist(MAPPER.toEntity(seal));
            }
            MAPPER.copy(newHead, head);
            em.flush();
            return null;
        });
    }

    @Override
    public List<JournalSeal> seals(TenantId tenant, long afterSequence, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select s from BoJournalSeal s where s.tenantId = :tenant and s.sequence > :after"
                                + " order by s.sequence", JournalSealEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("after", afterSequence)
                .setMaxResults(limit)
                .getResultStream()
                .map(MAPPER::toDomain)
                .toList());
    }

    @Override
    public List<JournalEntry> unsealedEntries(TenantId tenant, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            List<UUID> ids = em.createQuery(
                            "select e.id from BoJournalEntry e where e.tenantId = :tenant and e.postedAt is not null"
                                    + " and e.status <> :draft and not exists (select s.entryId from BoJournalSeal s"
                                    + " where s.tenantId = e.tenantId and s.entryId = e.id)"
                                    + " order by e.postedAt, e.id", UUID.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("draft", EntryStatus.DRAFT)
                    .setMaxResults(limit)
                    .getResultList();
            Map<UUID, JournalEntry> found = load(em, tenant, ids);
            List<JournalEntry> ordered = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                JournalEntry entry = found.get(id);
                if (entry != null) {
                    ordered.add(entry);
                }
            }
            return ordered;
        });
    }

    @Override
    public Map<JournalEntryId, JournalEntry> entries(TenantId tenant, Collection<JournalEntryId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<UUID> wanted = ids.stream().map(JournalEntryId::value).distinct().toList();
        return uow.readWithEntityManager(em -> {
            Map<JournalEntryId, JournalEntry> found = new HashMap<>(wanted.size() * 2);
            load(em, tenant, wanted).forEach((id, entry) -> found.put(entry.id(), entry));
            return found;
        });
    }

    /** The tenant's entries among the ids, with their lines, by id. */
    private static Map<UUID, JournalEntry> load(EntityManager em, TenantId tenant, List<UUID> ids) {
        Map<UUID, JournalEntry> found = new HashMap<>(ids.size() * 2);
        for (int from = 0; from < ids.size(); from += ID_CHUNK) {
            List<UUID> chunk = List.copyOf(new LinkedHashSet<>(ids.subList(from, Math.min(ids.size(), from + ID_CHUNK))));
            em.createQuery("select distinct e from BoJournalEntry e left join fetch e.lines"
                            + " where e.tenantId = :tenant and e.id in :ids", JournalEntryEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("ids", chunk)
                    // a list, not a stream: a streamed fetch join can hand out an entry before all its lines are read
                    .getResultList()
                    .forEach(entity -> found.put(entity.getId(), AggregateMapper.toDomain(entity)));
        }
        return found;
    }
}
