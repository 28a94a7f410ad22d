package dev.backoffice.common.spi;

import dev.backoffice.common.DomainEvent;

import java.util.List;

/**
 * Where the library hands domain events to the host, after the unit of work that recorded them
 * has committed. Delivery is at least once: a consumer de-duplicates by
 * {@link DomainEvent#eventId()}.
 */
@FunctionalInterface
public interface DomainEventPublisher {

    /**
     * Hands events to the host, in the order they were recorded. A failure leaves them in the outbox for a
     * later relay.
     *
     * @param events the events of one committed unit of work, or a relayed batch
     */
    void publish(List<DomainEvent> events);

    /**
     * A publisher that drops every event, the default when the host registers none. With it the
     * library does not keep events at all (nobody listens): no outbox row, no after-commit work.
     *
     * @return the publisher that drops every event
     */
    static DomainEventPublisher none() {
        return Nobody.NOBODY;
    }

    /** The one publisher that drops everything, so that the library can recognise it. */
    enum Nobody implements DomainEventPublisher {
        /** The only instance. */
        NOBODY;

        @Override
        public void publish(List<DomainEvent> events) {
            // nobody listens
        }
    }
}
