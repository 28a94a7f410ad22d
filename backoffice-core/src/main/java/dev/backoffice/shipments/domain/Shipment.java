package dev.backoffice.shipments.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Goods leaving an origin stock location (a warehouse or a location in it, by id) for a destination
 * address, line by line, promised for a date. Its state changes only along
 * {@link ShipmentLifecycle}'s table; every step is appended to its history with the actor and the
 * time, and records a past-tense event. What a step does to stock is the application's business,
 * through the stock context's api.
 */
public final class Shipment {

    private final ShipmentId id;
    private final TenantId tenant;
    private final String reference;
    private final UUID origin;
    private final Address destination;
    private List<ShipmentLine> lines;
    private final LocalDate promisedDate;
    private ShipmentStatus status;
    private final List<ShipmentStep> history;
    private DeliveryProof deliveryProof;
    private List<ShipmentPackage> packages;
    private CarrierBooking booking;
    private final List<PackageTracking> tracking;
    private final List<ReturnedGoods> returns;
    private final ShipmentId backorderOf;
    private ShipmentId backorder;
    private final Instant createdAt;
    private final String createdBy;
    private final long version;
    private List<DomainEvent> events;

    private Shipment(ShipmentId id, TenantId tenant, String reference, UUID origin, Address destination,
                     List<ShipmentLine> lines, LocalDate promisedDate, ShipmentStatus status, List<ShipmentStep> history,
                     DeliveryProof deliveryProof, List<ShipmentPackage> packages, ShipmentId backorderOf,
                     ShipmentId backorder, CarrierBooking booking, List<PackageTracking> tracking,
                     List<ReturnedGoods> returns, Instant createdAt, String createdBy, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.reference = reference;
        this.origin = Objects.requireNonNull(origin, "origin");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.lines = List.copyOf(lines);
        this.promisedDate = Objects.requireNonNull(promisedDate, "promisedDate");
        this.status = Objects.requireNonNull(status, "status");
        this.history = new ArrayList<>(history);
        this.deliveryProof = deliveryProof;
        this.packages = packages == null ? List.of() : List.copyOf(packages);
        this.backorderOf = backorderOf;
        this.backorder = backorder;
        this.booking = booking;
        this.tracking = new ArrayList<>(tracking == null ? List.of() : tracking);
        this.returns = new ArrayList<>(returns == null ? List.of() : returns);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.version = version;
    }

    /**
     * A new draft: nothing is reserved yet. Records {@link ShipmentDrafted}.
     *
     * @param id           its id, made by the application
     * @param tenant       the tenant it belongs to
     * @param reference    the host's reference (an order), or null
     * @param origin       the id of the internal stock location its goods leave from
     * @param destination  where it goes
     * @param lines        what it carries, numbered 1, 2, ...
     * @param promisedDate when the customer was promised it
     * @param actor        who drafts it
     * @param now          the time, on the injected clock
     * @param ids          where the ids of its events come from
     * @return the draft
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.lines.invalid} without lines
     *         or with lines not numbered 1, 2, ...
     */
    public static Shipment draft(ShipmentId id, TenantId tenant, String reference, UUID origin, Address destination,
                                 List<ShipmentLine> lines, LocalDate promisedDate, String actor, Instant now,
                                 Supplier<UUID> ids) {
        return draft(id, tenant, reference, origin, destination, lines, promisedDate, null, actor, now, ids);
    }

    private static Shipment draft(ShipmentId id, TenantId tenant, String reference, UUID origin, Address destination,
                                  List<ShipmentLine> lines, LocalDate promisedDate, ShipmentId backorderOf, String actor,
                                  Instant now, Supplier<UUID> ids) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.LINES_INVALID, "A shipment needs at least one line.");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).number() != i + 1) {
                throw new RuleViolationException(ShipmentsError.LINES_INVALID, "Shipment lines are numbered 1, 2, ...");
            }
        }
        Shipment shipment = new Shipment(id, tenant, reference, origin, destination, lines, promisedDate,
                ShipmentStatus.DRAFT, List.of(), null, List.of(), backorderOf, null, null, List.of(), List.of(), now,
                actor, 0);
        shipment.record(new ShipmentDrafted(ids.get(), tenant, now, id, reference, origin, lines.size(), promisedDate,
                actor));
        return shipment;
    }

    /**
     * Rebuilds a stored shipment as it was, for adapters: no invariant is checked and no event recorded.
     *
     * @param id            its id
     * @param tenant        the tenant it belongs to
     * @param reference     the host's reference, or null
     * @param origin        the id of the internal stock location its goods leave from
     * @param destination   where it goes
     * @param lines         its lines
     * @param promisedDate  when the customer was promised it
     * @param status        its state
     * @param history       its steps, oldest first
     * @param deliveryProof its proof of delivery, or null
     * @param packages      its packages, or none
     * @param backorderOf   the shipment it was split off from, or null
     * @param backorder     the draft split off it, or null
     * @param booking       its booking with the carrier, or null
     * @param tracking      the tracking events of its packages, or none
     * @param returns       the goods that came back, or none
     * @param createdAt     when it was drafted
     * @param createdBy     who drafted it
     * @param version       the stored version, for optimistic locking
     * @return the shipment
     */
    public static Shipment restore(ShipmentId id, TenantId tenant, String reference, UUID origin, Address destination,
                                   List<ShipmentLine> lines, LocalDate promisedDate, ShipmentStatus status,
                                   List<ShipmentStep> history, DeliveryProof deliveryProof,
                                   List<ShipmentPackage> packages, ShipmentId backorderOf, ShipmentId backorder,
                                   CarrierBooking booking, List<PackageTracking> tracking,
                                   List<ReturnedGoods> returns, Instant createdAt, String createdBy, long version) {
        return new Shipment(id, tenant, reference, origin, destination, lines, promisedDate, status, history,
                deliveryProof, packages, backorderOf, backorder, booking, tracking, returns, createdAt, createdBy,
                version);
    }

    /**
     * Whether goods can come back from it: delivered, or returned to the sender by the carrier.
     *
     * @return true when delivered or returned
     */
    public boolean receivesReturns() {
        return status == ShipmentStatus.DELIVERED || status == ShipmentStatus.RETURNED;
    }

    /**
     * Records goods that came back, and {@link ShipmentGoodsReturned}. That they do not exceed what it
     * carried is checked by the caller, which knows the items' units; moving them into stock is the
     * caller's too.
     *
     * @param goods what came back, at least one
     * @param actor who received it
     * @param now   the time, on the injected clock
     * @param ids   where the ids of its events come from
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.return.not_allowed} unless
     *         it is delivered or returned
     */
    public void receiveReturn(List<ReturnedGoods> goods, String actor, Instant now, Supplier<UUID> ids) {
        if (!receivesReturns()) {
            throw new RuleViolationException(ShipmentsError.RETURN_NOT_ALLOWED, "Shipment " + id + " is " + status
                    + ": goods come back from a delivered or returned shipment.");
        }
        if (goods.isEmpty()) {
            throw new IllegalArgumentException("a return has goods");
        }
        returns.addAll(goods);
        record(new ShipmentGoodsReturned(ids.get(), tenant, now, id, reference, goods.size(),
                goods.stream().anyMatch(ReturnedGoods::damaged), actor));
    }

    /**
     * The goods that came back, in the order they were received.
     *
     * @return the returned goods, a copy
     */
    public List<ReturnedGoods> returns() {
        return List.copyOf(returns);
    }

    /**
     * Whether it may be booked with the carrier now: packed, and not booked yet.
     *
     * @return true when packed and without a booking
     */
    public boolean bookable() {
        return status == ShipmentStatus.PACKED && booking == null;
    }

    /**
     * Keeps the carrier's booking and records {@link ShipmentBooked}.
     *
     * @param made  the booking, with one tracking number and label per package
     * @param actor who booked it
     * @param now   the time, on the injected clock
     * @param ids   where the ids of its events come from
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.not_allowed} when it
     *         is not packed, is booked already, or the booking has not one tracking number per package
     */
    public void book(CarrierBooking made, String actor, Instant now, Supplier<UUID> ids) {
        if (!bookable() || made.trackingNumbers().size() != packages.size()) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NOT_ALLOWED, "Shipment " + id
                    + " is booked once it is packed, with one tracking number per package, and only once.");
        }
        booking = made;
        record(new ShipmentBooked(ids.get(), tenant, now, id, reference, made.reference(), made.service(),
                made.trackingNumbers(), actor));
    }

    /**
     * Drops the booking of a shipment that has not left and records {@link ShipmentBookingCancelled};
     * cancelling it at the carrier is the caller's business.
     *
     * @param actor who cancelled it
     * @param now   the time, on the injected clock
     * @param ids   where the ids of its events come from
     * @return the booking dropped
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.booking.none} without a
     *         booking; {@code shipments.booking.not_allowed} once it has left
     */
    public CarrierBooking dropBooking(String actor, Instant now, Supplier<UUID> ids) {
        if (booking == null) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NONE, "Shipment " + id + " has no booking.");
        }
        if (hasLeft()) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NOT_ALLOWED,
                    "Shipment " + id + " has left: its booking can no longer be cancelled.");
        }
        CarrierBooking dropped = booking;
        booking = null;
        record(new ShipmentBookingCancelled(ids.get(), tenant, now, id, reference, dropped.reference(), actor));
        return dropped;
    }

    /**
     * Records a tracking event of one of its packages. A duplicate (same carrier event id) changes
     * nothing and returns false. The state follows the latest event of each package (by the time it
     * happened, so an event that arrives late never moves the state back): every package delivered
     * delivers the shipment (proof: the last delivery's time and signatory); a package whose latest
     * event is a failed delivery fails it; every package returned returns it; a package in transit
     * takes a shipped (or failed) shipment into transit. Steps the table does not allow are skipped.
     *
     * @param event the carrier's event
     * @param actor who records it
     * @param now   the time, on the injected clock
     * @param ids   where the ids of its events come from
     * @return true when recorded, false for a duplicate
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.tracking.unknown} when it
     *         has no booking or no package with the event's tracking number
     */
    public boolean track(PackageTracking event, String actor, Instant now, Supplier<UUID> ids) {
        if (booking == null || !booking.trackingNumbers().contains(event.trackingNumber())) {
            throw new RuleViolationException(ShipmentsError.TRACKING_UNKNOWN, "Shipment " + id
                    + " has no package with tracking number " + event.trackingNumber() + ".");
        }
        for (PackageTracking known : tracking) {
            if (known.eventId().equals(event.eventId())) {
                return false;
            }
        }
        tracking.add(event);
        tracking.sort(java.util.Comparator.comparing(PackageTracking::occurredAt).thenComparing(PackageTracking::eventId));
        java.util.Map<String, PackageTracking> latest = new java.util.HashMap<>();
        for (PackageTracking known : tracking) {
            latest.put(known.trackingNumber(), known);
        }
        List<PackageTracking> last = booking.trackingNumbers().stream().map(latest::get).toList();
        boolean allKnown = last.stream().allMatch(Objects::nonNull);
        if (allKnown && last.stream().allMatch(t -> t.status() == TrackingStatus.DELIVERED)) {
            if (allows(ShipmentTransition.DELIVER)) {
                PackageTracking proof = last.stream().max(java.util.Comparator.comparing(PackageTracking::occurredAt))
                        .orElseThrow();
                deliver(new DeliveryProof(proof.occurredAt(), proof.signatory()), actor, now, ids);
            }
        } else if (allKnown && last.stream().allMatch(t -> t.status() == TrackingStatus.RETURNED)) {
            if (allows(ShipmentTransition.FAIL_DELIVERY)) {
                advance(ShipmentTransition.FAIL_DELIVERY, actor, now, "returned by the carrier", ids);
            }
            if (allows(ShipmentTransition.RETURN)) {
                advance(ShipmentTransition.RETURN, actor, now, "returned by the carrier", ids);
            }
        } else if (last.stream().anyMatch(t -> t != null && t.status() == TrackingStatus.DELIVERY_FAILED)) {
            if (allows(ShipmentTransition.FAIL_DELIVERY)) {
                advance(ShipmentTransition.FAIL_DELIVERY, actor, now, "reported by the carrier", ids);
            }
        } else if (last.stream().anyMatch(t -> t != null && (t.status() == TrackingStatus.IN_TRANSIT
                || t.status() == TrackingStatus.OUT_FOR_DELIVERY))) {
            if (allows(ShipmentTransition.DEPART)) {
                advance(ShipmentTransition.DEPART, actor, now, "reported by the carrier", ids);
            } else if (allows(ShipmentTransition.RETRY_DELIVERY)) {
                advance(ShipmentTransition.RETRY_DELIVERY, actor, now, "reported by the carrier", ids);
            }
        }
        return true;
    }

    /**
     * Splits a draft before it is confirmed: it keeps {@code kept}, and {@code rest} becomes a new
     * draft with the same origin, destination, reference and promised date, linked to it as its
     * backorder. Both lists are non-empty; lines are renumbered from 1. Records
     * {@link ShipmentBackordered} on this shipment and {@link ShipmentDrafted} on the new one.
     *
     * @param backorderId the new draft's id
     * @param kept        the lines this shipment keeps
     * @param rest        the lines the backorder carries
     * @param actor       who confirms
     * @param now         the time, on the injected clock
     * @param ids         where the ids of the events come from
     * @return the new draft, the backorder
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed}
     *         when it is not a draft
     */
    public Shipment splitOff(ShipmentId backorderId, List<ShipmentLine> kept, List<ShipmentLine> rest, String actor,
                             Instant now, Supplier<UUID> ids) {
        require(ShipmentTransition.CONFIRM);
        if (backorder != null || kept.isEmpty() || rest.isEmpty()) {
            throw new IllegalArgumentException("a draft splits once, into two non-empty parts");
        }
        Shipment split = draft(backorderId, tenant, reference, origin, destination, renumbered(rest), promisedDate, id,
                actor, now, ids);
        lines = renumbered(kept);
        backorder = backorderId;
        record(new ShipmentBackordered(ids.get(), tenant, now, id, reference, backorderId, rest.size(), actor));
        return split;
    }

    private static List<ShipmentLine> renumbered(List<ShipmentLine> lines) {
        List<ShipmentLine> numbered = new ArrayList<>(lines.size());
        for (ShipmentLine line : lines) {
            numbered.add(new ShipmentLine(numbered.size() + 1, line.item(), line.quantity(), line.lot(), line.serials()));
        }
        return List.copyOf(numbered);
    }

    /**
     * Packs it into packages: the {@code PACK} step, see {@link #advance}. Unpacking drops them.
     *
     * @param into  the packages, numbered 1, 2, ...; at least one
     * @param actor who packed it
     * @param now   the time, on the injected clock
     * @param note  why, or null
     * @param ids   where the ids of its events come from
     * @return the step taken
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.package.invalid} without
     *         packages or with packages not numbered 1, 2, ...; {@code shipments.transition.not_allowed}
     *         when it is not picked
     */
    public ShipmentStep pack(List<ShipmentPackage> into, String actor, Instant now, String note, Supplier<UUID> ids) {
        if (into == null || into.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID, "A shipment is packed into at least one package.");
        }
        for (int i = 0; i < into.size(); i++) {
            if (into.get(i).number() != i + 1) {
                throw new RuleViolationException(ShipmentsError.PACKAGE_INVALID, "Packages are numbered 1, 2, ...");
            }
        }
        ShipmentStep taken = advance(ShipmentTransition.PACK, actor, now, note, ids);
        packages = List.copyOf(into);
        return taken;
    }

    /**
     * Whether the table allows the step from the current state.
     *
     * @param step the step
     * @return true when {@link ShipmentLifecycle} has it from the current state
     */
    public boolean allows(ShipmentTransition step) {
        return ShipmentLifecycle.next(status, step).isPresent();
    }

    /**
     * Where the step leads from the current state, without taking it.
     *
     * @param step the step
     * @return the state it leads to
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed}
     *         when the table does not allow it; {@code shipments.booking.not_allowed} when it unpacks or
     *         cancels a shipment booked with the carrier
     */
    public ShipmentStatus require(ShipmentTransition step) {
        ShipmentStatus from = status;
        if (booking != null && (step == ShipmentTransition.UNPACK || step == ShipmentTransition.CANCEL)) {
            throw new RuleViolationException(ShipmentsError.BOOKING_NOT_ALLOWED,
                    "Shipment " + id + " is booked with the carrier: cancel the booking first.");
        }
        return ShipmentLifecycle.next(from, step).orElseThrow(() -> new RuleViolationException(
                ShipmentsError.TRANSITION_NOT_ALLOWED, "Shipment " + id + " is " + from + ": it cannot "
                + step.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "."));
    }

    /**
     * Takes the step, appends it to the history and records its event ({@code ShipmentConfirmed},
     * {@code ShipmentPicked}, ...). Unpacking drops the packages.
     *
     * @param step  the step
     * @param actor who takes it
     * @param now   the time, on the injected clock
     * @param note  why, or null
     * @param ids   where the ids of its events come from
     * @return the step taken
     * @throws dev.backoffice.common.RuleViolationException as {@link #require} does
     */
    public ShipmentStep advance(ShipmentTransition step, String actor, Instant now, String note, Supplier<UUID> ids) {
        ShipmentStatus from = status;
        ShipmentStatus to = require(step);
        ShipmentStep taken = new ShipmentStep(step, from, to, actor, now, note);
        status = to;
        history.add(taken);
        if (step == ShipmentTransition.UNPACK) {
            packages = List.of();
        }
        record(event(step, ids.get(), now, from, actor));
        return taken;
    }

    /**
     * Delivers it with a proof of delivery; see {@link #advance}.
     *
     * @param proof when it was handed over and who signed
     * @param actor who records it
     * @param now   the time, on the injected clock
     * @param ids   where the ids of its events come from
     * @return the step taken
     * @throws dev.backoffice.common.RuleViolationException {@code shipments.transition.not_allowed}
     *         unless it is shipped or in transit
     */
    public ShipmentStep deliver(DeliveryProof proof, String actor, Instant now, Supplier<UUID> ids) {
        Objects.requireNonNull(proof, "proof");
        ShipmentStep taken = advance(ShipmentTransition.DELIVER, actor, now,
                proof.signatory() == null ? null : "signed by " + proof.signatory(), ids);
        deliveryProof = proof;
        return taken;
    }

    private DomainEvent event(ShipmentTransition step, UUID eventId, Instant now, ShipmentStatus from, String actor) {
        return switch (step) {
            case CONFIRM -> new ShipmentConfirmed(eventId, tenant, now, id, reference, from, actor);
            case PICK -> new ShipmentPicked(eventId, tenant, now, id, reference, from, actor);
            case UNPICK -> new ShipmentUnpicked(eventId, tenant, now, id, reference, from, actor);
            case PACK -> new ShipmentPacked(eventId, tenant, now, id, reference, from, actor);
            case UNPACK -> new ShipmentUnpacked(eventId, tenant, now, id, reference, from, actor);
            case SHIP -> new ShipmentDispatched(eventId, tenant, now, id, reference, from, actor);
            case DEPART -> new ShipmentDeparted(eventId, tenant, now, id, reference, from, actor);
            case DELIVER -> new ShipmentDelivered(eventId, tenant, now, id, reference, from, actor);
            case FAIL_DELIVERY -> new ShipmentDeliveryFailed(eventId, tenant, now, id, reference, from, actor);
            case RETRY_DELIVERY -> new ShipmentDeliveryRetried(eventId, tenant, now, id, reference, from, actor);
            case RETURN -> new ShipmentReturned(eventId, tenant, now, id, reference, from, actor);
            case CANCEL -> new ShipmentCancelled(eventId, tenant, now, id, reference, from, actor);
        };
    }

    private void record(DomainEvent event) {
        if (events == null) {
            events = new ArrayList<>(1);
        }
        events.add(event);
    }

    /**
     * The events recorded since the last call, which the caller publishes.
     *
     * @return the events, oldest first; none when nothing happened
     */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> pulled = events == null ? List.of() : List.copyOf(events);
        events = null;
        return pulled;
    }

    /**
     * Whether it left its origin (its stock was issued): shipped, in transit, delivered, failed or returned.
     *
     * @return true once shipped
     */
    public boolean hasLeft() {
        return switch (status) {
            case SHIPPED, IN_TRANSIT, DELIVERED, DELIVERY_FAILED, RETURNED -> true;
            default -> false;
        };
    }

    /**
     * Whether its stock is reserved at its origin: confirmed, picked or packed.
     *
     * @return true while it holds reservations
     */
    public boolean holdsStock() {
        return status == ShipmentStatus.CONFIRMED || status == ShipmentStatus.PICKED || status == ShipmentStatus.PACKED;
    }

    /**
     * The demand its stock is reserved and issued for in the stock context.
     *
     * @return {@code shipment/} and its id
     */
    public String demand() {
        return "shipment/" + id;
    }

    /**
     * Its id.
     *
     * @return the id
     */
    public ShipmentId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The host's reference (an order).
     *
     * @return the reference, or null
     */
    public String reference() {
        return reference;
    }

    /**
     * The internal stock location (by id) its goods leave from.
     *
     * @return the location's id
     */
    public UUID origin() {
        return origin;
    }

    /**
     * Where it goes.
     *
     * @return the address
     */
    public Address destination() {
        return destination;
    }

    /**
     * What it carries, numbered 1, 2, ...
     *
     * @return the lines, immutable
     */
    public List<ShipmentLine> lines() {
        return lines;
    }

    /**
     * When the customer was promised it.
     *
     * @return the date
     */
    public LocalDate promisedDate() {
        return promisedDate;
    }

    /**
     * Where it is in its life.
     *
     * @return the state
     */
    public ShipmentStatus status() {
        return status;
    }

    /**
     * Every step taken, oldest first.
     *
     * @return the steps, a copy
     */
    public List<ShipmentStep> history() {
        return List.copyOf(history);
    }

    /**
     * When it was delivered and who signed.
     *
     * @return the proof once delivered, else empty
     */
    public Optional<DeliveryProof> deliveryProof() {
        return Optional.ofNullable(deliveryProof);
    }

    /**
     * Its packages once packed, in order; empty before packing and after unpacking.
     *
     * @return the packages, immutable
     */
    public List<ShipmentPackage> packages() {
        return packages;
    }

    /**
     * Its booking with the carrier.
     *
     * @return the booking, or empty when not booked
     */
    public Optional<CarrierBooking> booking() {
        return Optional.ofNullable(booking);
    }

    /**
     * The tracking events of its packages, in the order they happened.
     *
     * @return the events, a copy
     */
    public List<PackageTracking> tracking() {
        return List.copyOf(tracking);
    }

    /**
     * The shipment it was split from as that one's backorder.
     *
     * @return that shipment, or empty when it was drafted on its own
     */
    public Optional<ShipmentId> backorderOf() {
        return Optional.ofNullable(backorderOf);
    }

    /**
     * Its backorder: the shipment the lines not available on confirmation went to.
     *
     * @return the backorder, or empty when none was split off
     */
    public Optional<ShipmentId> backorder() {
        return Optional.ofNullable(backorder);
    }

    /**
     * When it was drafted.
     *
     * @return the time
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * Who drafted it.
     *
     * @return the actor's id
     */
    public String createdBy() {
        return createdBy;
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version; 0 for a new shipment
     */
    public long version() {
        return version;
    }
}
