package dev.backoffice.common.spi;

import dev.backoffice.common.DomainEvent;

import java.util.List;
import java.util.UUID;

/**
 * Stores domain events in the same unit of work as the change that recorded them, so that an
 * event is never lost when the process dies between commit and publication.
 */
public interface EventOutbox {

    /**
     * Adds events to the current unit of work.
     *
     * @param events the events recorded by the call
     */
    void add(List<DomainEvent> events);

    /**
     * Marks events as handed to the host's publisher (in a unit of work of its own).
     *
     * @param eventIds the ids of the events delivered
     */
    void markPublished(List<UUID> eventIds);

    /**
     * Events stored but not yet published, oldest first, for a relay after a crash.
     *
     * @param limit at most this many events
     * @return the unpublished events, never null
     */
    List<DomainEvent> unpublished(int limit);
}
