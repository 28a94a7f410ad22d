package dev.backoffice.shipments.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.AdvanceReturn;
import dev.backoffice.shipments.api.AuthorizeReturn;
import dev.backoffice.shipments.api.ReceiveReturn;
import dev.backoffice.shipments.api.ReceiveReturnShipment;
import dev.backoffice.shipments.api.RequestReturnLabel;
import dev.backoffice.shipments.api.ReturnShipmentSnapshot;
import dev.backoffice.shipments.api.Returns;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.domain.ReturnShipment;
import dev.backoffice.shipments.domain.ReturnShipmentId;
import dev.backoffice.shipments.domain.ReturnShipmentTransition;
import dev.backoffice.shipments.domain.Shipment;
import dev.backoffice.shipments.domain.ShipmentId;
import dev.backoffice.shipments.domain.ShipmentLine;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.shipments.spi.ReturnShipments;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.domain.ItemId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Return shipments (return merchandise authorizations). Their steps follow
 * {@code ReturnShipmentLifecycle}'s table. The goods are received with the code that
 * {@link ShippingService#receiveReturn} runs ({@link ShippingService#receiveGoodsBack}), in the
 * return's unit of work: the return, the shipment's returned goods, the stock, its valuation and its
 * posting commit together or not at all. The return label comes from the code behind
 * {@link CarrierService#returnLabel} ({@link CarrierService#returnLabelFor}), called outside any unit
 * of work, and is stored in one that checks the return again.
 */
final class ReturnsService implements Returns {

    static final String SUBJECT = "ReturnShipment";
    private static final int MAX_LIST = 1_000;

    private final UseCases useCases;
    private final ReturnShipments returns;
    private final ShippingService shipping;
    private final CarrierService carriers;
    private final ItemCatalog itemCatalog;

    ReturnsService(UseCases useCases, ReturnShipments returns, ShippingService shipping, CarrierService carriers,
                   ItemCatalog itemCatalog) {
        this.useCases = useCases;
        this.returns = returns;
        this.shipping = shipping;
        this.carriers = carriers;
        this.itemCatalog = itemCatalog;
    }

    /** A step and its command: the idempotency fingerprint, so one key cannot serve two different steps. */
    record Step(@NotNull String operation, @NotNull @Valid Object command) {
    }

    record ReturnRef(@NotNull ReturnShipmentId returnShipment) {
    }

    record ShipmentRef(@NotNull ShipmentId shipment) {
    }

    @Override
    public ReturnShipmentSnapshot authorize(Actor actor, AuthorizeReturn command) {
        return useCases.create(actor, ShipmentsPermissions.AUTHORIZE_RETURN, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Shipment shipment = shipping.load(actor, command.shipment());
                    ShippingService.requireReceivesReturns(shipment);
                    Map<UUID, Quantity> open = shipping.notReturned(actor, shipment);
                    for (ReturnShipment earlier : returns.findByShipment(actor.tenant(), shipment.id())) {
                        if (earlier.status().isOpen()) {
                            for (ShipmentLine line : earlier.lines()) {
                                open.merge(line.item(), line.quantity().negate(), Quantity::plus);
                            }
                        }
                    }
                    List<ShipmentLine> lines = new ArrayList<>();
                    for (AuthorizeReturn.Line line : command.lines()) {
                        Quantity base = itemCatalog.item(actor, line.item()).unit().toBase(line.quantity());
                        ShipmentLine back = new ShipmentLine(lines.size() + 1, line.item().value(), base,
                                blankToNull(line.lot()), line.serials());
                        ShippingService.takeBack(open, shipment, line.item(), base,
                                "neither returned nor authorized to come back yet");
                        lines.add(back);
                    }
                    ReturnShipment created = ReturnShipment.authorize(ReturnShipmentId.of(useCases.newId()),
                            actor.tenant(), shipment.id(), blankToNull(command.reason()), lines, actor.id(),
                            useCases.now(), useCases::newId);
                    returns.add(created);
                    useCases.audit(actor, ShipmentsPermissions.AUTHORIZE_RETURN, SUBJECT, created.id().value(),
                            "authorized with " + lines.size() + " line(s) for shipment " + shipment.id());
                    useCases.publish(created.pullEvents());
                    return ReturnShipmentSnapshot.of(created);
                },
                snapshot -> snapshot.id().value(),
                id -> ReturnShipmentSnapshot.of(load(actor, ReturnShipmentId.of(id))));
    }

    @Override
    public ReturnShipmentSnapshot requestLabel(Actor actor, RequestReturnLabel command) {
        useCases.admit(actor, ShipmentsPermissions.BOOK, command);
        Step fingerprint = new Step(ReturnShipmentTransition.LABEL.name(), command);
        Optional<UUID> earlier = useCases.read(actor.tenant(),
                () -> useCases.recall(actor, command.idempotencyKey(), fingerprint));
        if (earlier.isPresent()) {
            return useCases.read(actor.tenant(), () -> ReturnShipmentSnapshot.of(load(actor,
                    ReturnShipmentId.of(earlier.get()))));
        }
        ReturnShipment read = useCases.read(actor.tenant(), () -> load(actor, command.returnShipment()));
        read.require(ReturnShipmentTransition.LABEL);
        CarrierGateway.Label label = carriers.returnLabelFor(actor, read.shipment(), command.packageNumber());
        return useCases.execute(actor.tenant(), () -> {
            Optional<UUID> raced = useCases.recall(actor, command.idempotencyKey(), fingerprint);
            if (raced.isPresent()) {
                return ReturnShipmentSnapshot.of(load(actor, ReturnShipmentId.of(raced.get())));
            }
            ReturnShipment current = load(actor, command.returnShipment());
            current.label(label.trackingNumber(), label.label(), actor.id(), useCases.now(), useCases::newId);
            ReturnShipmentSnapshot stored = stored(actor, ShipmentsPermissions.BOOK, ReturnShipmentTransition.LABEL,
                    current);
            useCases.remember(actor, command.idempotencyKey(), fingerprint, current.id().value());
            return stored;
        });
    }

    @Override
    public ReturnShipmentSnapshot markInTransit(Actor actor, AdvanceReturn command) {
        return advance(actor, ShipmentsPermissions.TRACK, ReturnShipmentTransition.DEPART, command);
    }

    @Override
    public ReturnShipmentSnapshot cancel(Actor actor, AdvanceReturn command) {
        return advance(actor, ShipmentsPermissions.AUTHORIZE_RETURN, ReturnShipmentTransition.CANCEL, command);
    }

    private ReturnShipmentSnapshot advance(Actor actor, String permission, ReturnShipmentTransition transition,
                                           AdvanceReturn command) {
        return step(actor, permission, transition, command, command == null ? null : command.returnShipment(),
                command == null ? null : command.idempotencyKey(),
                r -> r.advance(transition, actor.id(), useCases.now(), blankToNull(command.note()), useCases::newId));
    }

    @Override
    public ReturnShipmentSnapshot receive(Actor actor, ReceiveReturnShipment command) {
        return step(actor, ShipmentsPermissions.RECEIVE_RETURN, ReturnShipmentTransition.RECEIVE, command,
                command == null ? null : command.returnShipment(), command == null ? null : command.idempotencyKey(),
                r -> {
                    Set<Integer> damaged = new HashSet<>(command.damagedLines());
                    for (Integer number : damaged) {
                        if (r.line(number) == null) {
                            throw new RuleViolationException(ShipmentsError.RETURN_SHIPMENT_LINE_UNKNOWN, "Return "
                                    + r.id() + " has no line " + number + ".");
                        }
                    }
                    List<ReceiveReturn.Line> lines = new ArrayList<>();
                    for (ShipmentLine line : r.lines()) {
                        lines.add(new ReceiveReturn.Line(ItemId.of(line.item()), line.quantity(), line.lot(),
                                line.serials(), damaged.contains(line.number())));
                    }
                    shipping.receiveGoodsBack(actor, new ReceiveReturn(r.shipment(), command.restockInto(),
                            command.damagedInto(), lines, null));
                    r.advance(ReturnShipmentTransition.RECEIVE, actor.id(), useCases.now(), blankToNull(command.note()),
                            useCases::newId);
                });
    }

    /**
     * One step: admitted, then in one unit of work the return is loaded, the step checked against
     * the table before any work, the work done (stock included), and the return stored, audited and
     * its events published.
     */
    private ReturnShipmentSnapshot step(Actor actor, String permission, ReturnShipmentTransition transition,
                                        Object command, ReturnShipmentId id, String idempotencyKey,
                                        Consumer<ReturnShipment> work) {
        return useCases.create(actor, permission, new Step(transition.name(), command), idempotencyKey,
                () -> {
                    // held from here: a concurrent step waits, then finds this one's state and is refused by the table
                    ReturnShipment r = returns.lockForUpdate(actor.tenant(), id).orElseThrow(() -> notFound(id));
                    r.require(transition);
                    work.accept(r);
                    return stored(actor, permission, transition, r);
                },
                snapshot -> snapshot.id().value(),
                stored -> ReturnShipmentSnapshot.of(load(actor, ReturnShipmentId.of(stored))));
    }

    private ReturnShipmentSnapshot stored(Actor actor, String permission, ReturnShipmentTransition transition,
                                          ReturnShipment r) {
        returns.update(r);
        useCases.audit(actor, permission, SUBJECT, r.id().value(), transition.name().toLowerCase(Locale.ROOT) + ": "
                + r.history().get(r.history().size() - 1).from() + " -> " + r.status());
        useCases.publish(r.pullEvents());
        return ReturnShipmentSnapshot.of(r);
    }

    private ReturnShipment load(Actor actor, ReturnShipmentId id) {
        return returns.find(actor.tenant(), id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(ReturnShipmentId id) {
        return new NotFoundException(ShipmentsError.RETURN_SHIPMENT_NOT_FOUND, "Return shipment " + id + " does not exist.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public ReturnShipmentSnapshot returnShipment(Actor actor, ReturnShipmentId returnShipment) {
        return useCases.query(actor, ShipmentsPermissions.READ, new ReturnRef(returnShipment),
                () -> ReturnShipmentSnapshot.of(load(actor, returnShipment)));
    }

    @Override
    public List<ReturnShipmentSnapshot> returnsOf(Actor actor, ShipmentId shipment) {
        return useCases.query(actor, ShipmentsPermissions.READ, new ShipmentRef(shipment),
                () -> returns.findByShipment(actor.tenant(), shipment).stream().limit(MAX_LIST)
                        .map(ReturnShipmentSnapshot::of).toList());
    }
}
