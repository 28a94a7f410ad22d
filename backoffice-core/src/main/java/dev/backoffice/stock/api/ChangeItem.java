package dev.backoffice.stock.api;

import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.NegativeStockPolicy;
import dev.backoffice.stock.domain.ValuationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changes an item's name and policies. Its SKU, units and tracking never change. */
public record ChangeItem(@NotNull ItemId item,
                         @NotBlank @Size(max = 200) String name,
                         @NotNull ValuationMethod valuation,
                         @NotNull NegativeStockPolicy negativeStock,
                         boolean backordersAllowed) {
}
