package dev.backoffice.shipments.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.AdvanceShipment;
import dev.backoffice.shipments.api.DraftShipment;
import dev.backoffice.shipments.api.RecordDelivery;
import dev.backoffice.shipments.api.ShipmentSnapshot;
import dev.backoffice.shipments.api.Shipping;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.domain.DeliveryProof;
import dev.backoffice.shipments.domain.ReturnedGoods;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentStatus;
import dev.backoffice.shipments.domain.ShipmentTransition;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.Shipments;
import dev.backoffice.shipments.api.PackShipment;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.PickingList;
import dev.backoffice.shipments.domain.ShipmentPackage;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.StockLevel;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReservationSnapshot;
import dev.backoffice.stock.api.Reservations;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.ReservationStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The lifecycle of shipments. Stock is reserved, issued and released only through the stock
 * context's api ({@link Reservations}, {@link Inventory}), whose calls join this use case's unit of
 * work: a step and its stock commit together or not at all.
 */
final class ShippingService implements Shipping {

    static final String SUBJECT = "Shipment";
    private static final int MAX_LIST = 1_000;

    private final UseCases useCases;
    private final Shipments shipments;
    private final Warehousing warehousing;
    private final Reservations reservations;
    private final Inventory inventory;
    private final ItemCatalog itemCatalog;

    ShippingService(UseCases useCases, Shipments shipments, Warehousing warehousing, Reservations reservations,
                    Inventory inventory, ItemCatalog itemCatalog) {
        this.itemCatalog = itemCatalog;
        this.useCases = useCases;
        this.shipments = shipments;
        this.warehousing = warehousing;
        this.reservations = reservations;
        this.inventory = inventory;
    }

    /** A step and its command: the idempotency fingerprint, so one key cannot serve two different steps. */
    record Step(@NotNull String operation, @NotNull @Valid Object command) {
    }

    record ShipmentRef(@NotNull ShipmentId shipment) {
    }

    record StatusRef(@NotNull ShipmentStatus status) {
    }

    record DayRef(@NotNull java.time.LocalDate asOf) {
    }

    @Override
    public ShipmentSnapshot draft(Actor actor, DraftShipment command) {
        return useCases.create(actor, ShipmentsPermissions.DRAFT, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    LocationSnapshot origin = origin(actor, command.origin());
                    List<ShipmentLine> lines = new ArrayList<>();
                    for (DraftShipment.Line line : command.lines()) {
                        // the item is one of the tenant's and the quantity one of its units, exact in its base unit
                        itemCatalog.item(actor, line.item()).unit().toBase(line.quantity());
                        lines.add(new ShipmentLine(lines.size() + 1, line.item().value(), line.quantity(), line.lot(),
                                line.serials()));
                    }
                    String reference = command.reference() == null || command.reference().isBlank() ? null
                            : command.reference().strip();
                    Shipment shipment = Shipment.draft(ShipmentId.of(useCases.newId()), actor.tenant(), reference,
                            origin.id().value(), command.destination(), lines, command.promisedDate(), actor.id(),
                            useCases.now(), useCases::newId);
                    shipments.add(shipment);
                    useCases.audit(actor, ShipmentsPermissions.DRAFT, SUBJECT, shipment.id().value(), "drafted");
                    useCases.publish(shipment.pullEvents());
                    return ShipmentSnapshot.of(shipment);
                },
                snapshot -> snapshot.id().value(),
                id -> ShipmentSnapshot.of(load(actor, ShipmentId.of(id))));
    }

    private LocationSnapshot origin(Actor actor, LocationId id) {
        LocationSnapshot location;
        try {
            location = warehousing.location(actor, id);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException(ShipmentsError.ORIGIN_INVALID, "Location " + id + " does not exist.");
        }
        if (location.type() != LocationType.INTERNAL) {
            throw new RuleViolationException(ShipmentsError.ORIGIN_INVALID,
                    "A shipment leaves from an internal location, not from " + location.code() + ".");
        }
        return location;
    }

    @Override
    public ShipmentSnapshot confirm(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.CONFIRM, ShipmentTransition.CONFIRM, command, shipment -> {
            reserve(actor, shipment);
            return null;
        });
    }

    private void reserve(Actor actor, Shipment shipment) {
        LocationId origin = LocationId.of(shipment.origin());
        for (ShipmentLine line : shipment.lines()) {
            ItemId item = ItemId.of(line.item());
            if (line.serials().isEmpty()) {
                ReserveStock reserve = ReserveStock.of(item, shipment.demand(), line.quantity()).at(origin);
                complete(reservations.reserve(actor, line.lot() == null ? reserve : reserve.lot(line.lot())), line);
            } else {
                for (String serial : line.serials()) {
                    complete(reservations.reserve(actor, ReserveStock.of(item, shipment.demand(),
                            Quantity.of(1, line.quantity().unit())).at(origin).lot(serial)), line);
                }
            }
        }
    }

    @Override
    public ShipmentSnapshot confirmAvailable(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.CONFIRM, ShipmentTransition.CONFIRM, "CONFIRM_AVAILABLE", command,
                command == null ? null : command.shipment(), command == null ? null : command.idempotencyKey(),
                shipment -> {
                    splitUnavailable(actor, shipment);
                    reserve(actor, shipment);
                    String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
                    shipment.advance(ShipmentTransition.CONFIRM, actor.id(), useCases.now(), note, useCases::newId);
                    return null;
                });
    }

    /**
     * Keeps on the shipment what is available at its origin now and moves the rest into a new
     * draft linked to it. Availability is read through the stock api (per item and lot, in the
     * locations at and under the origin) and used up line by line.
     */
    private void splitUnavailable(Actor actor, Shipment shipment) {
        LocationSnapshot origin = warehousing.location(actor, LocationId.of(shipment.origin()));
        Set<LocationId> under = new HashSet<>();
        for (LocationSnapshot location : warehousing.locations(actor, origin.warehouse())) {
            if (location.code().equals(origin.code()) || location.code().startsWith(origin.code() + "/")) {
                under.add(location.id());
            }
        }
        Map<String, BigDecimal> available = new HashMap<>();
        Set<UUID> read = new HashSet<>();
        List<ShipmentLine> kept = new ArrayList<>();
        List<ShipmentLine> rest = new ArrayList<>();
        for (ShipmentLine line : shipment.lines()) {
            ItemId item = ItemId.of(line.item());
            if (read.add(line.item())) {
                for (StockLevel level : inventory.levels(actor, item)) {
                    if (under.contains(level.location()) && level.available().isPositive()) {
                        available.merge(line.item() + "|", level.available().value(), BigDecimal::add);
                        if (level.lot() != null) {
                            available.merge(line.item() + "|" + level.lot(), level.available().value(), BigDecimal::add);
                        }
                    }
                }
            }
            if (!line.serials().isEmpty()) {
                List<String> here = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (String serial : line.serials()) {
                    (take(available, line.item(), serial, BigDecimal.ONE).signum() > 0 ? here : missing).add(serial);
                }
                split(line, here.isEmpty() ? null : Quantity.of(here.size(), line.quantity().unit()), here,
                        missing.isEmpty() ? null : Quantity.of(missing.size(), line.quantity().unit()), missing, kept, rest);
                continue;
            }
            Quantity wanted = itemCatalog.item(actor, item).unit().toBase(line.quantity());
            BigDecimal taken = take(available, line.item(), line.lot(), wanted.value());
            if (taken.compareTo(wanted.value()) == 0) {
                kept.add(line);
            } else {
                split(line, taken.signum() > 0 ? Quantity.of(taken, wanted.unit()) : null, List.of(),
                        Quantity.of(wanted.value().subtract(taken), wanted.unit()), List.of(), kept, rest);
            }
        }
        if (kept.isEmpty()) {
            throw new RuleViolationException(ShipmentsError.STOCK_INSUFFICIENT,
                    "Nothing of shipment " + shipment.id() + " is available at its origin.");
        }
        if (!rest.isEmpty()) {
            Shipment backorder = shipment.splitOff(ShipmentId.of(useCases.newId()), kept, rest, actor.id(),
                    useCases.now(), useCases::newId);
            shipments.add(backorder);
            useCases.audit(actor, ShipmentsPermissions.CONFIRM, SUBJECT, backorder.id().value(),
                    "drafted as the backorder of " + shipment.id());
            useCases.publish(backorder.pullEvents());
        }
    }

    /** Takes up to {@code wanted} of what is available of the item (and lot, when given); returns what it took. */
    private static BigDecimal take(Map<String, BigDecimal> available, UUID item, String lot, BigDecimal wanted) {
        String key = item + "|" + (lot == null ? "" : lot);
        BigDecimal here = available.getOrDefault(key, BigDecimal.ZERO).min(
                available.getOrDefault(item + "|", BigDecimal.ZERO));
        BigDecimal taken = here.min(wanted).max(BigDecimal.ZERO);
        if (taken.signum() > 0) {
            available.merge(key, taken.negate(), BigDecimal::add);
            if (lot != null) {
                available.merge(item + "|", taken.negate(), BigDecimal::add);
            }
        }
        return taken;
    }

    private static void split(ShipmentLine line, Quantity keep, List<String> keptSerials, Quantity move,
                              List<String> movedSerials, List<ShipmentLine> kept, List<ShipmentLine> rest) {
        if (keep != null) {
            kept.add(new ShipmentLine(line.number(), line.item(), keep, line.lot(), keptSerials));
        }
        if (move != null) {
            rest.add(new ShipmentLine(line.number(), line.item(), move, line.lot(), movedSerials));
        }
    }

    @Override
    public PickingList pickingList(Actor actor, ShipmentId shipment) {
        return useCases.query(actor, ShipmentsPermissions.READ, new ShipmentRef(shipment), () -> {
            Shipment found = load(actor, shipment);
            Map<LocationId, List<PickingList.Pick>> byLocation = new HashMap<>();
            if (found.holdsStock()) {
                for (ReservationSnapshot held : reservations.reservations(actor, found.demand())) {
                    if (held.status() == ReservationStatus.OPEN && held.open().isPositive()) {
                        byLocation.computeIfAbsent(held.location(), l -> new ArrayList<>())
                                .add(new PickingList.Pick(held.item(), held.lot(), held.open()));
                    }
                }
            }
            List<PickingList.Stop> stops = new ArrayList<>();
            for (Map.Entry<LocationId, List<PickingList.Pick>> entry : byLocation.entrySet()) {
                List<PickingList.Pick> picks = new ArrayList<>(entry.getValue());
                picks.sort(Comparator.comparing((PickingList.Pick p) -> p.item().value())
                        .thenComparing(p -> p.lot() == null ? "" : p.lot()));
                stops.add(new PickingList.Stop(entry.getKey(), warehousing.location(actor, entry.getKey()).code(),
                        List.copyOf(picks)));
            }
            stops.sort(Comparator.comparing(PickingList.Stop::code));
            return new PickingList(shipment, List.copyOf(stops));
        });
    }

    private static void complete(ReservationResult result, ShipmentLine line) {
        if (!result.isComplete()) {
            throw new RuleViolationException(ShipmentsError.STOCK_INSUFFICIENT, "Only " + result.reserved() + " of the "
                    + result.requested() + " of line " + line.number() + " is available at the shipment's origin.");
        }
    }

    @Override
    public ShipmentSnapshot pick(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.FULFIL, ShipmentTransition.PICK, command, null);
    }

    @Override
    public ShipmentSnapshot unpick(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.FULFIL, ShipmentTransition.UNPICK, command, null);
    }

    @Override
    public ShipmentSnapshot pack(Actor actor, PackShipment command) {
        return step(actor, ShipmentsPermissions.FULFIL, ShipmentTransition.PACK, ShipmentTransition.PACK.name(), command,
                command == null ? null : command.shipment(), command == null ? null : command.idempotencyKey(),
                shipment -> {
                    List<ShipmentPackage> packages = new ArrayList<>();
                    for (PackShipment.Box box : command.packages()) {
                        packages.add(new ShipmentPackage(packages.size() + 1, box.boxType(), box.weight(), box.length(),
                                box.width(), box.height()));
                    }
                    String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
                    shipment.pack(packages, actor.id(), useCases.now(), note, useCases::newId);
                    return null;
                });
    }

    @Override
    public ShipmentSnapshot unpack(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.FULFIL, ShipmentTransition.UNPACK, command, null);
    }

    @Override
    public ShipmentSnapshot ship(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.SHIP, ShipmentTransition.SHIP, command, shipment -> {
            issue(actor, shipment);
            return null;
        });
    }

    /** Issues every open reservation of the shipment's demand, from where it lies, to {@code @customer}. */
    private void issue(Actor actor, Shipment shipment) {
        Set<UUID> serialItems = new HashSet<>();
        for (ShipmentLine line : shipment.lines()) {
            if (!line.serials().isEmpty()) {
                serialItems.add(line.item());
            }
        }
        for (ReservationSnapshot held : reservations.reservations(actor, shipment.demand())) {
            if (held.status() != ReservationStatus.OPEN || !held.open().isPositive()) {
                continue;
            }
            NewStockMove issue = NewStockMove.issue(held.item(), held.open(), held.location())
                    .forDemand(shipment.demand()).reference(shipment.reference() == null
                            ? "shipment " + shipment.id() : shipment.reference());
            if (held.lot() != null) {
                issue = serialItems.contains(held.item().value()) ? issue.serials(held.lot()) : issue.lot(held.lot());
            }
            inventory.move(actor, issue);
        }
    }

    @Override
    public ShipmentSnapshot markInTransit(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.TRACK, ShipmentTransition.DEPART, command, null);
    }

    @Override
    public ShipmentSnapshot recordDelivery(Actor actor, RecordDelivery command) {
        return useCases.create(actor, ShipmentsPermissions.TRACK, new Step(ShipmentTransition.DELIVER.name(), command),
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Shipment shipment = load(actor, command.shipment());
                    String signatory = command.signatory() == null || command.signatory().isBlank() ? null
                            : command.signatory().strip();
                    shipment.deliver(new DeliveryProof(command.deliveredAt() == null ? useCases.now()
                            : command.deliveredAt(), signatory), actor.id(), useCases.now(), useCases::newId);
                    return stored(actor, ShipmentsPermissions.TRACK, ShipmentTransition.DELIVER, shipment);
                },
                snapshot -> snapshot.id().value(),
                id -> ShipmentSnapshot.of(load(actor, ShipmentId.of(id))));
    }

    @Override
    public ShipmentSnapshot recordDeliveryFailure(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.TRACK, ShipmentTransition.FAIL_DELIVERY, command, null);
    }

    @Override
    public ShipmentSnapshot retryDelivery(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.TRACK, ShipmentTransition.RETRY_DELIVERY, command, null);
    }

    @Override
    public ShipmentSnapshot recordReturn(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.TRACK, ShipmentTransition.RETURN, command, null);
    }

    @Override
    public ShipmentSnapshot receiveReturn(Actor actor, ReceiveReturn command) {
        return useCases.create(actor, ShipmentsPermissions.RECEIVE_RETURN, new Step("RECEIVE_RETURN", command),
                command == null ? null : command.idempotencyKey(),
                () -> ShipmentSnapshot.of(receiveGoodsBack(actor, command)),
                snapshot -> snapshot.id().value(),
                id -> ShipmentSnapshot.of(load(actor, ShipmentId.of(id))));
    }

    /**
     * Receives goods of a delivered or returned shipment back, inside the caller's unit of work: the
     * one piece of code behind {@link #receiveReturn} and {@code Returns.receive}. Every line is
     * checked against what the shipment carried and has not got back yet, received through the stock
     * api (a receipt from {@code @customer} into the restock location, or into the location for
     * damaged goods), and kept on the shipment, which is stored, audited and its events published.
     * All lines or none: a refusal leaves the unit of work to roll back.
     */
    Shipment receiveGoodsBack(Actor actor, ReceiveReturn command) {
        Shipment shipment = load(actor, command.shipment());
        requireReceivesReturns(shipment);
        Map<UUID, Quantity> open = notReturned(actor, shipment);
        LocationId customer = warehousing.virtualLocation(actor, LocationType.CUSTOMER).id();
        List<ReturnedGoods> goods = new ArrayList<>();
        for (ReceiveReturn.Line line : command.lines()) {
            Quantity base = itemCatalog.item(actor, line.item()).unit().toBase(line.quantity());
            takeBack(open, shipment, line.item(), base, "not yet returned");
            LocationId into = line.damaged() ? command.damagedInto() : command.restockInto();
            if (into == null) {
                throw new RuleViolationException(ShipmentsError.RETURN_LOCATION_REQUIRED,
                        "Damaged goods came back: name the location for damaged goods.");
            }
            NewStockMove receipt = NewStockMove.receipt(line.item(), line.quantity(), into).from(customer)
                    .reference("return of shipment " + shipment.id());
            if (!line.serials().isEmpty()) {
                receipt = receipt.serials(line.serials().toArray(String[]::new));
            } else if (line.lot() != null && !line.lot().isBlank()) {
                receipt = receipt.lot(line.lot().strip());
            }
            inventory.move(actor, receipt);
            goods.add(new ReturnedGoods(line.item().value(), base, line.lot(), line.serials(), line.damaged(),
                    into.value(), actor.id(), useCases.now()));
        }
        shipment.receiveReturn(goods, actor.id(), useCases.now(), useCases::newId);
        shipments.update(shipment);
        useCases.audit(actor, ShipmentsPermissions.RECEIVE_RETURN, SUBJECT, shipment.id().value(),
                goods.size() + " returned line(s) received");
        useCases.publish(shipment.pullEvents());
        return shipment;
    }

    /** Refuses goods back from a shipment that is not delivered or returned ({@code shipments.return.not_allowed}). */
    static void requireReceivesReturns(Shipment shipment) {
        if (!shipment.receivesReturns()) {
            throw new RuleViolationException(ShipmentsError.RETURN_NOT_ALLOWED, "Shipment " + shipment.id()
                    + " is " + shipment.status() + ": goods come back from a delivered or returned shipment.");
        }
    }

    /** Per item, in its base unit, what the shipment carried and has not got back yet. */
    Map<UUID, Quantity> notReturned(Actor actor, Shipment shipment) {
        Map<UUID, Quantity> open = new HashMap<>();
        for (ShipmentLine line : shipment.lines()) {
            Quantity base = itemCatalog.item(actor, ItemId.of(line.item())).unit().toBase(line.quantity());
            open.merge(line.item(), base, Quantity::plus);
        }
        for (ReturnedGoods back : shipment.returns()) {
            open.merge(back.item(), back.quantity().negate(), Quantity::plus);
        }
        return open;
    }

    /**
     * Takes goods coming back off what may still come back ({@code shipments.lines.invalid} for
     * nothing or less; {@code shipments.return.too_much} for more than may come back, or for an item
     * the shipment did not carry); {@code left} says what the open quantities are, for the message.
     */
    static void takeBack(Map<UUID, Quantity> open, Shipment shipment, ItemId item, Quantity base, String left) {
        if (!base.isPositive()) {
            throw new RuleViolationException(ShipmentsError.LINES_INVALID,
                    "A returned line needs a quantity above zero, not " + base + ".");
        }
        Quantity available = open.get(item.value());
        if (available == null || base.isGreaterThan(available)) {
            throw new RuleViolationException(ShipmentsError.RETURN_TOO_MUCH, "Shipment " + shipment.id()
                    + " carried " + (available == null ? "none" : available + " " + left) + " of item "
                    + item + "; " + base + " cannot come back.");
        }
        open.put(item.value(), available.minus(base));
    }

    @Override
    public ShipmentSnapshot cancel(Actor actor, AdvanceShipment command) {
        return step(actor, ShipmentsPermissions.CANCEL, ShipmentTransition.CANCEL, command, shipment -> {
            if (shipment.holdsStock()) {
                reservations.releaseDemand(actor, shipment.demand());
            }
            return null;
        });
    }

    /**
     * One step: admitted, then in one unit of work the shipment is loaded, the step checked against
     * the table, the stock work done (before the state changes, so it sees the state it was asked
     * in), and the shipment stored, audited and its event published.
     */
    private ShipmentSnapshot step(Actor actor, String permission, ShipmentTransition transition,
                                  AdvanceShipment command, java.util.function.Function<Shipment, Void> stockWork) {
        return step(actor, permission, transition, transition.name(), command, command == null ? null : command.shipment(),
                command == null ? null : command.idempotencyKey(), shipment -> {
                    if (stockWork != null) {
                        stockWork.apply(shipment);
                    }
                    String note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
                    shipment.advance(transition, actor.id(), useCases.now(), note, useCases::newId);
                    return null;
                });
    }

    private ShipmentSnapshot step(Actor actor, String permission, ShipmentTransition transition, String operation,
                                  Object command, ShipmentId shipmentId, String idempotencyKey,
                                  java.util.function.Function<Shipment, Void> work) {
        return useCases.create(actor, permission, new Step(operation, command),
                idempotencyKey,
                () -> {
                    Shipment shipment = load(actor, shipmentId);
                    shipment.require(transition);
                    work.apply(shipment);
                    return stored(actor, permission, transition, shipment);
                },
                snapshot -> snapshot.id().value(),
                id -> ShipmentSnapshot.of(load(actor, ShipmentId.of(id))));
    }

    private ShipmentSnapshot stored(Actor actor, String permission, ShipmentTransition transition, Shipment shipment) {
        shipments.update(shipment);
        useCases.audit(actor, permission, SUBJECT, shipment.id().value(),
                transition.name().toLowerCase(Locale.ROOT) + ": " + shipment.history().get(shipment.history().size() - 1)
                        .from() + " -> " + shipment.status());
        useCases.publish(shipment.pullEvents());
        return ShipmentSnapshot.of(shipment);
    }

    Shipment load(Actor actor, ShipmentId id) {
        return shipments.find(actor.tenant(), id).orElseThrow(() -> new NotFoundException(
                ShipmentsError.SHIPMENT_NOT_FOUND, "Shipment " + id + " does not exist."));
    }

    @Override
    public ShipmentSnapshot shipment(Actor actor, ShipmentId shipment) {
        return useCases.query(actor, ShipmentsPermissions.READ, new ShipmentRef(shipment),
                () -> ShipmentSnapshot.of(load(actor, shipment)));
    }

    @Override
    public List<ShipmentSnapshot> lateShipments(Actor actor, java.time.LocalDate asOf) {
        return useCases.query(actor, ShipmentsPermissions.READ, new DayRef(asOf),
                () -> shipments.findLate(actor.tenant(), asOf, MAX_LIST).stream().map(ShipmentSnapshot::of).toList());
    }

    @Override
    public List<ShipmentSnapshot> shipments(Actor actor, ShipmentStatus status) {
        return useCases.query(actor, ShipmentsPermissions.READ, new StatusRef(status),
                () -> shipments.findByStatus(actor.tenant(), status, MAX_LIST).stream().map(ShipmentSnapshot::of).toList());
    }
}
