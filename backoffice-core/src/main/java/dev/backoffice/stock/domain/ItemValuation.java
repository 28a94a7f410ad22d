package dev.backoffice.stock.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of one item's stock in its tenant (over every location: a transfer moves no value), in
 * the tenant's valuation currency, kept as cost layers: one per receipt under FIFO, one pool under
 * moving average and standard cost.
 *
 * <p>Quantity issued beyond the valued stock (an item allowing negative stock) is a <em>deficit</em>
 * valued at a provisional cost: the last known unit cost, or the standard. Stock arriving later first
 * covers the deficit; the difference between its cost and the provisional one is a correction of
 * the cost of goods sold, so no layer ever holds a cost outside what was received.
 *
 * <p>Values are exact money: a part of a layer is rounded half-even at the currency's minor unit,
 * and taking the whole rest of a layer takes its whole value, so no cent is lost or created.
 */
public final class ItemValuation {

    private static final MathContext PRECISION = MathContext.DECIMAL128;
    /** The scale of a unit cost kept as the last known cost. */
    public static final int UNIT_COST_SCALE = 6;

    private final TenantId tenant;
    private final ItemId item;
    private final java.util.Currency currency;
    private ValuationMethod method;
    private final List<CostLayer> layers;
    private BigDecimal deficitQuantity;
    private Money deficitValue;
    private Money standardCost;
    private BigDecimal lastUnitCost;
    private final long version;

    private ItemValuation(TenantId tenant, ItemId item, java.util.Currency currency, ValuationMethod method,
                          List<CostLayer> layers, BigDecimal deficitQuantity, Money deficitValue, Money standardCost,
                          BigDecimal lastUnitCost, long version) {
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.item = Objects.requireNonNull(item, "item");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.method = Objects.requireNonNull(method, "method");
        this.layers = new ArrayList<>(layers);
        this.deficitQuantity = Objects.requireNonNull(deficitQuantity, "deficitQuantity");
        this.deficitValue = Objects.requireNonNull(deficitValue, "deficitValue");
        this.standardCost = standardCost;
        this.lastUnitCost = lastUnitCost;
        this.version = version;
        if (deficitQuantity.signum() < 0 || deficitValue.isNegative()) {
            throw new IllegalArgumentException("a deficit is never negative");
        }
        if (deficitQuantity.signum() > 0 && !layers.isEmpty()) {
            throw new IllegalArgumentException("an item with a deficit has no layers");
        }
    }

    /**
     * An item's valuation before its first valued move.
     *
     * @param tenant   the tenant it belongs to
     * @param item     the stock item
     * @param currency the valuation currency
     * @param method   the item's valuation method
     * @return an empty valuation
     */
    public static ItemValuation start(TenantId tenant, ItemId item, java.util.Currency currency, ValuationMethod method) {
        return new ItemValuation(tenant, item, currency, method, List.of(), BigDecimal.ZERO, Money.zero(currency), null,
                null, 0);
    }

    /**
     * Rebuilds a stored valuation.
     *
     * @param tenant          the tenant it belongs to
     * @param item            the stock item
     * @param currency        the valuation currency
     * @param method          the item's valuation method
     * @param layers          the cost layers, oldest first
     * @param deficitQuantity what was issued beyond the valued stock, in the base unit
     * @param deficitValue    the provisional value of the deficit
     * @param standardCost    the standard cost, or null
     * @param lastUnitCost    the last known unit cost, or null
     * @param version         the stored version it was read at
     * @return the valuation as stored
     */
    public static ItemValuation restore(TenantId tenant, ItemId item, java.util.Currency currency, ValuationMethod method,
                                        List<CostLayer> layers, BigDecimal deficitQuantity, Money deficitValue,
                                        Money standardCost, BigDecimal lastUnitCost, long version) {
        return new ItemValuation(tenant, item, currency, method, layers, deficitQuantity, deficitValue, standardCost,
                lastUnitCost, version);
    }

    /** What an outgoing move took: its value and the layers it came from. */
    public record Taken(Money value, List<LayerUse> uses) {
    }

    /** What an incoming move added, and the correction of the cost of goods sold for the deficit it covered. */
    public record Added(Money value, Money correction, List<LayerUse> uses) {
    }

    /**
     * Follows the item's valuation method: a moving-average or standard item keeps one pool (FIFO
     * layers are merged into it); a FIFO item keeps its pool as its oldest layer.
     *
     * @param itemMethod the item's method now
     */
    public void follow(ValuationMethod itemMethod) {
        if (itemMethod == method) {
            return;
        }
        method = itemMethod;
        if (method != ValuationMethod.FIFO && layers.size() > 1) {
            BigDecimal quantity = BigDecimal.ZERO;
            Money value = Money.zero(currency);
            for (CostLayer layer : layers) {
                quantity = quantity.add(layer.remaining());
                value = value.plus(layer.value());
            }
            Instant first = layers.get(0).receivedAt();
            layers.clear();
            layers.add(new CostLayer(null, first, quantity, quantity, value));
        }
    }

    /**
     * Stock coming in with its value: first covers the deficit (the difference to its provisional
     * value is the correction), the rest becomes a layer (FIFO) or joins the pool.
     *
     * @param move     the move that brings the stock
     * @param quantity in the base unit, more than zero
     * @param value    the value it comes in at
     * @param at       when it came in
     * @return the layer or pool part added and the deficit correction
     */
    public Added receive(MoveId move, BigDecimal quantity, Money value, Instant at) {
        requirePositive(quantity);
        requireCurrency(value);
        List<LayerUse> uses = new ArrayList<>(2);
        Money correction = Money.zero(currency);
        BigDecimal rest = quantity;
        Money restValue = value;
        if (deficitQuantity.signum() > 0) {
            BigDecimal covered = quantity.min(deficitQuantity);
            Money coveredValue = part(value, covered, quantity);
            Money provisional = part(deficitValue, covered, deficitQuantity);
            correction = coveredValue.minus(provisional);
            deficitQuantity = deficitQuantity.subtract(covered);
            deficitValue = deficitValue.minus(provisional);
            rest = quantity.subtract(covered);
            restValue = value.minus(coveredValue);
            uses.add(new LayerUse(null, at, covered, covered.negate(), provisional.negate(), true));
        }
        if (rest.signum() > 0) {
            if (method == ValuationMethod.FIFO) {
                layers.add(new CostLayer(move, at, quantity, rest, restValue));
                uses.add(new LayerUse(move, at, quantity, rest, restValue, false));
            } else {
                CostLayer pool = layers.isEmpty() ? null : layers.get(0);
                layers.clear();
                layers.add(pool == null ? new CostLayer(null, at, rest, rest, restValue)
                        : new CostLayer(null, pool.receivedAt(), pool.received().add(rest), pool.remaining().add(rest),
                        pool.value().plus(restValue)));
                uses.add(new LayerUse(null, at, rest, rest, restValue, false));
            }
        }
        lastUnitCost = method == ValuationMethod.MOVING_AVERAGE && !layers.isEmpty()
                ? unitCostOf(layers.get(0).value(), layers.get(0).remaining())
                : unitCostOf(value, quantity);
        return new Added(value.minus(correction), correction, uses);
    }

    /**
     * Stock that left comes back by the reversal of its move: under FIFO, when everything it took
     * came from receipt layers and nothing is owed, each part goes back into the layer it came from
     * (made again, in its place, when it was used up), so a later reversal of that receipt still
     * removes exactly its layer; otherwise it comes in as new stock at the value it left with.
     *
     * @param reversal the reversing move
     * @param taken    the layer parts the original move took
     * @param value    the value it took out
     * @param at       when it comes back
     * @return what was added back
     */
    public Added giveBack(MoveId reversal, List<LayerUse> taken, Money value, Instant at) {
        boolean fromLayers = method == ValuationMethod.FIFO && deficitQuantity.signum() == 0 && !taken.isEmpty()
                && taken.stream().allMatch(u -> u.receipt() != null && !u.provisional() && u.quantity().signum() > 0);
        if (!fromLayers) {
            BigDecimal quantity = taken.stream().map(LayerUse::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            return receive(reversal, quantity, value, at);
        }
        requireCurrency(value);
        List<LayerUse> uses = new ArrayList<>(taken.size());
        for (LayerUse use : taken) {
            int index = -1;
            for (int i = 0; i < layers.size(); i++) {
                if (use.receipt().equals(layers.get(i).receipt())) {
                    index = i;
                    break;
                }
            }
            if (index >= 0) {
                CostLayer layer = layers.get(index);
                layers.set(index, new CostLayer(layer.receipt(), layer.receivedAt(), layer.received(),
                        layer.remaining().add(use.quantity()), layer.value().plus(use.value())));
            } else {
                int position = 0;
                while (position < layers.size() && !layers.get(position).receivedAt().isAfter(use.receivedAt())) {
                    position++;
                }
                layers.add(position, new CostLayer(use.receipt(), use.receivedAt(), use.received(), use.quantity(),
                        use.value()));
            }
            uses.add(use);
        }
        return new Added(value, Money.zero(currency), uses);
    }

    /**
     * Stock going out: takes the layers oldest first (the pool at its average); quantity beyond the
     * valued stock is taken at the provisional cost and becomes the deficit.
     *
     * @param quantity in the base unit, more than zero
     * @return the layer parts taken and their value
     */
    public Taken issue(BigDecimal quantity) {
        requirePositive(quantity);
        List<LayerUse> uses = new ArrayList<>();
        Money value = takeFromLayers(quantity, uses);
        BigDecimal taken = uses.stream().map(LayerUse::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal beyond = quantity.subtract(taken);
        if (beyond.signum() > 0) {
            BigDecimal unit = provisionalUnitCost().orElseThrow(() -> new RuleViolationException(
                    StockError.VALUATION_COST_UNKNOWN, "No cost of item " + item + " is known yet to value "
                    + beyond.toPlainString() + " taken beyond its valued stock; receive it with a unit cost first."));
            Money provisional = Money.of(unit.multiply(beyond, PRECISION), currency, RoundingMode.HALF_EVEN);
            deficitQuantity = deficitQuantity.add(beyond);
            deficitValue = deficitValue.plus(provisional);
            uses.add(new LayerUse(null, null, beyond, beyond, provisional, true));
            value = value.plus(provisional);
        }
        return new Taken(value, uses);
    }

    /**
     * Takes a receipt's own layer back (its reversal): what is left of it, then, for what was
     * consumed from it already, the other layers as an issue would.
     *
     * @param receipt  the receipt being reversed
     * @param quantity the received quantity, in the base unit
     * @return the layer parts taken and their value
     */
    public Taken takeBack(MoveId receipt, BigDecimal quantity) {
        requirePositive(quantity);
        List<LayerUse> uses = new ArrayList<>();
        Money value = Money.zero(currency);
        BigDecimal rest = quantity;
        for (int i = 0; i < layers.size(); i++) {
            CostLayer layer = layers.get(i);
            if (receipt.equals(layer.receipt())) {
                BigDecimal take = rest.min(layer.remaining());
                value = takeFrom(i, take, uses);
                rest = rest.subtract(take);
                break;
            }
        }
        if (rest.signum() > 0) {
            Taken more = issue(rest);
            uses.addAll(more.uses());
            value = value.plus(more.value());
        }
        return new Taken(value, uses);
    }

    /**
     * A landed cost on a receipt: the part on its quantity still in stock raises its layer (FIFO) or
     * the pool (moving average, in proportion of the stock left to what was received); returns that
     * part, the rest belongs to goods already consumed. A standard-cost item keeps its standard: the
     * whole amount is a variance, nothing is added.
     *
     * @param receipt          the receipt the cost belongs to
     * @param receivedQuantity what the receipt brought, in the base unit
     * @param amount           the landed cost on this receipt
     * @return the part that raised the stock value
     */
    public Money addLandedCost(MoveId receipt, BigDecimal receivedQuantity, Money amount) {
        requireCurrency(amount);
        Money zero = Money.zero(currency);
        if (method == ValuationMethod.STANDARD || layers.isEmpty()) {
            return zero;
        }
        if (method == ValuationMethod.FIFO) {
            for (int i = 0; i < layers.size(); i++) {
                CostLayer layer = layers.get(i);
                if (receipt.equals(layer.receipt())) {
                    Money onStock = part(amount, layer.remaining(), layer.received());
                    layers.set(i, new CostLayer(layer.receipt(), layer.receivedAt(), layer.received(), layer.remaining(),
                            layer.value().plus(onStock)));
                    return onStock;
                }
            }
            return zero;
        }
        CostLayer pool = layers.get(0);
        Money onStock = part(amount, pool.remaining().min(receivedQuantity), receivedQuantity);
        layers.set(0, new CostLayer(null, pool.receivedAt(), pool.received(), pool.remaining(), pool.value().plus(onStock)));
        lastUnitCost = unitCostOf(layers.get(0).value(), layers.get(0).remaining());
        return onStock;
    }

    /**
     * Sets the standard cost of a standard-cost item and revalues its stock (and its deficit) at it;
     * returns the change of the inventory value.
     *
     * @param newStandard the new standard cost per base unit
     * @return the change of the inventory value, positive when it rose
     */
    public Money revalue(Money newStandard) {
        requireCurrency(newStandard);
        if (newStandard.isNegative()) {
            throw new IllegalArgumentException("a standard cost is never negative");
        }
        Money before = value();
        standardCost = newStandard;
        if (method == ValuationMethod.STANDARD) {
            if (!layers.isEmpty()) {
                CostLayer pool = layers.get(0);
                layers.set(0, new CostLayer(null, pool.receivedAt(), pool.received(), pool.remaining(),
                        valueAt(newStandard, pool.remaining())));
            }
            deficitValue = valueAt(newStandard, deficitQuantity);
        }
        return value().minus(before);
    }

    /**
     * The value of a quantity at a unit cost, rounded half-even.
     *
     * @param unitCost the cost per base unit
     * @param quantity in the base unit
     * @return the value, at the currency's minor unit
     */
    public static Money valueAt(Money unitCost, BigDecimal quantity) {
        return Money.of(unitCost.amount().multiply(quantity, PRECISION), unitCost.currency(), RoundingMode.HALF_EVEN);
    }

    /**
     * The valued quantity: the layers less the deficit.
     *
     * @return the quantity in the base unit
     */
    public BigDecimal quantity() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CostLayer layer : layers) {
            sum = sum.add(layer.remaining());
        }
        return sum.subtract(deficitQuantity);
    }

    /**
     * The inventory value: the layers less the deficit's provisional value.
     *
     * @return the value, in the valuation currency
     */
    public Money value() {
        Money sum = Money.zero(currency);
        for (CostLayer layer : layers) {
            sum = sum.plus(layer.value());
        }
        return sum.minus(deficitValue);
    }

    /**
     * The unit cost stock found or returned comes in at: the standard, the pool's average, or the
     * last known unit cost.
     *
     * @return the unit cost per base unit, or empty when none is known
     */
    public Optional<BigDecimal> currentUnitCost() {
        if (method == ValuationMethod.STANDARD) {
            return Optional.ofNullable(standardCost).map(Money::amount);
        }
        if (method == ValuationMethod.MOVING_AVERAGE && !layers.isEmpty()) {
            return Optional.of(unitCostOf(layers.get(0).value(), layers.get(0).remaining()));
        }
        return Optional.ofNullable(lastUnitCost);
    }

    private Optional<BigDecimal> provisionalUnitCost() {
        return currentUnitCost();
    }

    private Money takeFromLayers(BigDecimal quantity, List<LayerUse> uses) {
        Money value = Money.zero(currency);
        BigDecimal rest = quantity;
        while (rest.signum() > 0 && !layers.isEmpty()) {
            BigDecimal take = rest.min(layers.get(0).remaining());
            value = value.plus(takeFrom(0, take, uses));
            rest = rest.subtract(take);
        }
        return value;
    }

    /** Takes a quantity from one layer: the whole rest takes its whole value. */
    private Money takeFrom(int index, BigDecimal take, List<LayerUse> uses) {
        CostLayer layer = layers.get(index);
        Money value = part(layer.value(), take, layer.remaining());
        BigDecimal left = layer.remaining().subtract(take);
        if (left.signum() == 0) {
            layers.remove(index);
        } else {
            layers.set(index, new CostLayer(layer.receipt(), layer.receivedAt(), layer.received(), left,
                    layer.value().minus(value)));
        }
        uses.add(new LayerUse(layer.receipt(), layer.receivedAt(), layer.received(), take, value, false));
        return value;
    }

    /** {@code whole * part / of}, half-even at the minor unit; all of it when part is all of it. */
    static Money part(Money whole, BigDecimal part, BigDecimal of) {
        if (part.compareTo(of) == 0) {
            return whole;
        }
        BigDecimal exact = whole.amount().multiply(part, PRECISION).divide(of, PRECISION);
        return Money.of(exact, whole.currency(), RoundingMode.HALF_EVEN);
    }

    private static BigDecimal unitCostOf(Money value, BigDecimal quantity) {
        return value.amount().divide(quantity, UNIT_COST_SCALE, RoundingMode.HALF_EVEN);
    }

    private void requireCurrency(Money amount) {
        if (!amount.currency().equals(currency)) {
            throw new RuleViolationException(StockError.VALUATION_CURRENCY_MISMATCH, "Stock is valued in "
                    + currency.getCurrencyCode() + ", not " + amount.currency().getCurrencyCode() + ".");
        }
    }

    private static void requirePositive(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("a valued quantity is above zero: " + quantity);
        }
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * The valued item.
     *
     * @return the valued item
     */
    public ItemId item() {
        return item;
    }

    /**
     * The valuation currency.
     *
     * @return the valuation currency
     */
    public java.util.Currency currency() {
        return currency;
    }

    /**
     * The valuation method it follows.
     *
     * @return the valuation method it follows
     */
    public ValuationMethod method() {
        return method;
    }

    /**
     * The layers, oldest first.
     *
     * @return the layers
     */
    public List<CostLayer> layers() {
        return Collections.unmodifiableList(layers);
    }

    /**
     * The quantity issued beyond the valued stock, in the base unit.
     *
     * @return the quantity issued beyond the valued stock, in the base unit
     */
    public BigDecimal deficitQuantity() {
        return deficitQuantity;
    }

    /**
     * The provisional value of the deficit.
     *
     * @return the provisional value of the deficit
     */
    public Money deficitValue() {
        return deficitValue;
    }

    /**
     * The standard cost per base unit, or empty unless set.
     *
     * @return the standard cost per base unit, or empty unless set
     */
    public Optional<Money> standardCost() {
        return Optional.ofNullable(standardCost);
    }

    /**
     * The last known unit cost per base unit, or empty.
     *
     * @return the last known unit cost per base unit, or empty
     */
    public Optional<BigDecimal> lastUnitCost() {
        return Optional.ofNullable(lastUnitCost);
    }

    /**
     * The version, 0 for a valuation never stored.
     *
     * @return the version, 0 for a valuation never stored
     */
    public long version() {
        return version;
    }
}
