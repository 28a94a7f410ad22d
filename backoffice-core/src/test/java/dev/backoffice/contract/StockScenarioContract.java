package dev.backoffice.contract;

import dev.backoffice.common.Quantity;
import dev.backoffice.stock.api.AddLocation;
import dev.backoffice.stock.api.CreateItem;
import dev.backoffice.stock.api.LocationSnapshot;
import dev.backoffice.stock.api.NewStockMove;
import dev.backoffice.stock.api.OpenWarehouse;
import dev.backoffice.stock.api.StockItemSnapshot;
import dev.backoffice.stock.api.StockLevel;
import dev.backoffice.stock.api.StockMoveSnapshot;
import dev.backoffice.stock.api.WarehouseSnapshot;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.Tracking;
import dev.backoffice.stock.domain.UnitOfMeasure;
import org.junit.jupiter.api.BeforeEach;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The base of the stock scenarios through the api: a warehouse with two shelves and items of every kind. */
public abstract class StockScenarioContract extends StockApiContract {


    protected WarehouseSnapshot main;
    protected LocationSnapshot shelfA;
    protected LocationSnapshot shelfB;
    protected StockItemSnapshot widget;
    protected StockItemSnapshot milk;
    protected StockItemSnapshot phone;
    protected StockItemSnapshot bolt;

    @BeforeEach
    void stockSetUp() {
        main = stock.warehousing().openWarehouse(alice, OpenWarehouse.of("MAIN", "Main"));
        shelfA = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "A", "Shelf A"));
        shelfB = stock.warehousing().addLocation(alice, AddLocation.of(main.rootLocation(), "B", "Shelf B"));
        widget = stock.itemCatalog().createItem(alice, CreateItem.of("WIDGET", "Widget", UnitOfMeasure.of("pc").with("box", "12")));
        milk = stock.itemCatalog().createItem(alice, CreateItem.of("MILK", "Milk", UnitOfMeasure.of("l", 1)).tracked(Tracking.LOT));
        phone = stock.itemCatalog().createItem(alice, CreateItem.of("PHONE", "Phone", UnitOfMeasure.of("pc")).tracked(Tracking.SERIAL));
        bolt = stock.itemCatalog().createItem(alice, CreateItem.of("BOLT", "Bolt", UnitOfMeasure.of("pc"))
                .withNegativeStock(NegativeStockPolicy.ALLOWED));
        published.clear();
    }

    @Override
    protected Object observableState() {
        return List.of(stock.inventory().levels(alice, widget.id()), stock.inventory().levels(alice, milk.id()),
                stock.inventory().levels(alice, phone.id()), stock.inventory().moves(alice, widget.id()),
                stock.inventory().moves(alice, milk.id()), stock.inventory().moves(alice, phone.id()));
    }

    protected static Quantity pc(long n) {
        return Quantity.of(n, "pc");
    }

    protected StockMoveSnapshot receive(StockItemSnapshot item, long pieces, LocationSnapshot to) {
        return stock.inventory().move(alice, NewStockMove.receipt(item.id(), pc(pieces), to.id()));
    }

    protected StockLevel level(StockItemSnapshot item, LocationSnapshot location) {
        return stock.inventory().level(alice, item.id(), location.id());
    }

    /** Per item the quantities over all locations, virtual ones included, sum to zero. */
    protected void assertBalanced(StockItemSnapshot item) {
        BigDecimal sum = stock.inventory().levels(alice, item.id()).stream()
                .map(l -> l.onHand().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("0");
    }

}
