package dev.backoffice.common;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in the back office, named in the past tense
 * ({@code JournalEntryPosted}). Aggregates record events; the library publishes them through
 * {@link dev.backoffice.common.spi.DomainEventPublisher} after the unit of work commits.
 */
public interface DomainEvent extends Serializable {

    /**
     * Unique id of this event, for de-duplication by consumers.
     *
     * @return the event id, a time-ordered UUID
     */
    UUID eventId();

    /** {@return the tenant in which the event happened} */
    TenantId tenant();

    /** {@return when the event happened, from the library's clock} */
    Instant occurredAt();

    /**
     * A stable name of the event type, by default the simple class name.
     *
     * @return the event type name
     */
    default String eventType() {
        return getClass().getSimpleName();
    }
}
