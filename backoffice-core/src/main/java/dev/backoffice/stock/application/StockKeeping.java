package dev.backoffice.stock.application;

import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.QuantityGuard;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockLots;
import dev.backoffice.stock.spi.StockQuantities;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Applies the quantity changes of moves and reservations through the guarded {@link StockQuantities}
 * port, and turns a refused change into {@code stock.quantity.insufficient}. The caller's unit of
 * work rolls back the changes already applied when one is refused.
 */
final class StockKeeping {

    /** Orders changes by location and lot, so that two units of work take rows in the same order. */
    private static final Comparator<QuantityChange> ROW_ORDER = Comparator
            .comparing((QuantityChange c) -> c.location().value())
            .thenComparing(QuantityChange::lot);

    private final StockLocations locations;
    private final StockQuantities quantities;
    private final StockLots lots;

    StockKeeping(StockLocations locations, StockQuantities quantities, StockLots lots) {
        this.locations = locations;
        this.quantities = quantities;
        this.lots = lots;
    }

    /** The two locations of a move, of the tenant ({@code stock.location.not_found}). */
    Map<LocationId, StockLocation> locationsOf(TenantId tenant, StockMove move) {
        Map<LocationId, StockLocation> found = locations.findAll(tenant, List.of(move.from(), move.to()));
        for (LocationId id : List.of(move.from(), move.to())) {
            if (!found.containsKey(id)) {
                throw new NotFoundException(StockError.LOCATION_NOT_FOUND, "Stock location " + id + " does not exist.");
            }
        }
        return found;
    }

    /** The guard of the item's rows in a location. */
    static QuantityGuard guardFor(StockItem item, StockLocation location) {
        if (location.isVirtual()) {
            return QuantityGuard.NONE;
        }
        return item.allowsNegativeStock() ? QuantityGuard.RESERVED_NOT_NEGATIVE : QuantityGuard.AVAILABLE_NOT_NEGATIVE;
    }

    /**
     * Moves the move's quantities: each leg out of {@code from} (less what {@code consumed} says it
     * takes from reservations there) and into {@code to}. Checks the lots and serial numbers coming
     * into stock first.
     *
     * @param consumed for a leg out of stock, how much of it consumes reservations (released from
     *                 the reserved quantity in the same change); zero for none
     */
    void execute(TenantId tenant, StockMove move, StockItem item, Map<LocationId, StockLocation> moveLocations,
                 Instant now, Function<StockMove.Leg, BigDecimal> consumed) {
        StockLocation to = moveLocations.get(move.to());
        StockLocation from = moveLocations.get(move.from());
        if (to.isInternal() && item.tracking() != Tracking.NONE) {
            registerLots(tenant, move, item, from, now);
        }
        List<QuantityChange> changes = new ArrayList<>();
        for (StockMove.Leg leg : move.legs()) {
            StockLocation location = moveLocations.get(leg.location());
            BigDecimal fromReservations = leg.delta().signum() < 0 ? consumed.apply(leg) : BigDecimal.ZERO;
            changes.add(new QuantityChange(item.id(), leg.location(), leg.lot(), leg.delta(), fromReservations.negate(),
                    guardFor(item, location)));
        }
        apply(tenant, item, changes, now, moveLocations);
    }

    /**
     * Applies the changes in row order; the first one refused fails the whole call with
     * {@code stock.quantity.insufficient}.
     */
    void apply(TenantId tenant, StockItem item, List<QuantityChange> changes, Instant now,
               Map<LocationId, StockLocation> known) {
        List<QuantityChange> ordered = new ArrayList<>(changes);
        ordered.sort(ROW_ORDER);
        for (QuantityChange change : ordered) {
            if (!quantities.apply(tenant, change, now)) {
                throw insufficient(tenant, item, change, known);
            }
        }
    }

    private RuleViolationException insufficient(TenantId tenant, StockItem item, QuantityChange change,
                                                Map<LocationId, StockLocation> known) {
        Optional<StockQuant> row = quantities.find(tenant, item.id(), change.location(), change.lot());
        BigDecimal available = row.map(StockQuant::available).orElse(BigDecimal.ZERO);
        String where = Optional.ofNullable(known.get(change.location())).map(StockLocation::code)
                .orElse(change.location().toString());
        String lot = change.lot().isEmpty() ? "" : " (lot " + change.lot() + ")";
        return new RuleViolationException(StockError.QUANTITY_INSUFFICIENT, "Only "
                + Quantity.of(available.max(BigDecimal.ZERO), item.baseUnit()) + " of " + item.sku()
                + " is available in " + where + lot + ".");
    }

    private void registerLots(TenantId tenant, StockMove move, StockItem item, StockLocation from, Instant now) {
        List<String> codes = item.tracking() == Tracking.SERIAL ? move.serials() : List.of(move.lot().orElseThrow());
        Map<String, StockLot> known = item.tracking() == Tracking.SERIAL
                ? lots.lockForUpdate(tenant, item.id(), codes) : lots.findAll(tenant, item.id(), codes);
        if (item.tracking() == Tracking.SERIAL) {
            requireSerialsOutOfStock(tenant, item, codes, from);
        }
        for (String code : codes) {
            StockLot lot = known.get(code);
            if (lot == null) {
                lots.add(tenant, new StockLot(item.id(), code, move.expiry().orElse(null), now));
            } else if (move.expiry().isPresent() && !move.expiry().get().equals(lot.expiry())) {
                throw new RuleViolationException(StockError.LOT_EXPIRY_MISMATCH, "Lot " + code + " of " + item.sku()
                        + " expires on " + lot.expiry() + ", not " + move.expiry().get() + ".");
            }
        }
    }

    /** A serial number comes into stock only from where it is, or when it is in no internal location. */
    private void requireSerialsOutOfStock(TenantId tenant, StockItem item, List<String> serials, StockLocation from) {
        for (String serial : serials) {
            List<StockQuant> rows = quantities.findByLot(tenant, item.id(), serial).stream()
                    .filter(q -> q.onHand().signum() > 0 && !q.location().equals(from.id())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            Set<LocationId> ids = rows.stream().map(StockQuant::location).collect(Collectors.toSet());
            boolean inStock = locations.findAll(tenant, ids).values().stream().anyMatch(StockLocation::isInternal);
            if (inStock) {
                throw new RuleViolationException(StockError.SERIAL_IN_STOCK,
                        "Serial number " + serial + " of " + item.sku() + " is already in stock.");
            }
        }
    }

    static Quantity quantity(BigDecimal value, StockItem item) {
        return Quantity.of(value, item.baseUnit());
    }
}
