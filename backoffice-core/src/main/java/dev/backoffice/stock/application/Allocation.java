package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationStrategy;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockLot;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.spi.Backorders;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockLots;
import dev.backoffice.stock.spi.StockQuantities;
import dev.backoffice.stock.spi.StockReservations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Takes available stock for demands: reserves it row by row in the order of a strategy, fills
 * open backorders when stock arrives, and consumes a demand's reservations when an issue for it
 * takes stock. Every change of a reserved quantity goes through the guarded quantity port, so a
 * reservation never holds more than is available even when many units of work reserve at once.
 */
final class Allocation {

    static final String BACKORDER = "Backorder";

    private final UseCases useCases;
    private final StockLocations locations;
    private final StockQuantities quantities;
    private final StockLots lots;
    private final StockReservations reservations;
    private final Backorders backorders;
    private final KnownLocations knownLocations;

    Allocation(UseCases useCases, StockLocations locations, StockQuantities quantities, StockLots lots,
               StockReservations reservations, Backorders backorders) {
        this.useCases = useCases;
        this.locations = locations;
        this.quantities = quantities;
        this.lots = lots;
        this.reservations = reservations;
        this.backorders = backorders;
        this.knownLocations = new KnownLocations(locations);
    }

    /**
     * Reserves up to {@code wanted} of the item's available stock in internal locations (within a
     * location's subtree and of a lot when given), in the strategy's order, and stores the
     * reservations; their events go to {@code events}. Returns what it reserved, perhaps nothing.
     */
    List<Reservation> reserve(TenantId tenant, StockItem item, UUID request, String demand, BigDecimal wanted,
                              ReservationStrategy strategy, StockLocation within, String lot, List<DomainEvent> events) {
        List<StockQuant> rows = new ArrayList<>();
        Set<LocationId> rowLocations = new HashSet<>();
        for (StockQuant row : quantities.findByItem(tenant, item.id())) {
            if ((lot == null || row.lot().equals(lot)) && row.available().signum() > 0) {
                rows.add(row);
                rowLocations.add(row.location());
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<LocationId, StockLocation> internal = new HashMap<>();
        for (StockLocation location : knownLocations.of(tenant, rowLocations).values()) {
            if (location.isInternal() && (within == null || location.id().equals(within.id())
                    || location.code().startsWith(within.code() + "/"))) {
                internal.put(location.id(), location);
            }
        }
        rows.removeIf(row -> !internal.containsKey(row.location()));
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, StockLot> lotInfo = item.tracking() == Tracking.NONE ? Map.of()
                : lots.findByItem(tenant, item.id()).stream().collect(Collectors.toMap(StockLot::code, Function.identity()));
        rows.sort(order(strategy, lotInfo, internal));
        List<Reservation> made = new ArrayList<>();
        BigDecimal remaining = wanted;
        Instant now = useCases.now();
        for (StockQuant row : rows) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal taken = take(tenant, row, remaining, now);
            if (taken.signum() > 0) {
                Reservation reservation = Reservation.hold(ReservationId.of(useCases.newId()), tenant, request, demand,
                        item, row.location(), row.lot(), taken, now, useCases::newId);
                reservations.add(reservation);
                events.addAll(reservation.pullEvents());
                made.add(reservation);
                remaining = remaining.subtract(taken);
            }
        }
        return made;
    }

    /**
     * Adds up to {@code wanted} to the row's reserved quantity with one guarded change; when a
     * concurrent unit of work took some of it since the row was read, tries once more with what is
     * available now. Returns what it reserved.
     */
    private BigDecimal take(TenantId tenant, StockQuant row, BigDecimal wanted, Instant now) {
        BigDecimal available = row.available();
        for (int attempt = 0; attempt < 2 && available.signum() > 0; attempt++) {
            BigDecimal taken = wanted.min(available);
            if (quantities.apply(tenant, QuantityChange.reserved(row.item(), row.location(), row.lot(), taken), now)) {
                return taken;
            }
            available = quantities.find(tenant, row.item(), row.location(), row.lot())
                    .map(StockQuant::available).orElse(BigDecimal.ZERO);
        }
        return BigDecimal.ZERO;
    }

    private static Comparator<StockQuant> order(ReservationStrategy strategy, Map<String, StockLot> lotInfo,
                                                Map<LocationId, StockLocation> internal) {
        Comparator<StockQuant> fifo = Comparator
                .comparing((StockQuant q) -> received(q, lotInfo))
                .thenComparing(q -> internal.get(q.location()).code())
                .thenComparing(StockQuant::lot);
        if (strategy == ReservationStrategy.FIFO) {
            return fifo;
        }
        return Comparator.comparing((StockQuant q) -> expiry(q, lotInfo), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(fifo);
    }

    private static Instant received(StockQuant row, Map<String, StockLot> lotInfo) {
        StockLot lot = lotInfo.get(row.lot());
        return lot == null ? row.receivedAt() : lot.receivedAt();
    }

    private static LocalDate expiry(StockQuant row, Map<String, StockLot> lotInfo) {
        StockLot lot = lotInfo.get(row.lot());
        return lot == null ? null : lot.expiry();
    }

    /**
     * Reserves available stock for the item's open backorders, oldest first, each with the
     * strategy, location and lot its demand asked for, and records what it filled.
     */
    void fillBackorders(Actor actor, StockItem item, String action) {
        List<Backorder> open = backorders.findOpen(actor.tenant(), item.id());
        if (open.isEmpty()) {
            return;
        }
        List<DomainEvent> events = new ArrayList<>();
        for (Backorder backorder : open) {
            StockLocation within = backorder.location()
                    .flatMap(id -> locations.find(actor.tenant(), id)).orElse(null);
            List<Reservation> made = reserve(actor.tenant(), item, backorder.request(), backorder.demand(),
                    backorder.outstanding(), backorder.strategy(), within, backorder.lot().orElse(null), events);
            BigDecimal filled = made.stream().map(Reservation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (filled.signum() > 0) {
                backorder.fill(filled, useCases.now(), useCases::newId);
                backorders.update(backorder);
                events.addAll(backorder.pullEvents());
                useCases.audit(actor, action, BACKORDER, backorder.id().value(), "filled");
            }
        }
        useCases.publish(events);
    }

    /**
     * How much of a leg out of stock consumes the move's demand's open reservations in the leg's
     * location and lot, oldest first; consumes them. Zero for a move without a demand.
     */
    BigDecimal consume(TenantId tenant, StockMove move, StockMove.Leg leg, List<DomainEvent> events) {
        if (move.demand().isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal wanted = leg.delta().negate();
        BigDecimal remaining = wanted;
        for (Reservation reservation : reservations.findOpen(tenant, move.demand().get(), move.item())) {
            if (remaining.signum() <= 0) {
                break;
            }
            if (!reservation.location().equals(leg.location()) || !Objects.equals(reservation.lot(), leg.lot())) {
                continue;
            }
            remaining = remaining.subtract(reservation.consume(remaining, move.id(), useCases.now(), useCases::newId));
            reservations.update(reservation);
            events.addAll(reservation.pullEvents());
        }
        return wanted.subtract(remaining);
    }
}
