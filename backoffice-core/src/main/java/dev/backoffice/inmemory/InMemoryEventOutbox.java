package dev.backoffice.inmemory;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.spi.EventOutbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The outbox in memory: events wait here from their unit of work until the publisher has taken
 * them. Published events are dropped, so memory does not grow with the journal.
 */
public final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<UUID, DomainEvent> pending = new LinkedHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryEventOutbox(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(List<DomainEvent> events) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        synchronized (pending) {
            for (DomainEvent event : events) {
                pending.put(event.eventId(), event);
            }
        }
        tx.onRollback(() -> {
            synchronized (pending) {
                events.forEach(e -> pending.remove(e.eventId()));
            }
        });
    }

    @Override
    public void markPublished(List<UUID> eventIds) {
        synchronized (pending) {
            eventIds.forEach(pending::remove);
        }
    }

    @Override
    public List<DomainEvent> unpublished(int limit) {
        synchronized (pending) {
            List<DomainEvent> oldest = new ArrayList<>(Math.min(limit, pending.size()));
            for (DomainEvent event : pending.values()) {
                if (oldest.size() >= limit) {
                    break;
                }
                oldest.add(event);
            }
            return oldest;
        }
    }
}
