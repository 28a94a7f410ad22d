package dev.backoffice.stock.api;

import dev.backoffice.common.Money;
import dev.backoffice.stock.domain.ItemId;
import jakarta.validation.constraints.NotNull;

/** The standard cost per base unit of a standard-cost item; its stock is revalued at it. */
public record SetStandardCost(@NotNull ItemId item, @NotNull Money unitCost) {
}
