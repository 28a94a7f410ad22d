package dev.backoffice.stock.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What one done move (or a landed cost, or a revaluation) did to an item's stock value; never
 * changed once recorded, but for the journal entry it was posted with.
 *
 * @param move           the move valued; null for a revaluation
 * @param quantity       the valued quantity's change in the item's base unit: positive in, negative out
 * @param value          the inventory value's change (equal to the {@link PostingRole#INVENTORY} line)
 * @param lines          the balanced change by account role, debit positive: they sum to zero
 * @param layers         the cost layers the move took from or added to
 * @param clearingAccount the account a landed cost came from; null otherwise
 * @param journalEntry   the ledger entry it was posted with; null when posting is off or nothing moved
 */
public record StockValueEntry(UUID id, TenantId tenant, ItemId item, MoveId move, ValueEntryKind kind,
                              BigDecimal quantity, Money value, List<ValueLine> lines, List<LayerUse> layers,
                              UUID clearingAccount, Instant recordedAt, UUID journalEntry) {

    /**
     * Checks the entry's values.
     *
     * @param id              its id
     * @param tenant          the tenant it belongs to
     * @param item            the valued item
     * @param move            the move it values, or null for a landed cost or revaluation
     * @param kind            what made it
     * @param quantity        the quantity valued, in the base unit
     * @param value           the change of the stock value
     * @param lines           the amount per posting role, balancing to zero
     * @param layers          the cost-layer parts it used
     * @param clearingAccount the clearing account of a landed cost, or null
     * @param recordedAt      when it was recorded
     * @param journalEntry    the journal entry it posted as, or null
     */
    public StockValueEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(recordedAt, "recordedAt");
        lines = List.copyOf(lines);
        layers = List.copyOf(layers);
        Money sum = Money.zero(value.currency());
        Money inventory = Money.zero(value.currency());
        for (ValueLine line : lines) {
            sum = sum.plus(line.amount());
            if (line.role() == PostingRole.INVENTORY) {
                inventory = inventory.plus(line.amount());
            }
        }
        if (!sum.isZero()) {
            throw new IllegalArgumentException("the lines of a value entry sum to zero, not " + sum);
        }
        if (!inventory.equals(value)) {
            throw new IllegalArgumentException("the inventory line " + inventory + " is the entry's value " + value);
        }
    }

    /**
     * The move, or empty.
     *
     * @return the move, or empty
     */
    public Optional<MoveId> moveId() {
        return Optional.ofNullable(move);
    }

    /**
     * The amount of a role, debit positive; zero when the entry does not touch it.
     *
     * @param role the posting role
     * @return the amount
     */
    public Money amountOf(PostingRole role) {
        Money sum = Money.zero(value.currency());
        for (ValueLine line : lines) {
            if (line.role() == role) {
                sum = sum.plus(line.amount());
            }
        }
        return sum;
    }

    /**
     * The same entry, linked to the journal entry it was posted as.
     *
     * @param entry the journal entry's id
     * @return the same entry, linked to it
     */
    public StockValueEntry postedAs(UUID entry) {
        return new StockValueEntry(id, tenant, item, move, kind, quantity, value, lines, layers, clearingAccount,
                recordedAt, entry);
    }
}
