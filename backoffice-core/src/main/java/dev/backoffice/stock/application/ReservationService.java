package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.BackorderSnapshot;
import dev.backoffice.stock.api.DemandRelease;
import dev.backoffice.stock.api.ReservationCheck;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReservationSnapshot;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.domain.Backorder;
import dev.backoffice.stock.domain.BackorderId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.QuantityChange;
import dev.backoffice.stock.domain.QuantityGuard;
import dev.backoffice.stock.domain.Reservation;
import dev.backoffice.stock.domain.ReservationId;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockQuant;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.spi.Backorders;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLocations;
import dev.backoffice.stock.spi.StockQuantities;
import dev.backoffice.stock.spi.StockReservations;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

final class ReservationService implements Reservations {

    static final String SUBJECT = "StockReservation";

    private final UseCases useCases;
    private final StockItems items;
    private final StockLocations locations;
    private final StockQuantities quantities;
    private final StockReservations reservations;
    private final Backorders backorders;
    private final StockKeeping keeping;
    private final Allocation allocation;
    /** Publishes {@code ReorderPointReached} when a reservation takes a position below its minimum; null: none. */
    private final ReorderPoints reorderPoints;

    ReservationService(UseCases useCases, StockItems items, StockLocations locations, StockQuantities quantities,
                       StockReservations reservations, Backorders backorders, StockKeeping keeping,
                       Allocation allocation, ReorderPoints reorderPoints) {
        this.reorderPoints = reorderPoints;
        this.useCases = useCases;
        this.items = items;
        this.locations = locations;
        this.quantities = quantities;
        this.reservations = reservations;
        this.backorders = backorders;
        this.keeping = keeping;
        this.allocation = allocation;
    }

    record ReservationRef(@NotNull ReservationId reservation) {
    }

    record DemandRef(@NotBlank @Size(max = 128) String demand) {
    }

    @Override
    public ReservationResult reserve(Actor actor, ReserveStock command) {
        return useCases.create(actor, StockPermissions.RESERVE, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    StockItem item = ItemCatalogService.load(items, actor, command.item());
                    Quantity wanted = item.toBase(command.quantity());
                    if (!wanted.isPositive()) {
                        throw new RuleViolationException(StockError.QUANTITY_NOT_POSITIVE,
                                "A reservation needs a quantity above zero.");
                    }
                    String lot = command.lot() == null || command.lot().isBlank() ? null : command.lot().strip();
                    if (lot != null && item.tracking() == Tracking.NONE) {
                        throw new RuleViolationException(StockError.LOT_NOT_ALLOWED,
                                "Item " + item.sku() + " is not tracked: a reservation names no lot.");
                    }
                    StockLocation within = null;
                    if (command.location() != null) {
                        within = WarehousingService.loadLocation(locations, actor, command.location());
                        if (!within.isInternal()) {
                            throw new RuleViolationException(StockError.LOCATION_NOT_INTERNAL,
                                    "Stock is reserved in internal locations, not in " + within.code() + ".");
                        }
                    }
                    String demand = command.demand().strip();
                    UUID request = useCases.newId();
                    List<DomainEvent> events = new ArrayList<>();
                    ReorderPoints.Watch watch = reorderPoints == null ? null : reorderPoints.watch(actor.tenant(), item.id());
                    List<Reservation> made = allocation.reserve(actor.tenant(), item, request, demand, wanted.value(),
                            command.strategy(), within, lot, events);
                    BigDecimal reserved = made.stream().map(Reservation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                    BigDecimal missing = wanted.value().subtract(reserved);
                    Backorder backorder = null;
                    if (missing.signum() > 0) {
                        if (!item.backordersAllowed()) {
                            throw new RuleViolationException(StockError.QUANTITY_INSUFFICIENT, "Only "
                                    + Quantity.of(reserved, item.baseUnit()) + " of " + item.sku() + " is available of the "
                                    + wanted + " asked for, and the item takes no backorders.");
                        }
                        backorder = Backorder.open(BackorderId.of(useCases.newId()), actor.tenant(), request,
                                demand, item, missing, command.strategy(), within == null ? null : within.id(), lot,
                                useCases.now(), useCases::newId);
                        backorders.add(backorder);
                        events.addAll(backorder.pullEvents());
                    }
                    useCases.audit(actor, StockPermissions.RESERVE, SUBJECT, request,
                            missing.signum() > 0 ? "reserved, rest backordered" : "reserved");
                    useCases.publish(events);
                    if (watch != null) {
                        reorderPoints.publishCrossings(watch);
                    }
                    // built from what was just made, not read back: no extra statements per reservation
                    return result(item, request, demand, made, Optional.ofNullable(backorder));
                },
                ReservationResult::request,
                request -> result(actor, null, request));
    }

    /** What a reserve call holds now: the answer to an idempotent repeat of the call. */
    private ReservationResult result(Actor actor, StockItem known, UUID request) {
        List<Reservation> made = reservations.findByRequest(actor.tenant(), request);
        Optional<Backorder> backorder = backorders.findByRequest(actor.tenant(), request);
        String demand = made.isEmpty() ? backorder.orElseThrow().demand() : made.get(0).demand();
        ItemId itemId = made.isEmpty() ? backorder.orElseThrow().item() : made.get(0).item();
        StockItem item = known != null ? known : ItemCatalogService.load(items, actor, itemId);
        return result(item, request, demand, made, backorder);
    }

    /** The answer of a reserve call: its reservations, and the backorder of the rest if any. */
    private static ReservationResult result(StockItem item, UUID request, String demand, List<Reservation> made,
                                            Optional<Backorder> backorder) {
        ItemId itemId = item.id();
        BigDecimal reserved = made.stream().map(Reservation::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal waiting = backorder.map(Backorder::outstanding).orElse(BigDecimal.ZERO);
        return new ReservationResult(request, demand, itemId, StockKeeping.quantity(reserved.add(waiting), item),
                StockKeeping.quantity(reserved, item), made.stream().map(ReservationSnapshot::of).toList(),
                backorder.map(BackorderSnapshot::of).orElse(null));
    }

    @Override
    public ReservationSnapshot release(Actor actor, ReservationId reservationId) {
        return useCases.command(actor, StockPermissions.RELEASE, new ReservationRef(reservationId), () -> {
            Reservation reservation = reservations.find(actor.tenant(), reservationId).orElseThrow(() ->
                    new NotFoundException(StockError.RESERVATION_NOT_FOUND, "Reservation " + reservationId
                            + " does not exist."));
            StockItem item = ItemCatalogService.load(items, actor, reservation.item());
            List<DomainEvent> events = new ArrayList<>();
            release(actor, item, reservation, events);
            useCases.publish(events);
            allocation.fillBackorders(actor, item, StockPermissions.RELEASE);
            return ReservationSnapshot.of(reservation);
        });
    }

    private void release(Actor actor, StockItem item, Reservation reservation, List<DomainEvent> events) {
        BigDecimal rest = reservation.release(useCases.now(), useCases::newId);
        keeping.apply(actor.tenant(), item, List.of(new QuantityChange(item.id(), reservation.location(),
                reservation.lot(), BigDecimal.ZERO, rest.negate(), QuantityGuard.RESERVED_NOT_NEGATIVE)),
                useCases.now(), Map.of());
        reservations.update(reservation);
        events.addAll(reservation.pullEvents());
        useCases.audit(actor, StockPermissions.RELEASE, SUBJECT, reservation.id().value(), "released");
    }

    @Override
    public DemandRelease releaseDemand(Actor actor, String demand) {
        return useCases.command(actor, StockPermissions.RELEASE, new DemandRef(demand), () -> {
            String ref = demand.strip();
            List<DomainEvent> events = new ArrayList<>();
            Map<ItemId, StockItem> touched = new LinkedHashMap<>();
            List<ReservationSnapshot> released = new ArrayList<>();
            for (Reservation reservation : reservations.findByDemand(actor.tenant(), ref)) {
                if (reservation.isOpen()) {
                    StockItem item = touched.computeIfAbsent(reservation.item(),
                            id -> ItemCatalogService.load(items, actor, id));
                    release(actor, item, reservation, events);
                    released.add(ReservationSnapshot.of(reservation));
                }
            }
            List<BackorderSnapshot> cancelled = new ArrayList<>();
            for (Backorder backorder : backorders.findByDemand(actor.tenant(), ref)) {
                if (backorder.isOpen()) {
                    backorder.cancel(useCases.now(), useCases::newId);
                    backorders.update(backorder);
                    events.addAll(backorder.pullEvents());
                    useCases.audit(actor, StockPermissions.RELEASE, Allocation.BACKORDER, backorder.id().value(), "cancelled");
                    cancelled.add(BackorderSnapshot.of(backorder));
                }
            }
            useCases.publish(events);
            for (StockItem item : touched.values()) {
                allocation.fillBackorders(actor, item, StockPermissions.RELEASE);
            }
            return new DemandRelease(ref, released, cancelled);
        });
    }

    @Override
    public List<ReservationSnapshot> reservations(Actor actor, String demand) {
        return useCases.query(actor, StockPermissions.READ, new DemandRef(demand), () ->
                reservations.findByDemand(actor.tenant(), demand.strip()).stream().map(ReservationSnapshot::of).toList());
    }

    @Override
    public List<BackorderSnapshot> backorders(Actor actor, String demand) {
        return useCases.query(actor, StockPermissions.READ, new DemandRef(demand), () ->
                backorders.findByDemand(actor.tenant(), demand.strip()).stream().map(BackorderSnapshot::of).toList());
    }

    /** A stock row's key. */
    private record Row(ItemId item, LocationId location, String lot) implements Comparable<Row> {
        @Override
        public int compareTo(Row other) {
            int byItem = item.value().compareTo(other.item.value());
            int byLocation = location.value().compareTo(other.location.value());
            return byItem != 0 ? byItem : byLocation != 0 ? byLocation : lot.compareTo(other.lot);
        }
    }

    @Override
    public ReservationCheck checkReservations(Actor actor) {
        return useCases.query(actor, StockPermissions.READ, () -> {
            Map<Row, BigDecimal> onRows = new TreeMap<>();
            for (StockQuant quant : quantities.findReserved(actor.tenant())) {
                onRows.put(new Row(quant.item(), quant.location(), quant.lot()), quant.reserved());
            }
            Map<Row, BigDecimal> open = new HashMap<>();
            for (Reservation reservation : reservations.findOpen(actor.tenant())) {
                open.merge(new Row(reservation.item(), reservation.location(), reservation.lot()), reservation.open(),
                        BigDecimal::add);
            }
            Map<Row, BigDecimal> all = new TreeMap<>(onRows);
            open.keySet().forEach(row -> all.putIfAbsent(row, BigDecimal.ZERO));
            Map<ItemId, StockItem> catalogue = items.findAll(actor.tenant()).stream()
                    .collect(Collectors.toMap(StockItem::id, Function.identity()));
            List<ReservationCheck.Drift> drifts = new ArrayList<>();
            for (Row row : all.keySet()) {
                BigDecimal reserved = onRows.getOrDefault(row, BigDecimal.ZERO);
                BigDecimal held = open.getOrDefault(row, BigDecimal.ZERO);
                if (reserved.compareTo(held) != 0) {
                    String unit = Optional.ofNullable(catalogue.get(row.item())).map(StockItem::baseUnit).orElse("unit");
                    drifts.add(new ReservationCheck.Drift(row.item(), row.location(), row.lot().isEmpty() ? null : row.lot(),
                            Quantity.of(reserved, unit), Quantity.of(held, unit)));
                }
            }
            return new ReservationCheck(all.size(), List.copyOf(drifts));
        });
    }
}
