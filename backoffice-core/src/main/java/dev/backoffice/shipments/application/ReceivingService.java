package dev.backoffice.shipments.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.shipments.api.CloseReceipt;
import dev.backoffice.shipments.api.ExpectReceipt;
import dev.backoffice.shipments.api.InboundReceiptSnapshot;
import dev.backoffice.shipments.api.ReceiveGoods;
import dev.backoffice.shipments.api.Receiving;
import dev.backoffice.shipments.api.ShipmentsPermissions;
import dev.backoffice.shipments.domain.InboundGoods;
import dev.backoffice.shipments.domain.InboundLine;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.domain.ShipmentsError;
import dev.backoffice.shipments.spi.InboundReceipts;
import dev.backoffice.stock.api.Inventory;
import dev.backoffice.stock.api.ItemCatalog;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.Warehousing;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.UnitOfMeasure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Inbound receipts from suppliers. Accepted goods enter stock only through the stock context's api
 * ({@link Inventory#move}, a receipt from {@code @supplier} with the line's unit cost), whose call
 * joins this use case's unit of work: a delivery, its stock, its valuation and its posting commit
 * together or not at all.
 */
final class ReceivingService implements Receiving {

    static final String SUBJECT = "InboundReceipt";
    private static final int MAX_LIST = 1_000;

    private final UseCases useCases;
    private final InboundReceipts receipts;
    private final Warehousing warehousing;
    private final Inventory inventory;
    private final ItemCatalog itemCatalog;

    ReceivingService(UseCases useCases, InboundReceipts receipts, Warehousing warehousing, Inventory inventory,
                     ItemCatalog itemCatalog) {
        this.useCases = useCases;
        this.receipts = receipts;
        this.warehousing = warehousing;
        this.inventory = inventory;
        this.itemCatalog = itemCatalog;
    }

    /** A step and its command: the idempotency fingerprint, so one key cannot serve two different steps. */
    record Step(@NotNull String operation, @NotNull @Valid Object command) {
    }

    record ReceiptRef(@NotNull InboundReceiptId receipt) {
    }

    record DayRef(@NotNull LocalDate asOf) {
    }

    @Override
    public InboundReceiptSnapshot expect(Actor actor, ExpectReceipt command) {
        return useCases.create(actor, ShipmentsPermissions.EXPECT_RECEIPT, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    LocationSnapshot destination = internal(actor, command.destination());
                    List<InboundLine> lines = new ArrayList<>();
                    for (ExpectReceipt.Line line : command.lines()) {
                        Quantity base = itemCatalog.item(actor, line.item()).unit().toBase(line.quantity());
                        lines.add(new InboundLine(lines.size() + 1, line.item().value(), base, line.unitCost(),
                                blankToNull(line.lot())));
                    }
                    InboundReceipt receipt = InboundReceipt.expect(InboundReceiptId.of(useCases.newId()),
                            actor.tenant(), command.supplier().strip(), blankToNull(command.supplierReference()),
                            destination.id().value(), command.expectedDate(), command.overReceiptPercent(), lines,
                            actor.id(), useCases.now(), useCases::newId);
                    receipts.add(receipt);
                    useCases.audit(actor, ShipmentsPermissions.EXPECT_RECEIPT, SUBJECT, receipt.id().value(),
                            "expected with " + lines.size() + " line(s)");
                    useCases.publish(receipt.pullEvents());
                    return InboundReceiptSnapshot.of(receipt);
                },
                snapshot -> snapshot.id().value(),
                id -> InboundReceiptSnapshot.of(load(actor, InboundReceiptId.of(id))));
    }

    private LocationSnapshot internal(Actor actor, LocationId id) {
        LocationSnapshot location;
        try {
            location = warehousing.location(actor, id);
        } catch (NotFoundException unknown) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_LOCATION_INVALID, "Location " + id
                    + " does not exist.");
        }
        if (location.type() != LocationType.INTERNAL) {
            throw new RuleViolationException(ShipmentsError.RECEIPT_LOCATION_INVALID,
                    "Goods are received into an internal location, not into " + location.code() + ".");
        }
        return location;
    }

    @Override
    public InboundReceiptSnapshot receive(Actor actor, ReceiveGoods command) {
        return step(actor, ShipmentsPermissions.RECEIVE, "RECEIVE", command,
                command == null ? null : command.receipt(), command == null ? null : command.idempotencyKey(),
                receipt -> {
                    LocationId into = command.into() == null ? LocationId.of(receipt.destination()) : command.into();
                    internal(actor, into);
                    int delivery = receipt.nextDelivery();
                    List<InboundGoods> goods = new ArrayList<>();
                    for (ReceiveGoods.Line line : command.lines()) {
                        InboundLine expected = receipt.line(line.line());
                        if (expected == null) {
                            throw new RuleViolationException(ShipmentsError.RECEIPT_LINE_UNKNOWN, "Receipt "
                                    + receipt.id() + " has no line " + line.line() + ".");
                        }
                        UnitOfMeasure unit = itemCatalog.item(actor, ItemId.of(expected.item())).unit();
                        Quantity accepted = unit.toBase(line.accepted());
                        Quantity rejected = line.rejected() == null ? Quantity.zero(accepted.unit())
                                : unit.toBase(line.rejected());
                        String lot = blankToNull(line.lot()) == null ? expected.lot() : line.lot().strip();
                        goods.add(new InboundGoods(delivery, line.line(), accepted, rejected,
                                blankToNull(line.rejectReason()), accepted.isPositive() ? lot : null,
                                line.serials(), into.value(), null, actor.id(), useCases.now()));
                    }
                    // every rule of the receipt before any stock moves; the stock context then adds its own
                    receipt.check(goods);
                    List<InboundGoods> received = new ArrayList<>();
                    for (InboundGoods g : goods) {
                        received.add(g.accepted().isPositive() ? g.withMove(enterStock(actor, receipt, g, into)) : g);
                    }
                    receipt.receive(received, actor.id(), useCases.now(), blankToNull(command.note()), useCases::newId);
                });
    }

    /** The accepted goods of a line as a receipt from {@code @supplier} at the line's unit cost; returns the move's id. */
    private java.util.UUID enterStock(Actor actor, InboundReceipt receipt, InboundGoods goods, LocationId into) {
        InboundLine line = receipt.line(goods.line());
        NewStockMove move = NewStockMove.receipt(ItemId.of(line.item()), goods.accepted(), into)
                .withUnitCost(line.unitCost())
                .reference(receipt.supplierReference() == null ? "receipt " + receipt.id()
                        : truncate(receipt.supplierReference()));
        if (!goods.serials().isEmpty()) {
            move = move.serials(goods.serials().toArray(String[]::new));
        } else if (goods.lot() != null) {
            move = move.lot(goods.lot());
        }
        return inventory.move(actor, move).id().value();
    }

    private static String truncate(String reference) {
        return reference.length() <= 200 ? reference : reference.substring(0, 200);
    }

    @Override
    public InboundReceiptSnapshot closeShort(Actor actor, CloseReceipt command) {
        return step(actor, ShipmentsPermissions.CLOSE_RECEIPT, "CLOSE_SHORT", command,
                command == null ? null : command.receipt(), command == null ? null : command.idempotencyKey(),
                receipt -> receipt.closeShort(actor.id(), useCases.now(), blankToNull(command.note()), useCases::newId));
    }

    @Override
    public InboundReceiptSnapshot cancel(Actor actor, CloseReceipt command) {
        return step(actor, ShipmentsPermissions.CLOSE_RECEIPT, "CANCEL", command,
                command == null ? null : command.receipt(), command == null ? null : command.idempotencyKey(),
                receipt -> receipt.cancel(actor.id(), useCases.now(), blankToNull(command.note()), useCases::newId));
    }

    /**
     * One step: admitted, then in one unit of work the receipt is loaded, the work done (stock
     * included), and the receipt stored, audited and its events published.
     */
    private InboundReceiptSnapshot step(Actor actor, String permission, String operation, Object command,
                                        InboundReceiptId id, String idempotencyKey, Consumer<InboundReceipt> work) {
        return useCases.create(actor, permission, new Step(operation, command), idempotencyKey,
                () -> {
                    InboundReceipt receipt = load(actor, id);
                    work.accept(receipt);
                    receipts.update(receipt);
                    useCases.audit(actor, permission, SUBJECT, receipt.id().value(),
                            operation.toLowerCase(Locale.ROOT) + ": " + receipt.history()
                                    .get(receipt.history().size() - 1).from() + " -> " + receipt.status());
                    useCases.publish(receipt.pullEvents());
                    return InboundReceiptSnapshot.of(receipt);
                },
                snapshot -> snapshot.id().value(),
                stored -> InboundReceiptSnapshot.of(load(actor, InboundReceiptId.of(stored))));
    }

    private InboundReceipt load(Actor actor, InboundReceiptId id) {
        return receipts.find(actor.tenant(), id).orElseThrow(() -> new NotFoundException(
                ShipmentsError.RECEIPT_NOT_FOUND, "Receipt " + id + " does not exist."));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public InboundReceiptSnapshot receipt(Actor actor, InboundReceiptId receipt) {
        return useCases.query(actor, ShipmentsPermissions.READ, new ReceiptRef(receipt),
                () -> InboundReceiptSnapshot.of(load(actor, receipt)));
    }

    @Override
    public List<InboundReceiptSnapshot> openReceipts(Actor actor) {
        return useCases.query(actor, ShipmentsPermissions.READ,
                () -> receipts.findOpen(actor.tenant(), MAX_LIST).stream().map(InboundReceiptSnapshot::of).toList());
    }

    @Override
    public List<InboundReceiptSnapshot> lateReceipts(Actor actor, LocalDate asOf) {
        return useCases.query(actor, ShipmentsPermissions.READ, new DayRef(asOf),
                () -> receipts.findLate(actor.tenant(), asOf, MAX_LIST).stream().map(InboundReceiptSnapshot::of)
                        .toList());
    }
}
