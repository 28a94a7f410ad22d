package dev.backoffice.stock.api;

import dev.backoffice.common.Money;
import dev.backoffice.common.Quantity;
import dev.backoffice.stock.domain.CostLayer;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ValuationMethod;

import java.math.BigDecimal;
import java.util.List;

/**
 * The value of one item's stock now.
 *
 * @param quantity the valued quantity in the item's base unit (negative when issued beyond stock)
 * @param value    the sum of its layers less the provisional value of the deficit
 * @param unitCost the value per base unit (6 decimals); null when the quantity is not above zero
 * @param standardCost the standard cost of a standard-cost item, when set
 * @param deficit  quantity issued beyond the valued stock, at a provisional cost until stock arrives
 * @param layers   the cost layers, oldest first
 */
public record ItemValuationSnapshot(ItemId item, String sku, ValuationMethod method, Quantity quantity, Money value,
                                    BigDecimal unitCost, Money standardCost, Quantity deficit, Money deficitValue,
                                    List<CostLayer> layers) {

    /**
     * Copies the layers so the snapshot stays immutable.
     *
     * @param item         the valued item
     * @param sku          its SKU
     * @param method       how it is valued
     * @param quantity     the valued quantity in the item's base unit (negative when issued beyond stock)
     * @param value        the sum of its layers less the provisional value of the deficit
     * @param unitCost     the value per base unit (6 decimals); null when the quantity is not above zero
     * @param standardCost the standard cost of a standard-cost item, when set
     * @param deficit      quantity issued beyond the valued stock, at a provisional cost until stock arrives
     * @param deficitValue the provisional value of the deficit, in the valuation currency
     * @param layers       the cost layers, oldest first
     */
    public ItemValuationSnapshot {
        layers = List.copyOf(layers);
    }
}
