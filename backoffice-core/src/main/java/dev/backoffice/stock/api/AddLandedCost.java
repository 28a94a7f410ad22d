package dev.backoffice.stock.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Money;
import dev.backoffice.stock.domain.MoveId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A cost that belongs to received goods (freight, duties) known after their receipt: {@code amount}
 * is split over the receipts by {@code allocation} without losing a cent; on each receipt the part
 * on its quantity still in stock raises its cost layer and the inventory, the part on quantity
 * already consumed goes to the cost of goods sold (a standard-cost item keeps its standard: the
 * whole part is a price variance). It posts against {@code clearingAccount}, where the cost was booked.
 */
public record AddLandedCost(@NotEmpty @Size(max = 1_000) List<@NotNull MoveId> receipts, @NotNull Money amount,
                            @NotNull LandedCostAllocation allocation, @NotNull AccountId clearingAccount,
                            @Size(max = 200) String description) {

    /**
     * Copies the receipts so the command cannot change after it is validated.
     *
     * @param receipts        the done receipts the cost is spread over, 1 to 1,000
     * @param amount          the landed cost, in the tenant's valuation currency
     * @param allocation      how the amount is split over the receipts
     * @param clearingAccount the account the cost was first booked to; the landed cost is credited there
     * @param description     optional text for the journal entry, at most 200 characters
     */
    public AddLandedCost {
        receipts = receipts == null ? null : List.copyOf(receipts);
    }
}
