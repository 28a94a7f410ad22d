package dev.backoffice.stock.application;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;

import java.util.Map;

/** Values a move as it is done, inside the move's unit of work. */
interface MoveValuation {

    /** No valuation: the adapters provide no valuation ports. */
    MoveValuation NONE = (actor, move, item, locations) -> { };

    /**
     * Values the move (not done yet: its quantities are applied, its state is still draft) and
     * posts its value when the tenant posts stock value; refusals fail the whole move.
     */
    void value(Actor actor, StockMove move, StockItem item, Map<LocationId, StockLocation> locations);
}
