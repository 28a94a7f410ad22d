package dev.backoffice.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The domain events an aggregate has recorded and not yet handed over: every aggregate keeps one
 * and publishes what {@link #pull()} returns. Nothing is allocated until the first event, and the
 * usual single event is kept in the immutable list that is handed out.
 */
public final class RecordedEvents {

    private List<DomainEvent> events;

    /**
     * Records an event, after the earlier ones.
     *
     * @param event the event, not null
     */
    public void record(DomainEvent event) {
        java.util.Objects.requireNonNull(event, "event");
        if (events == null) {
            events = List.of(event);
        } else {
            List<DomainEvent> more = new ArrayList<>(events.size() + 1);
            more.addAll(events);
            more.add(event);
            events = more;
        }
    }

    /**
     * The events recorded since the last call, in order, and forgets them.
     *
     * @return the recorded events, oldest first; empty when there are none
     */
    public List<DomainEvent> pull() {
        if (events == null) {
            return List.of();
        }
        List<DomainEvent> pulled = List.copyOf(events);
        events = null;
        return pulled;
    }
}
