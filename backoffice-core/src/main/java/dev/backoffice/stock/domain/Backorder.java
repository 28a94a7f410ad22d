package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The part of a demand that could not be reserved when it was asked for, for an item that allows
 * backorders. It is filled, oldest backorder first, by reservations made as stock arrives, with
 * the strategy and the location or lot the demand asked for.
 */
public final class Backorder {

    private final BackorderId id;
    private final TenantId tenant;
    private final UUID request;
    private final String demand;
    private final ItemId item;
    private final String unit;
    private final BigDecimal quantity;
    private BigDecimal filled;
    private BackorderStatus status;
    private final ReservationStrategy strategy;
    private final LocationId location;
    private final String lot;
    private final Instant createdAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Backorder(BackorderId id, TenantId tenant, UUID request, String demand, ItemId item, String unit,
                      BigDecimal quantity, BigDecimal filled, BackorderStatus status, ReservationStrategy strategy,
                      LocationId location, String lot, Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.request = Objects.requireNonNull(request, "request");
        this.demand = Objects.requireNonNull(demand, "demand");
        this.item = Objects.requireNonNull(item, "item");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.filled = Objects.requireNonNull(filled, "filled");
        this.status = Objects.requireNonNull(status, "status");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.location = location;
        this.lot = lot;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.version = version;
    }

    /**
     * A new open backorder of a positive quantity; records {@link StockBackordered}.
     *
     * @param id       its id
     * @param tenant   the tenant it belongs to
     * @param request  the id of the reserve call that left it
     * @param demand   the host's reference of the demand (an order, a job)
     * @param item     the stock item
     * @param quantity what is missing, in the item's base unit, more than zero
     * @param strategy which stock it takes first when stock arrives
     * @param location the location (with those under it) it must be filled from, or null
     * @param lot      the lot it must be filled from, or null
     * @param now      the time of the cancellation
     * @param ids      makes the ids of the events it records
     * @return the new backorder
     */
    public static Backorder open(BackorderId id, TenantId tenant, UUID request, String demand, StockItem item,
                                 BigDecimal quantity, ReservationStrategy strategy, LocationId location, String lot,
                                 Instant now, Supplier<UUID> ids) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("a backorder waits for a positive quantity");
        }
        Backorder backorder = new Backorder(id, tenant, request, demand, item.id(), item.baseUnit(), quantity,
                BigDecimal.ZERO, BackorderStatus.OPEN, strategy, location, lot, now, 0);
        backorder.events.record(new StockBackordered(ids.get(), tenant, now, id, demand, item.id(),
                Quantity.of(quantity, item.baseUnit())));
        return backorder;
    }

    /**
     * Rebuilds a stored backorder (for adapters).
     *
     * @param id        its id
     * @param tenant    the tenant it belongs to
     * @param request   the id of the reserve call that left it
     * @param demand    the host's reference of the demand (an order, a job)
     * @param item      the stock item
     * @param unit      the item's base unit, in which the quantities are
     * @param quantity  what was backordered, in the base unit
     * @param filled    what has been reserved for it since
     * @param status    where it stands
     * @param strategy  which stock it takes first
     * @param location  the location it must be filled from, or null
     * @param lot       the lot it must be filled from, or null
     * @param createdAt when it was created
     * @param version   the stored version it was read at
     * @return the backorder as stored
     */
    public static Backorder restore(BackorderId id, TenantId tenant, UUID request, String demand, ItemId item, String unit,
                                    BigDecimal quantity, BigDecimal filled, BackorderStatus status,
                                    ReservationStrategy strategy, LocationId location, String lot, Instant createdAt,
                                    long version) {
        return new Backorder(id, tenant, request, demand, item, unit, quantity, filled, status, strategy, location, lot,
                createdAt, version);
    }

    /**
     * What still waits for stock.
     *
     * @return the quantity backordered less what was filled, in the base unit
     */
    public BigDecimal outstanding() {
        return quantity.subtract(filled);
    }

    /**
     * Whether it still waits for stock.
     *
     * @return whether it still waits for stock
     */
    public boolean isOpen() {
        return status == BackorderStatus.OPEN;
    }

    /**
     * Records that {@code reserved} (at most what is outstanding) was reserved for it.
     *
     * @param reserved the quantity reserved for it now, in the base unit
     * @param now      the time of the cancellation
     * @param ids      makes the ids of the events it records
     */
    public void fill(BigDecimal reserved, Instant now, Supplier<UUID> ids) {
        if (status != BackorderStatus.OPEN || reserved.signum() <= 0 || reserved.compareTo(outstanding()) > 0) {
            throw new IllegalArgumentException("a fill is positive and at most what is outstanding of an open backorder");
        }
        filled = filled.add(reserved);
        if (outstanding().signum() == 0) {
            status = BackorderStatus.FILLED;
        }
        events.record(new BackorderFilled(ids.get(), tenant, now, id, demand, item, Quantity.of(reserved, unit),
                Quantity.of(outstanding(), unit)));
    }

    /**
     * Cancels it with its demand; nothing more will be reserved for it.
     *
     * @param now the time of the cancellation
     * @param ids makes the ids of the events it records
     */
    public void cancel(Instant now, Supplier<UUID> ids) {
        if (status != BackorderStatus.OPEN) {
            return;
        }
        status = BackorderStatus.CANCELLED;
        events.record(new BackorderCancelled(ids.get(), tenant, now, id, demand, item, Quantity.of(outstanding(), unit)));
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
     * The backorder's id.
     *
     * @return the backorder's id
     */
    public BackorderId id() {
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
     * The id of the reserve call that left it.
     *
     * @return the id of the reserve call that left it
     */
    public UUID request() {
        return request;
    }

    /**
     * The host's reference of the demand it waits for.
     *
     * @return the host's reference of the demand it waits for
     */
    public String demand() {
        return demand;
    }

    /**
     * The stock item.
     *
     * @return the stock item
     */
    public ItemId item() {
        return item;
    }

    /**
     * The item's base unit, in which its quantities are.
     *
     * @return the item's base unit, in which its quantities are
     */
    public String unit() {
        return unit;
    }

    /**
     * What was backordered, in the item's base unit.
     *
     * @return the backordered quantity
     */
    public BigDecimal quantity() {
        return quantity;
    }

    /**
     * What has been reserved for it so far, in the base unit.
     *
     * @return what has been reserved for it so far, in the base unit
     */
    public BigDecimal filled() {
        return filled;
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public BackorderStatus status() {
        return status;
    }

    /**
     * Which stock it takes first when stock arrives.
     *
     * @return which stock it takes first when stock arrives
     */
    public ReservationStrategy strategy() {
        return strategy;
    }

    /**
     * The location (with the locations under it) the demand asked for, if any.
     *
     * @return the location, or empty for anywhere in the tenant
     */
    public Optional<LocationId> location() {
        return Optional.ofNullable(location);
    }

    /**
     * The lot the demand asked for, if any.
     *
     * @return the lot code, or empty for any lot
     */
    public Optional<String> lot() {
        return Optional.ofNullable(lot);
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
     * @return the version, 0 for a backorder never stored
     */
    public long version() {
        return version;
    }
}
