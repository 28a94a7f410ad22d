package dev.backoffice.jpa;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.spi.EventOutbox;
import dev.backoffice.jpa.entity.OutboxEventEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link EventOutbox} on {@code bo_outbox_events}. Events are stored Java-serialized
 * ({@link DomainEvent} is {@link java.io.Serializable}) in the same transaction as the change;
 * reading them back accepts only classes of the library's packages and of {@code java.base}.
 */
final class JpaEventOutbox implements EventOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(JpaEventOutbox.class);

    private static final ObjectInputFilter FILTER = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxrefs=10000;maxbytes=1048576;dev.backoffice.**;java.base/*;!*");

    private static final int IN_LIST_CHUNK = 500;

    private final JpaUnitOfWork uow;
    private final Clock clock;

    JpaEventOutbox(JpaUnitOfWork uow, Clock clock) {
        this.uow = uow;
        this.clock = clock;
    }

    @Override
    public void add(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        uow.withEntityManager(em -> {
            for (DomainEvent event : events) {
                OutboxEventEntity entity = new OutboxEventEntity();
                entity.setEventId(event.eventId());
                entity.setTenantId(event.tenant().value());
                entity.setEventType(event.eventType());
                entity.setOccurredAt(event.occurredAt());
                entity.setPayload(serialize(event));
                em.persist(entity);
            }
            return null;
        });
    }

    @Override
    public void markPublished(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<UUID> ids = eventIds.stream().distinct().toList();
        int marked = uow.inNewTransaction(em -> {
            if (uow.database(em) == BackOfficeMigrations.Database.POSTGRESQL) {
                // losing this mark in a crash only means the events are delivered again (at least once):
                // it need not wait for its own flush to disk
                em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
            }
            int count = 0;
            for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
                count += em.createQuery("update BoOutboxEvent o set o.publishedAt = :now "
                                + "where o.eventId in :ids and o.publishedAt is null")
                        .setParameter("now", clock.instant())
                        .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
                        .executeUpdate();
            }
            return count;
        });
        LOG.debug("Marked {} of {} outbox events published", marked, ids.size());
    }

    @Override
    public List<DomainEvent> unpublished(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return uow.readWithEntityManager(em -> {
            List<OutboxEventEntity> rows = em.createQuery(
                            "select o from BoOutboxEvent o where o.publishedAt is null order by o.occurredAt, o.eventId",
                            OutboxEventEntity.class)
                    .setMaxResults(limit)
                    .getResultList();
            List<DomainEvent> events = new ArrayList<>(rows.size());
            for (OutboxEventEntity row : rows) {
                events.add(deserialize(row));
            }
            return events;
        });
    }

    static byte[] serialize(DomainEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Domain event " + event.eventType() + " is not serializable", e);
        }
        return bytes.toByteArray();
    }

    static DomainEvent deserialize(OutboxEventEntity row) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(row.getPayload()))) {
            in.setObjectInputFilter(FILTER);
            return (DomainEvent) in.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("Outbox event " + row.getEventId() + " of type " + row.getEventType()
                    + " cannot be read back", e);
        }
    }
}
