package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Goods of a delivered (or returned) shipment that a customer is authorized to send back (a return
 * merchandise authorization), linked to that shipment by id: its lines (quantities in the items' base
 * units), the carrier's return label once obtained, and its history. Its steps:
 *
 * <table>
 *   <caption>Steps of a return shipment</caption>
 *   <tr><th>step</th><th>from</th><th>to</th></tr>
 *   <tr><td>{@code LABEL}</td><td>{@code AUTHORIZED}</td><td>{@code LABELLED}</td></tr>
 *   <tr><td>{@code DEPART}</td><td>{@code AUTHORIZED}, {@code LABELLED}</td><td>{@code IN_TRANSIT}</td></tr>
 *   <tr><td>{@code RECEIVE}</td><td>{@code AUTHORIZED}, {@code LABELLED}, {@code IN_TRANSIT}</td><td>{@code RECEIVED}</td></tr>
 *   <tr><td>{@code CANCEL}</td><td>{@code AUTHORIZED}, {@code LABELLED}</td><td>{@code CANCELLED}</td></tr>
 * </table>
 *
 * The table is data ({@link ReturnShipmentLifecycle}); any other step is refused with
 * {@code shipments.return_shipment.not_allowed}. Every step is appended to its history with the
 * actor and the time, and records a past-tense event. Receiving the goods into stock is the
 * shipment's business ({@link Shipment#receiveReturn}), in the same unit of work.
 */
public final class ReturnShipment {

    private final ReturnShipmentId id;
    private final TenantId tenant;
    private final ShipmentId shipment;
    private final String reason;
    private final List<ShipmentLine> lines;
    private ReturnShipmentStatus status;
    private String trackingNumber;
    private String label;
    private final List<ReturnShipmentStep> history;
    private final Instant createdAt;
    private final String createdBy;
    private final long version;
    private final List<DomainEvent> events = new ArrayList<>();

    private ReturnShipment(ReturnShipmentId id, TenantId tenant, ShipmentId shipment, String reason,
                           List<ShipmentLine> lines, ReturnShipmentStatus status, String trackingNumber, String label,
                           List<ReturnShipmentStep> history, Instant createdAt, String createdBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.shipment = Objects.requireNonNull(shipment, "shipment");
        this.reason = reason;
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.trackingNumber = trackingNumber;
        this.label = label;
        this.history = new ArrayList<>(history == null ? List.of() : history);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.version = version;
    }

    /**
     * Authorizes a return of a shipment's goods. Refused with {@code shipments.lines.invalid} without
     * lines or with lines not numbered 1, 2, ...; that the shipment carried them is the caller's check.
     *
     * @param id       its id
     * @param tenant   its tenant
     * @param shipment the shipment whose goods come back
     * @param reason   the customer's reason, or null
     * @param lines    what comes back, in the items' base units
     * @param actor    who authorizes it
     * @param now      when
     * @param ids      makes event ids
     * @return the return shipment, {@code AUTHORIZED}
     */
    public static ReturnShipment authorize(ReturnShipmentId id, TenantId tenant, ShipmentId shipment, String reason,
                                           List<ShipmentLine> lines, String actor, Instant now, Supplier<UUID> ids) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.LINES_INVALID, "A return needs at least one line.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new RuleViolationException(ShipmentsError.LINES_INVALID, "Return lines are numbered 1, 2, ...");
            }
        }
        ReturnShipment created = new ReturnShipment(id, tenant, shipment, reason, lines, ReturnShipmentStatus.AUTHORIZED,
                null, null, List.of(), now, actor, 0);
        created.events.add(new ReturnShipmentAuthorized(ids.get(), tenant, now, id, shipment,
                ReturnShipmentStatus.AUTHORIZED, actor));
        return created;
    }

    /**
     * Rebuilds a stored return shipment (for adapters).
     *
     * @param id             its id
     * @param tenant         its tenant
     * @param shipment       the shipment whose goods come back
     * @param reason         the customer's reason, or null
     * @param lines          its lines
     * @param status         its state
     * @param trackingNumber the return label's tracking number, or null
     * @param label          the return label, or null
     * @param history        its steps, oldest first
     * @param createdAt      when it was authorized
     * @param createdBy      who authorized it
     * @param version        the stored version
     * @return the return shipment
     */
    public static ReturnShipment restore(ReturnShipmentId id, TenantId tenant, ShipmentId shipment, String reason,
                                         List<ShipmentLine> lines, ReturnShipmentStatus status, String trackingNumber,
                                         String label, List<ReturnShipmentStep> history, Instant createdAt,
                                         String createdBy, long version) {
        return new ReturnShipment(id, tenant, shipment, reason, lines, status, trackingNumber, label, history,
                createdAt, createdBy, version);
    }

    /**
     * Whether the table allows the step from the current state.
     *
     * @param transition the step
     * @return whether {@link ReturnShipmentLifecycle} allows it now
     */
    public boolean allows(ReturnShipmentTransition transition) {
        return ReturnShipmentLifecycle.next(status, transition).isPresent();
    }

    /**
     * Checks that a step is allowed now: refused with {@code shipments.return_shipment.not_allowed}
     * when {@link ReturnShipmentLifecycle}'s table does not allow it from the current state.
     *
     * @param transition the step
     * @return the state the step leads to
     */
    public ReturnShipmentStatus require(ReturnShipmentTransition transition) {
        ReturnShipmentStatus from = status;
        return ReturnShipmentLifecycle.next(from, transition).orElseThrow(() -> new RuleViolationException(
                ShipmentsError.RETURN_SHIPMENT_NOT_ALLOWED, "Return " + id + " is " + from + ": it cannot "
                + transition.name().toLowerCase(Locale.ROOT) + "."));
    }

    /**
     * Keeps the carrier's return label: the {@code LABEL} step, see {@link #advance}.
     *
     * @param number the label's tracking number
     * @param text   the printable label
     * @param actor  who asked for it
     * @param now    when
     * @param ids    makes event ids
     * @return the step taken
     */
    public ReturnShipmentStep label(String number, String text, String actor, Instant now, Supplier<UUID> ids) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        ReturnShipmentStep taken = take(ReturnShipmentTransition.LABEL, actor, now, null, ids);
        trackingNumber = number;
        label = text;
        return taken;
    }

    /**
     * Takes the step: refused with {@code shipments.return_shipment.not_allowed} when the table does
     * not allow it from the current state. Appends it to the history with the actor and the time, and
     * records its event. Receiving the goods into stock is the shipment's business, in the same unit
     * of work, before the {@code RECEIVE} step. The {@code LABEL} step keeps a label, so it is taken
     * through {@link #label} only (an {@link IllegalArgumentException} here): a labelled return always
     * has its label.
     *
     * @param transition the step
     * @param actor      who takes it
     * @param now        when
     * @param note       why, or null
     * @param ids        makes event ids
     * @return the step taken
     */
    public ReturnShipmentStep advance(ReturnShipmentTransition transition, String actor, Instant now, String note,
                                      Supplier<UUID> ids) {
        if (transition == ReturnShipmentTransition.LABEL) {
            throw new IllegalArgumentException("the LABEL step keeps the carrier's label: take it through label(..)");
        }
        return take(transition, actor, now, note, ids);
    }

    private ReturnShipmentStep take(ReturnShipmentTransition transition, String actor, Instant now, String note,
                                    Supplier<UUID> ids) {
        ReturnShipmentStatus from = status;
        ReturnShipmentStatus to = require(transition);
        ReturnShipmentStep taken = new ReturnShipmentStep(transition, from, to, actor, now, note);
        history.add(taken);
        status = to;
        UUID eventId = ids.get();
        events.add(switch (transition) {
            case LABEL -> new ReturnShipmentLabelled(eventId, tenant, now, id, shipment, to, actor);
            case DEPART -> new ReturnShipmentDeparted(eventId, tenant, now, id, shipment, to, actor);
            case RECEIVE -> new ReturnShipmentReceived(eventId, tenant, now, id, shipment, to, actor);
            case CANCEL -> new ReturnShipmentCancelled(eventId, tenant, now, id, shipment, to, actor);
        });
        return taken;
    }

    /**
     * One of its lines.
     *
     * @param number the line's number
     * @return the line, or null when it has no line of that number
     */
    public ShipmentLine line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /** {@return the events recorded since the last call, and forgets them} */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    /** {@return its id} */
    public ReturnShipmentId id() {
        return id;
    }

    /** {@return its tenant} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the shipment whose goods come back} */
    public ShipmentId shipment() {
        return shipment;
    }

    /** {@return the customer's reason, or null} */
    public String reason() {
        return reason;
    }

    /** {@return what comes back, in the items' base units} */
    public List<ShipmentLine> lines() {
        return lines;
    }

    /** {@return its state} */
    public ReturnShipmentStatus status() {
        return status;
    }

    /** {@return the return label's tracking number, or null before it was obtained} */
    public String trackingNumber() {
        return trackingNumber;
    }

    /** {@return the printable return label, or null before it was obtained} */
    public String label() {
        return label;
    }

    /** {@return its steps, oldest first} */
    public List<ReturnShipmentStep> history() {
        return List.copyOf(history);
    }

    /** {@return when it was authorized} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return who authorized it} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return the version it was read at} */
    public long version() {
        return version;
    }
}
