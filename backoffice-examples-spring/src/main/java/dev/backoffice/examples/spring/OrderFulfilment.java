package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.ReservationResult;
import dev.backoffice.stock.api.ReservationSnapshot;
import dev.backoffice.stock.api.ReserveStock;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ReservationStatus;
import dev.backoffice.stock.domain.StockError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's order fulfilment: stock reserved for an order (the order number is the library's
 * demand) and shipped.
 *
 * <p>Shipping issues, through {@code Inventory}, every open reservation of the order to the
 * customer, consuming the reservations; all moves are made in one Spring transaction, so an
 * order ships whole or not at all. (Over the in-memory adapters the library's {@code Shipping}
 * api does more: shipments with lifecycle, packages and carriers. The JPA adapter does not
 * provide the shipments ports yet, so this host issues the stock itself.)
 */
@Service
public class OrderFulfilment {

    private final BackOffice backOffice;

    public OrderFulfilment(BackOffice backOffice) {
        this.backOffice = backOffice;
    }

    public record ReserveRequest(String sku, String quantity, String unit, String idempotencyKey) {
    }

    public record ReservationView(String order, String sku, String requested, String reserved, String backordered,
                                 String unit, boolean complete) {
    }

    public record ShipmentView(String order, List<Shipped> moves) {
        public record Shipped(String move, String sku, String quantity, String unit, String lot) {
        }
    }

    /**
     * Reserves stock of the item for the order; refused with {@code stock.item.not_found} for an
     * unknown SKU and {@code stock.quantity.insufficient} when not enough is available (unless the
     * item allows backorders).
     */
    @Transactional
    public ReservationView reserve(Actor actor, String order, ReserveRequest request) {
        StockItemSnapshot item = item(actor, request.sku());
        Quantity quantity = Quantity.of(request.quantity(), request.unit() == null ? item.unit().base() : request.unit());
        ReservationResult result = backOffice.reservations().reserve(actor,
                ReserveStock.of(item.id(), order, quantity).withIdempotencyKey(request.idempotencyKey()));
        String backordered = result.backorder() == null ? "0" : result.backorder().outstanding().value().toPlainString();
        return new ReservationView(order, item.sku(), result.requested().value().toPlainString(),
                result.reserved().value().toPlainString(), backordered, result.reserved().unit(), result.isComplete());
    }

    /** Issues all open reservations of the order to the customer ({@code shop.order.nothing_to_ship} when none is open). */
    @Transactional
    public ShipmentView ship(Actor actor, String order) {
        List<ReservationSnapshot> open = backOffice.reservations().reservations(actor, order).stream()
                .filter(r -> r.status() == ReservationStatus.OPEN && r.open().value().signum() > 0)
                .toList();
        if (open.isEmpty()) {
            throw new RuleViolationException(ShopError.NOTHING_TO_SHIP, "Order " + order + " has no reserved stock to ship.");
        }
        Map<ItemId, String> skus = new HashMap<>();
        List<ShipmentView.Shipped> moves = open.stream().map(reservation -> {
            NewStockMove issue = NewStockMove.issue(reservation.item(), reservation.open(), reservation.location())
                    .forDemand(order).reference(order);
            StockMoveSnapshot move = backOffice.inventory().move(actor, reservation.lot() == null ? issue : issue.lot(reservation.lot()));
            String sku = skus.computeIfAbsent(reservation.item(), item -> backOffice.itemCatalog().item(actor, item).sku());
            return new ShipmentView.Shipped(move.id().value().toString(), sku,
                    move.baseQuantity().value().toPlainString(), move.baseQuantity().unit(), move.lot());
        }).toList();
        return new ShipmentView(order, moves);
    }

    private StockItemSnapshot item(Actor actor, String sku) {
        if (sku == null) {
            throw new NotFoundException(StockError.ITEM_NOT_FOUND, "An item SKU is required.");
        }
        return backOffice.itemCatalog().itemBySku(actor, sku)
                .orElseThrow(() -> new NotFoundException(StockError.ITEM_NOT_FOUND, "There is no item with SKU '" + sku + "'."));
    }
}
