package dev.backoffice.stock.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A quantity of one item going from one location to another. A draft changes no quantity; when
 * it is done its quantity leaves {@code from} and arrives in {@code to}, and it never changes again:
 * it is corrected by a reversing move, made by {@link #reverse}, which runs the other way and links
 * to it. A draft may instead be cancelled.
 *
 * <p>A move of a lot-tracked item names its lot (and, into stock, may give the lot's expiry); a
 * move of a serial-tracked item lists one distinct serial number per unit; a move of an untracked
 * item names neither. An adjustment gives its reason; an issue may name the demand whose
 * reservations it consumes.
 */
public final class StockMove {

    private final MoveId id;
    private final TenantId tenant;
    private final MoveKind kind;
    private final ItemId item;
    private final LocationId from;
    private final LocationId to;
    private final Quantity quantity;
    private final Quantity baseQuantity;
    private final String lot;
    private final LocalDate expiry;
    private final List<String> serials;
    private final AdjustmentReason reason;
    private final String reference;
    private final String demand;
    private MoveStatus status;
    private final MoveId reversalOf;
    private MoveId reversedBy;
    private final String createdBy;
    private final Instant createdAt;
    private Instant doneAt;
    private final long version;
    /** The unit cost a receipt (or an adjustment into stock) comes in at, when given. */
    private dev.backoffice.common.Money unitCost;
    private final RecordedEvents events = new RecordedEvents();

    private StockMove(MoveId id, TenantId tenant, MoveKind kind, ItemId item, LocationId from, LocationId to,
                      Quantity quantity, Quantity baseQuantity, String lot, LocalDate expiry, List<String> serials,
                      AdjustmentReason reason, String reference, String demand, MoveStatus status, MoveId reversalOf,
                      MoveId reversedBy, String createdBy, Instant createdAt, Instant doneAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.item = Objects.requireNonNull(item, "item");
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.quantity = Objects.requireNonNull(quantity, "quantity");
        this.baseQuantity = Objects.requireNonNull(baseQuantity, "baseQuantity");
        this.lot = lot;
        this.expiry = expiry;
        this.serials = List.copyOf(serials);
        this.reason = reason;
        this.reference = reference;
        this.demand = demand;
        this.status = Objects.requireNonNull(status, "status");
        this.reversalOf = reversalOf;
        this.reversedBy = reversedBy;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.doneAt = doneAt;
        this.version = version;
    }

    /**
     * A new draft, checked against the item and the two locations: the kind allows the locations
     * ({@code stock.move.invalid_locations}), the quantity converts to a positive base quantity
     * ({@code stock.unit.unknown}, {@code stock.quantity.too_precise},
     * {@code stock.quantity.not_positive}), the lot or serials fit the item's tracking
     * ({@code stock.lot.required}, {@code stock.lot.not_allowed}, {@code stock.serial.count_mismatch},
     * {@code stock.serial.duplicate}), an adjustment and only an adjustment has a reason
     * ({@code stock.move.reason_required}, {@code stock.move.reason_not_allowed}), and only an issue
     * names a demand ({@code stock.move.demand_not_allowed}).
     *
     * @param id        its id
     * @param kind      receipt, issue, transfer or adjustment
     * @param item      the item that moves
     * @param from      the location it leaves
     * @param to        the location it arrives in
     * @param quantity  in any of the item's units
     * @param lot       the lot code, or null
     * @param expiry    the lot's expiry date, or null
     * @param serials   one serial number per unit for a serial-tracked item, else empty
     * @param reason    why, for an adjustment only
     * @param reference the host's reference, or null
     * @param demand    for an issue: the demand whose reservations it consumes, or null
     * @param createdBy who records it
     * @param now       when it is done
     * @return the new draft
     */
    public static StockMove draft(MoveId id, MoveKind kind, StockItem item, StockLocation from, StockLocation to,
                                  Quantity quantity, String lot, LocalDate expiry, List<String> serials,
                                  AdjustmentReason reason, String reference, String demand, String createdBy,
                                  Instant now) {
        if (from.id().equals(to.id()) || !kind.allows(from.type(), to.type())) {
            throw new RuleViolationException(StockError.MOVE_INVALID_LOCATIONS,
                    "A " + kind.name().toLowerCase(java.util.Locale.ROOT) + " cannot move stock from " + from.code()
                            + " to " + to.code() + ".");
        }
        Quantity base = item.toBase(quantity);
        if (!base.isPositive()) {
            throw new RuleViolationException(StockError.QUANTITY_NOT_POSITIVE, "A move needs a quantity above zero.");
        }
        List<String> serialList = serials == null ? List.of() : serials.stream().map(String::strip).toList();
        String lotCode = lot == null || lot.isBlank() ? null : lot.strip();
        requireTracking(item, base, lotCode, expiry, serialList);
        if (kind == MoveKind.ADJUSTMENT && reason == null) {
            throw new RuleViolationException(StockError.MOVE_REASON_REQUIRED, "An adjustment needs a reason.");
        }
        if (kind != MoveKind.ADJUSTMENT && reason != null) {
            throw new RuleViolationException(StockError.MOVE_REASON_NOT_ALLOWED, "Only adjustments carry a reason.");
        }
        String demandRef = demand == null || demand.isBlank() ? null : demand.strip();
        if (demandRef != null && kind != MoveKind.ISSUE) {
            throw new RuleViolationException(StockError.MOVE_DEMAND_NOT_ALLOWED,
                    "Only an issue consumes the reservations of a demand.");
        }
        return new StockMove(id, item.tenant(), kind, item.id(), from.id(), to.id(), quantity, base, lotCode,
                expiry, serialList, reason, reference == null || reference.isBlank() ? null : reference.strip(),
                demandRef, MoveStatus.DRAFT, null, null, createdBy, now, null, 0);
    }

    private static void requireTracking(StockItem item, Quantity base, String lot, LocalDate expiry, List<String> serials) {
        switch (item.tracking()) {
            case NONE -> {
                if (lot != null || expiry != null || !serials.isEmpty()) {
                    throw new RuleViolationException(StockError.LOT_NOT_ALLOWED,
                            "Item " + item.sku() + " is not tracked: its moves name no lot, expiry or serial number.");
                }
            }
            case LOT -> {
                if (lot == null) {
                    throw new RuleViolationException(StockError.LOT_REQUIRED, "Item " + item.sku() + " is tracked by lot: name the lot.");
                }
                if (!serials.isEmpty()) {
                    throw new RuleViolationException(StockError.LOT_NOT_ALLOWED,
                            "Item " + item.sku() + " is tracked by lot, not by serial number.");
                }
            }
            case SERIAL -> {
                if (lot != null || expiry != null) {
                    throw new RuleViolationException(StockError.LOT_NOT_ALLOWED,
                            "Item " + item.sku() + " is tracked by serial number: list the serials, not a lot.");
                }
                if (!base.isWhole() || base.value().compareTo(BigDecimal.valueOf(serials.size())) != 0) {
                    throw new RuleViolationException(StockError.SERIAL_COUNT_MISMATCH,
                            "A move of " + base + " of item " + item.sku() + " lists one serial number per unit, not "
                                    + serials.size() + ".");
                }
                if (new HashSet<>(serials).size() != serials.size()) {
                    throw new RuleViolationException(StockError.SERIAL_DUPLICATE, "A serial number is listed twice.");
                }
            }
        }
    }

    /**
     * Rebuilds a stored move (for adapters).
     *
     * @param id           its id
     * @param tenant       the tenant it belongs to
     * @param kind         receipt, issue, transfer or adjustment
     * @param item         the item that moved
     * @param from         the location it leaves
     * @param to           the location it arrives in
     * @param quantity     the quantity as given, in the unit it was given in
     * @param baseQuantity the same in the item's base unit
     * @param lot          the lot code, or null
     * @param expiry       the lot's expiry date, or null
     * @param serials      one serial number per unit for a serial-tracked item, else empty
     * @param reason       why, for an adjustment only
     * @param reference    the host's reference, or null
     * @param demand       for an issue: the demand whose reservations it consumes, or null
     * @param status       where it stands
     * @param reversalOf   the move it reverses, or null
     * @param reversedBy   the move that reverses it, or null
     * @param createdBy    who records it
     * @param createdAt    when it was created
     * @param doneAt       when it was done, or null
     * @param version      the stored version it was read at
     * @return the move as stored
     */
    public static StockMove restore(MoveId id, TenantId tenant, MoveKind kind, ItemId item, LocationId from, LocationId to,
                                    Quantity quantity, Quantity baseQuantity, String lot, LocalDate expiry,
                                    List<String> serials, AdjustmentReason reason, String reference, String demand,
                                    MoveStatus status, MoveId reversalOf, MoveId reversedBy, String createdBy,
                                    Instant createdAt, Instant doneAt, long version) {
        return new StockMove(id, tenant, kind, item, from, to, quantity, baseQuantity, lot, expiry, serials, reason,
                reference, demand, status, reversalOf, reversedBy, createdBy, createdAt, doneAt, version);
    }

    /**
     * Rebuilds a stored move with the unit cost it was recorded with (for adapters).
     *
     * @param id           its id
     * @param tenant       the tenant it belongs to
     * @param kind         receipt, issue, transfer or adjustment
     * @param item         the item that moves
     * @param from         the location it leaves
     * @param to           the location it arrives in
     * @param quantity     in any of the item's units
     * @param baseQuantity the same in the item's base unit
     * @param lot          the lot code, or null
     * @param expiry       the lot's expiry date, or null
     * @param serials      one serial number per unit for a serial-tracked item, else empty
     * @param reason       why, for an adjustment only
     * @param reference    the host's reference, or null
     * @param demand       for an issue: the demand whose reservations it consumes, or null
     * @param status       where it stands
     * @param reversalOf   the move it reverses, or null
     * @param reversedBy   the move that reverses it, or null
     * @param createdBy    who records it
     * @param createdAt    when it was created
     * @param doneAt       when it was done, or null
     * @param version      the stored version it was read at
     * @param unitCost     the unit cost per base unit it came in at, or null
     * @return the move as stored
     */
    public static StockMove restore(MoveId id, TenantId tenant, MoveKind kind, ItemId item, LocationId from, LocationId to,
                                    Quantity quantity, Quantity baseQuantity, String lot, LocalDate expiry,
                                    List<String> serials, AdjustmentReason reason, String reference, String demand,
                                    MoveStatus status, MoveId reversalOf, MoveId reversedBy, String createdBy,
                                    Instant createdAt, Instant doneAt, long version, dev.backoffice.common.Money unitCost) {
        StockMove move = restore(id, tenant, kind, item, from, to, quantity, baseQuantity, lot, expiry, serials, reason,
                reference, demand, status, reversalOf, reversedBy, createdBy, createdAt, doneAt, version);
        move.unitCost = unitCost;
        return move;
    }

    /**
     * Gives a draft the unit cost (per base unit of the item) it comes into stock at; refused on a
     * move that takes stock out ({@code stock.valuation.cost_not_allowed}): an issue is valued from
     * the cost layers.
     *
     * @param cost a positive amount per base unit
     */
    public void priceAt(dev.backoffice.common.Money cost) {
        if (status != MoveStatus.DRAFT) {
            throw new RuleViolationException(StockError.MOVE_NOT_DRAFT, "Only a draft move gets a unit cost.");
        }
        if (cost != null && (kind == MoveKind.ISSUE || kind == MoveKind.TRANSFER)) {
            throw new RuleViolationException(StockError.VALUATION_COST_NOT_ALLOWED,
                    "A unit cost is given only to stock coming in (a receipt or an adjustment into stock), not to a "
                            + kind.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (cost != null && cost.isNegative()) {
            throw new RuleViolationException(StockError.VALUATION_COST_NOT_ALLOWED, "A unit cost is never negative.");
        }
        this.unitCost = cost;
    }

    /**
     * The unit cost per base unit it comes into stock at, when given.
     *
     * @return the unit cost, or empty
     */
    public Optional<dev.backoffice.common.Money> unitCost() {
        return Optional.ofNullable(unitCost);
    }

    /**
     * Marks the draft done and records {@link StockMoved}; the caller has moved the quantities in the
     * same unit of work. Refused with {@code stock.move.not_draft} unless it is a draft.
     *
     * @param now when it is done
     * @param ids makes the ids of the events it records
     */
    public void complete(Instant now, Supplier<UUID> ids) {
        requireDraft();
        status = MoveStatus.DONE;
        doneAt = now;
        events.record(new StockMoved(ids.get(), tenant, now, id, kind, item, from, to, baseQuantity, lot, serials, demand,
                reversalOf));
    }

    /**
     * Cancels the draft ({@code stock.move.not_draft} unless it is a draft).
     *
     * @param now when it is done
     * @param ids makes the ids of the events it records
     */
    public void cancel(Instant now, Supplier<UUID> ids) {
        requireDraft();
        status = MoveStatus.CANCELLED;
        events.record(new StockMoveCancelled(ids.get(), tenant, now, id, item));
    }

    private void requireDraft() {
        if (status != MoveStatus.DRAFT) {
            throw new RuleViolationException(StockError.MOVE_NOT_DRAFT, "Move " + id + " is " + status
                    + ", not a draft.");
        }
    }

    /**
     * The draft of the move that reverses this one: the same item, quantity, lot and serials from
     * {@code to} back to {@code from}, linked to this move, which is marked reversed. The caller
     * completes it. Refused with {@code stock.move.not_done} and {@code stock.move.already_reversed}.
     *
     * @param reversalId the id of the reversing move
     * @param by         who reverses it
     * @param now        when it is done
     * @param ids        makes the ids of the events it records
     * @return the reversing move, a draft
     */
    public StockMove reverse(MoveId reversalId, String by, Instant now, Supplier<UUID> ids) {
        if (status != MoveStatus.DONE) {
            throw new RuleViolationException(StockError.MOVE_NOT_DONE, "Only a done move is reversed; move " + id
                    + " is " + status + ".");
        }
        if (reversedBy != null) {
            throw new RuleViolationException(StockError.MOVE_ALREADY_REVERSED, "Move " + id + " is already reversed by "
                    + reversedBy + ".");
        }
        reversedBy = reversalId;
        events.record(new StockMoveReversed(ids.get(), tenant, now, id, reversalId, item));
        return new StockMove(reversalId, tenant, kind, item, to, from, quantity, baseQuantity, lot, null, serials,
                reason, reference, null, MoveStatus.DRAFT, id, null, by, now, null, 0);
    }

    /**
     * What the move does to the quantities: one leg per location and lot, negative out of
     * {@code from} and positive into {@code to}; for a serial-tracked item one unit per serial.
     *
     * @return the legs, out of {@code from} first
     */
    public List<Leg> legs() {
        List<Leg> legs = new ArrayList<>();
        if (serials.isEmpty()) {
            String lotKey = lot == null ? StockQuant.NO_LOT : lot;
            legs.add(new Leg(from, lotKey, baseQuantity.value().negate()));
            legs.add(new Leg(to, lotKey, baseQuantity.value()));
        } else {
            for (String serial : serials) {
                legs.add(new Leg(from, serial, BigDecimal.ONE.negate()));
            }
            for (String serial : serials) {
                legs.add(new Leg(to, serial, BigDecimal.ONE));
            }
        }
        return legs;
    }

    /** One side of a move: the on-hand change of one location and lot, in base units. */
    public record Leg(LocationId location, String lot, BigDecimal delta) {
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
     * The move's id.
     *
     * @return the move's id
     */
    public MoveId id() {
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
     * Whether it is a receipt, an issue, a transfer or an adjustment.
     *
     * @return whether it is a receipt, an issue, a transfer or an adjustment
     */
    public MoveKind kind() {
        return kind;
    }

    /**
     * The item that moves.
     *
     * @return the item that moves
     */
    public ItemId item() {
        return item;
    }

    /**
     * The location the stock leaves.
     *
     * @return the location the stock leaves
     */
    public LocationId from() {
        return from;
    }

    /**
     * The location the stock arrives in.
     *
     * @return the location the stock arrives in
     */
    public LocationId to() {
        return to;
    }

    /**
     * The quantity as given, in the unit it was given in.
     *
     * @return the quantity and its unit
     */
    public Quantity quantity() {
        return quantity;
    }

    /**
     * The quantity in the item's base unit.
     *
     * @return the base quantity, more than zero
     */
    public Quantity baseQuantity() {
        return baseQuantity;
    }

    /**
     * The lot code, or empty for an untracked or serial-tracked item.
     *
     * @return the lot code, or empty for an untracked or serial-tracked item
     */
    public Optional<String> lot() {
        return Optional.ofNullable(lot);
    }

    /**
     * The lot's expiry date, or empty.
     *
     * @return the lot's expiry date, or empty
     */
    public Optional<LocalDate> expiry() {
        return Optional.ofNullable(expiry);
    }

    /**
     * The serial numbers, one per unit; empty unless the item is serial-tracked.
     *
     * @return the serial numbers, one per unit; empty unless the item is serial-tracked
     */
    public List<String> serials() {
        return serials;
    }

    /**
     * Why, for an adjustment; empty otherwise.
     *
     * @return why, for an adjustment; empty otherwise
     */
    public Optional<AdjustmentReason> reason() {
        return Optional.ofNullable(reason);
    }

    /**
     * The host's reference, or empty.
     *
     * @return the host's reference, or empty
     */
    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    /**
     * The demand whose reservations an issue consumes, or empty.
     *
     * @return the demand whose reservations an issue consumes, or empty
     */
    public Optional<String> demand() {
        return Optional.ofNullable(demand);
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public MoveStatus status() {
        return status;
    }

    /**
     * The move this one reverses, or empty.
     *
     * @return the move this one reverses, or empty
     */
    public Optional<MoveId> reversalOf() {
        return Optional.ofNullable(reversalOf);
    }

    /**
     * The move that reverses this one, or empty.
     *
     * @return the move that reverses this one, or empty
     */
    public Optional<MoveId> reversedBy() {
        return Optional.ofNullable(reversedBy);
    }

    /**
     * Who recorded it.
     *
     * @return who recorded it
     */
    public String createdBy() {
        return createdBy;
    }

    /**
     * When it was recorded.
     *
     * @return when it was recorded
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * When it was done, or empty unless done.
     *
     * @return when it was done, or empty unless done
     */
    public Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }

    /**
     * The stored version this object was read at, for optimistic locking.
     *
     * @return the version, 0 for a move never stored
     */
    public long version() {
        return version;
    }
}
