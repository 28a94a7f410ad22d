package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Stock of one item held for a demand (a reference the host gives: an order, a job) in one
 * location and lot, in the item's base unit. Issues for the demand consume it; the rest can be
 * released. It is open while some of it is neither consumed nor released. The reserved quantity
 * of the stock row it holds always equals the sum of the open rest of the row's reservations.
 */
public final class Reservation {

    private final ReservationId id;
    private final TenantId tenant;
    private final UUID request;
    private final String demand;
    private final ItemId item;
    private final LocationId location;
    private final String lot;
    private final String unit;
    private final BigDecimal quantity;
    private BigDecimal consumed;
    private BigDecimal released;
    private ReservationStatus status;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Reservation(ReservationId id, TenantId tenant, UUID request, String demand, ItemId item, LocationId location,
                        String lot, String unit, BigDecimal quantity, BigDecimal consumed, BigDecimal released,
                        ReservationStatus status, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.request = Objects.requireNonNull(request, "request");
        this.demand = Objects.requireNonNull(demand, "demand");
        this.item = Objects.requireNonNull(item, "item");
        this.location = Objects.requireNonNull(location, "location");
        this.lot = Objects.requireNonNull(lot, "lot");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.consumed = Objects.requireNonNull(consumed, "consumed");
        this.released = Objects.requireNonNull(released, "released");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * A new open reservation of a positive quantity; records {@link StockReserved}. The caller has
     * added the quantity to the row's reserved quantity in the same unit of work.
     *
     * @param request the reserve call (or backorder) it came from
     * @param id       its id
     * @param tenant   the tenant it belongs to
     * @param demand   the host's reference of the demand (an order, a job)
     * @param item     the stock item
     * @param location the internal location it holds stock in
     * @param lot      the lot code or serial number, or {@link StockQuant#NO_LOT} for an untracked item
     * @param quantity what it holds, in the base unit, more than zero
     * @param now      the time of the change, from the injected clock
     * @param ids      makes the ids of the events it records
     * @return the new reservation
     */
    public static Reservation hold(ReservationId id, TenantId tenant, UUID request, String demand, StockItem item,
                                   LocationId location, String lot, BigDecimal quantity, Instant now, Supplier<UUID> ids) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("a reservation holds a positive quantity");
        }
        Reservation reservation = new Reservation(id, tenant, request, demand, item.id(), location, lot, item.baseUnit(),
                quantity, BigDecimal.ZERO, BigDecimal.ZERO, ReservationStatus.OPEN, now, 0);
        reservation.events.record(new StockReserved(ids.get(), tenant, now, id, demand, item.id(), location,
                lot.isEmpty() ? null : lot, Quantity.of(quantity, item.baseUnit())));
        return reservation;
    }

    /**
     * Rebuilds a stored reservation (for adapters).
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param request   the reserve call (or backorder) it came from
     * @param demand    the host's reference of the demand (an order, a job)
     * @param item      the stock item
     * @param location  the location it holds stock in
     * @param lot       the lot code or serial number, or {@link StockQuant#NO_LOT} for an untracked item
     * @param unit      the item's base unit, in which the quantities are
     * @param quantity  what it held at first
     * @param consumed  what issues took of it
     * @param released  what was given back
     * @param status    where it stands
     * @param createdAt when it was created
     * @param version   the stored version it was read at
     * @return the reservation as stored
     */
    public static Reservation restore(ReservationId id, TenantId tenant, UUID request, String demand, ItemId item,
                                      LocationId location, String lot, String unit, BigDecimal quantity,
                                      BigDecimal consumed, BigDecimal released, ReservationStatus status,
                                      Instant createdAt, long version) {
        return new Reservation(id, tenant, request, demand, item, location, lot, unit, quantity, consumed, released,
                status, createdAt, version);
    }

    /**
     * What is neither consumed nor released.
     *
     * @return quantity less consumed and released, in the base unit
     */
    public BigDecimal open() {
        return quantity.subtract(consumed).subtract(released);
    }

    /**
     * Whether some of it is neither consumed nor released.
     *
     * @return whether some of it is neither consumed nor released
     */
    public boolean isOpen() {
        return status == ReservationStatus.OPEN;
    }

    /**
     * An issue takes up to the open rest; returns how much it took. Records
     * {@link ReservationConsumed}; the reservation is consumed once nothing is open.
     *
     * @param wanted what the issue still needs, in the base unit
     * @param move   the issue
     * @param now    the time of the change, from the injected clock
     * @param ids    makes the ids of the events it records
     * @return what it took, at most its open rest
     */
    public BigDecimal consume(BigDecimal wanted, MoveId move, Instant now, Supplier<UUID> ids) {
        requireOpen();
        BigDecimal taken = wanted.min(open());
        if (taken.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        consumed = consumed.add(taken);
        if (open().signum() == 0) {
            status = ReservationStatus.CONSUMED;
        }
        events.record(new ReservationConsumed(ids.get(), tenant, now, id, demand, item, Quantity.of(taken, unit), move));
        return taken;
    }

    /**
     * Gives the open rest back; returns it. The caller takes it off the row's reserved quantity.
     * Refused with {@code stock.reservation.not_open} once consumed or released.
     *
     * @param now the time of the change, from the injected clock
     * @param ids makes the ids of the events it records
     * @return the open rest given back, in the base unit
     */
    public BigDecimal release(Instant now, Supplier<UUID> ids) {
        requireOpen();
        BigDecimal rest = open();
        released = released.add(rest);
        status = ReservationStatus.RELEASED;
        events.record(new ReservationReleased(ids.get(), tenant, now, id, demand, item, Quantity.of(rest, unit)));
        return rest;
    }

    private void requireOpen() {
        if (status != ReservationStatus.OPEN) {
            throw new RuleViolationException(StockError.RESERVATION_NOT_OPEN, "Reservation " + id + " is " + status + ".");
        }
    }


    /**
     * The events recorded since the last call, which the caller publishes.
     *
     * @return the events, oldest first; the list it keeps is emptied
     */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /**
     * The reservation's id.
     *
     * @return the reservation's id
     */
    public ReservationId id() {
        return id;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The id of the reserve call, or of the backorder's reserve call, that made it.
     *
     * @return the request id
     */
    public UUID request() {
        return request;
    }

    /**
     * The host's reference of the demand it holds stock for.
     *
     * @return the host's reference of the demand it holds stock for
     */
    public String demand() {
        return demand;
    }

    /**
     * The reserved item.
     *
     * @return the reserved item
     */
    public ItemId item() {
        return item;
    }

    /**
     * The location it holds stock in.
     *
     * @return the location it holds stock in
     */
    public LocationId location() {
        return location;
    }

    /**
     * The lot or serial number, {@link StockQuant#NO_LOT} for an untracked item.
     *
     * @return the lot code
     */
    public String lot() {
        return lot;
    }

    /**
     * The item's base unit, in which the quantities are.
     *
     * @return the base unit
     */
    public String unit() {
        return unit;
    }

    /**
     * What it held at first, in the base unit.
     *
     * @return what it held at first, in the base unit
     */
    public BigDecimal quantity() {
        return quantity;
    }

    /**
     * What issues took of it, in the base unit.
     *
     * @return what issues took of it, in the base unit
     */
    public BigDecimal consumed() {
        return consumed;
    }

    /**
     * What was given back, in the base unit.
     *
     * @return what was given back, in the base unit
     */
    public BigDecimal released() {
        return released;
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public ReservationStatus status() {
        return status;
    }

    /**
     * When it was made.
     *
     * @return when it was made
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version, 0 for a reservation never stored
     */
    public long version() {
        return version;
    }
}
