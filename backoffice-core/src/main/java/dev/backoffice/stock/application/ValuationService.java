package dev.backoffice.stock.application;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.Quantity;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.stock.api.AddLandedCost;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.ItemValuationSnapshot;
import dev.backoffice.stock.api.LandedCostAllocation;
import dev.backoffice.stock.api.SetStandardCost;
import dev.backoffice.stock.api.StockPermissions;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.api.StockValuationSettings;
import dev.backoffice.stock.api.ValuationReport;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.ItemValuation;
import dev.backoffice.stock.domain.LayerUse;
import dev.backoffice.stock.domain.LocationId;
import dev.backoffice.stock.domain.LocationType;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.MoveKind;
import dev.backoffice.stock.domain.PostingRole;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockItem;
import dev.backoffice.stock.domain.StockLocation;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.domain.StockValuationPolicy;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.ValuationMethod;
import dev.backoffice.stock.domain.ValueEntryKind;
import dev.backoffice.stock.domain.ValueLine;
import dev.backoffice.stock.spi.ItemValuations;
import dev.backoffice.stock.spi.StockItems;
import dev.backoffice.stock.spi.StockLedger;
import dev.backoffice.stock.spi.StockMoves;
import dev.backoffice.stock.spi.StockValuationAdapters;
import dev.backoffice.stock.spi.StockValuationPolicies;
import dev.backoffice.stock.spi.StockValueEntries;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Values done moves from cost layers and posts the value changes through the {@link StockLedger};
 * the api of stock valuation. Everything runs in the caller's unit of work.
 */
final class ValuationService implements StockValuation, MoveValuation {

    static final String SUBJECT = "StockValuation";
    static final int MAX_HISTORY = 1_000;

    private final UseCases useCases;
    private final StockItems items;
    private final StockMoves moves;
    private final ItemValuations valuations;
    private final StockValueEntries entries;
    private final StockValuationPolicies policies;
    private final StockLedger ledger;

    ValuationService(UseCases useCases, StockItems items, StockMoves moves, StockValuationAdapters ports,
                     StockLedger ledger) {
        this.useCases = useCases;
        this.items = items;
        this.moves = moves;
        this.valuations = ports.itemValuations();
        this.entries = ports.stockValueEntries();
        this.policies = ports.stockValuationPolicies();
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    record ItemRef(@NotNull ItemId item) {
    }

    record MoveRef(@NotNull MoveId move) {
    }

    // ---------------------------------------------------------------------------------------------
    // Settings

    @Override
    public StockValuationSettings configure(Actor actor, ConfigureStockValuation command) {
        return useCases.command(actor, StockPermissions.CONFIGURE_VALUATION, command, () -> {
            Optional<Currency> functional = ledger.functionalCurrency(actor);
            Currency currency = command.currency() != null ? command.currency() : functional.orElseThrow(() ->
                    new RuleViolationException(StockError.VALUATION_CURRENCY_REQUIRED,
                            "The tenant has no functional currency: give the currency its stock is valued in."));
            if (functional.isPresent() && !functional.get().equals(currency)) {
                throw mismatch("the ledger's functional currency is " + functional.get().getCurrencyCode());
            }
            Optional<StockValuationPolicy> earlier = policies.find(actor.tenant());
            if (earlier.isPresent() && !earlier.get().currency().equals(currency)) {
                throw mismatch("the stock is already valued in " + earlier.get().currency().getCurrencyCode());
            }
            List<AccountId> given = Arrays.asList(command.inventory(), command.costOfGoodsSold(),
                    command.receivedNotBilled(), command.priceVariance(), command.inventoryLoss());
            long set = given.stream().filter(Objects::nonNull).count();
            StockAccountSet accounts = null;
            if (set == given.size()) {
                accounts = new StockAccountSet(command.inventory().value(), command.costOfGoodsSold().value(),
                        command.receivedNotBilled().value(), command.priceVariance().value(),
                        command.inventoryLoss().value());
                ledger.checkAccounts(actor, accounts, currency);
            } else if (set != 0) {
                throw new RuleViolationException(StockError.VALUATION_ACCOUNTS_INCOMPLETE, "Give all five stock "
                        + "accounts (inventory, cost of goods sold, received not billed, price variance, inventory "
                        + "loss) to post stock value, or none to value stock without posting.");
            }
            StockValuationPolicy policy = new StockValuationPolicy(actor.tenant(), currency, accounts);
            policies.save(policy);
            useCases.audit(actor, StockPermissions.CONFIGURE_VALUATION, SUBJECT, settingsId(actor.tenant()),
                    accounts == null ? "valuation on, posting off" : "valuation on, posting on");
            return StockValuationSettings.of(policy);
        });
    }

    private static RuleViolationException mismatch(String why) {
        return new RuleViolationException(StockError.VALUATION_CURRENCY_MISMATCH,
                "The stock cannot be valued in that currency: " + why + ".");
    }

    private static UUID settingsId(TenantId tenant) {
        return UUID.nameUUIDFromBytes(("stock-valuation:" + tenant.value()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<StockValuationSettings> settings(Actor actor) {
        return useCases.query(actor, StockPermissions.READ,
                () -> policies.find(actor.tenant()).map(StockValuationSettings::of));
    }

    private StockValuationPolicy requirePolicy(TenantId tenant) {
        return policies.find(tenant).orElseThrow(() -> new RuleViolationException(StockError.VALUATION_NOT_CONFIGURED,
                "The tenant's stock is not valued; turn valuation on first (StockValuation.configure)."));
    }

    // ---------------------------------------------------------------------------------------------
    // Standard costs and landed costs

    @Override
    public ItemValuationSnapshot setStandardCost(Actor actor, SetStandardCost command) {
        return useCases.command(actor, StockPermissions.MANAGE_VALUATION, command, () -> {
            StockValuationPolicy policy = requirePolicy(actor.tenant());
            StockItem item = ItemCatalogService.load(items, actor, command.item());
            if (item.valuation() != ValuationMethod.STANDARD) {
                throw new RuleViolationException(StockError.VALUATION_NOT_STANDARD, "Item " + item.sku() + " is valued "
                        + item.valuation() + ", not at standard cost.");
            }
            requireCurrency(policy, command.unitCost());
            if (command.unitCost().isNegative()) {
                throw new RuleViolationException(StockError.VALUATION_AMOUNT_NOT_POSITIVE,
                        "A standard cost is never negative.");
            }
            ItemValuation valuation = lockedValuation(actor.tenant(), item, policy);
            Money change = valuation.revalue(command.unitCost());
            valuations.save(valuation);
            Lines lines = new Lines(policy.currency());
            lines.add(PostingRole.INVENTORY, change);
            lines.add(PostingRole.PRICE_VARIANCE, change.negate());
            record(actor, policy, item, null, ValueEntryKind.REVALUATION, BigDecimal.ZERO, lines, List.of(), null,
                    "Stock revaluation " + item.sku() + " at " + command.unitCost());
            useCases.audit(actor, StockPermissions.MANAGE_VALUATION, SUBJECT, item.id().value(),
                    "standard cost set");
            return snapshot(item, valuation);
        });
    }

    @Override
    public List<StockValueEntry> addLandedCost(Actor actor, AddLandedCost command) {
        return useCases.command(actor, StockPermissions.MANAGE_VALUATION, command, () -> {
            StockValuationPolicy policy = requirePolicy(actor.tenant());
            requireCurrency(policy, command.amount());
            if (!command.amount().isPositive()) {
                throw new RuleViolationException(StockError.VALUATION_AMOUNT_NOT_POSITIVE,
                        "A landed cost is above zero, not " + command.amount() + ".");
            }
            if (policy.posts()) {
                ledger.checkAccount(actor, command.clearingAccount().value(), policy.currency());
            }
            List<MoveId> receiptIds = command.receipts().stream().distinct().toList();
            List<StockValueEntry> receipts = new ArrayList<>(receiptIds.size());
            long[] weights = new long[receiptIds.size()];
            for (int i = 0; i < receiptIds.size(); i++) {
                MoveId id = receiptIds.get(i);
                StockValueEntry receipt = entries.findByMove(actor.tenant(), id)
                        .filter(e -> e.kind() == ValueEntryKind.RECEIPT)
                        .orElseThrow(() -> new RuleViolationException(StockError.VALUATION_NOT_A_RECEIPT,
                                "Move " + id + " is not a valued receipt from a supplier."));
                receipts.add(receipt);
                weights[i] = command.allocation() == LandedCostAllocation.BY_QUANTITY
                        ? receipt.quantity().movePointRight(Quantity.MAX_SCALE).longValueExact()
                        : receipt.amountOf(PostingRole.RECEIVED_NOT_BILLED).negate().minorUnits();
            }
            if (Arrays.stream(weights).sum() <= 0) {
                throw new RuleViolationException(StockError.VALUATION_AMOUNT_NOT_POSITIVE,
                        "The receipts have no " + (command.allocation() == LandedCostAllocation.BY_VALUE ? "value"
                                : "quantity") + " to split the landed cost by.");
            }
            List<Money> parts = command.amount().allocate(weights);
            List<StockValueEntry> recorded = new ArrayList<>(receipts.size());
            String description = command.description() == null ? "Landed cost" : command.description();
            for (int i = 0; i < receipts.size(); i++) {
                StockValueEntry receipt = receipts.get(i);
                Money part = parts.get(i);
                if (part.isZero()) {
                    continue;
                }
                StockItem item = ItemCatalogService.load(items, actor, receipt.item());
                ItemValuation valuation = lockedValuation(actor.tenant(), item, policy);
                Money onStock = valuation.addLandedCost(receipt.move(), receipt.quantity(), part);
                valuations.save(valuation);
                Lines lines = new Lines(policy.currency());
                lines.add(PostingRole.INVENTORY, onStock);
                lines.add(item.valuation() == ValuationMethod.STANDARD ? PostingRole.PRICE_VARIANCE
                        : PostingRole.COST_OF_GOODS_SOLD, part.minus(onStock));
                lines.add(PostingRole.LANDED_COST_CLEARING, part.negate());
                recorded.add(record(actor, policy, item, receipt.move(), ValueEntryKind.LANDED_COST, BigDecimal.ZERO,
                        lines, List.of(), command.clearingAccount().value(), description + " " + item.sku()));
                useCases.audit(actor, StockPermissions.MANAGE_VALUATION, InventoryService.SUBJECT,
                        receipt.move().value(), "landed cost added");
            }
            return recorded;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // Queries

    @Override
    public ItemValuationSnapshot itemValuation(Actor actor, ItemId itemId) {
        return useCases.query(actor, StockPermissions.READ, new ItemRef(itemId), () -> {
            StockValuationPolicy policy = requirePolicy(actor.tenant());
            StockItem item = ItemCatalogService.load(items, actor, itemId);
            return snapshot(item, valuations.find(actor.tenant(), itemId)
                    .orElseGet(() -> ItemValuation.start(actor.tenant(), itemId, policy.currency(), item.valuation())));
        });
    }

    @Override
    public ValuationReport report(Actor actor) {
        return useCases.query(actor, StockPermissions.READ, () -> {
            StockValuationPolicy policy = requirePolicy(actor.tenant());
            List<ItemValuationSnapshot> lines = new ArrayList<>();
            Money total = Money.zero(policy.currency());
            for (ItemValuation valuation : valuations.findAll(actor.tenant())) {
                StockItem item = ItemCatalogService.load(items, actor, valuation.item());
                ItemValuationSnapshot line = snapshot(item, valuation);
                lines.add(line);
                total = total.plus(line.value());
            }
            lines.sort(Comparator.comparing(ItemValuationSnapshot::sku));
            return new ValuationReport(useCases.now(), lines, total);
        });
    }

    @Override
    public List<StockValueEntry> history(Actor actor, ItemId itemId) {
        return useCases.query(actor, StockPermissions.READ, new ItemRef(itemId), () -> {
            ItemCatalogService.load(items, actor, itemId);
            return entries.findByItem(actor.tenant(), itemId, MAX_HISTORY);
        });
    }

    @Override
    public Optional<StockValueEntry> valueOf(Actor actor, MoveId move) {
        return useCases.query(actor, StockPermissions.READ, new MoveRef(move), () -> {
            if (moves.find(actor.tenant(), move).isEmpty()) {
                throw new NotFoundException(StockError.MOVE_NOT_FOUND, "Stock move " + move + " does not exist.");
            }
            return entries.findByMove(actor.tenant(), move);
        });
    }

    private static ItemValuationSnapshot snapshot(StockItem item, ItemValuation valuation) {
        BigDecimal quantity = valuation.quantity();
        Money value = valuation.value();
        BigDecimal unitCost = quantity.signum() > 0
                ? value.amount().divide(quantity, ItemValuation.UNIT_COST_SCALE, Money.DEFAULT_ROUNDING) : null;
        return new ItemValuationSnapshot(item.id(), item.sku(), valuation.method(),
                Quantity.of(quantity, item.baseUnit()), value, unitCost, valuation.standardCost().orElse(null),
                Quantity.of(valuation.deficitQuantity(), item.baseUnit()), valuation.deficitValue(),
                valuation.layers());
    }

    // ---------------------------------------------------------------------------------------------
    // Valuing moves

    @Override
    public void value(Actor actor, StockMove move, StockItem item, Map<LocationId, StockLocation> locations) {
        Optional<StockValuationPolicy> policy = policies.find(actor.tenant());
        if (policy.isEmpty() || move.kind() == MoveKind.TRANSFER) {
            return; // not valued yet, or a transfer: value is per item, not per location
        }
        StockLocation from = locations.get(move.from());
        StockLocation to = locations.get(move.to());
        boolean in = to.isInternal();
        if (!in && move.unitCost().isPresent()) {
            throw new RuleViolationException(StockError.VALUATION_COST_NOT_ALLOWED,
                    "A unit cost is given only to stock coming in; stock going out is valued from its cost layers.");
        }
        move.unitCost().ifPresent(cost -> requireCurrency(policy.get(), cost));
        ItemValuation valuation = lockedValuation(actor.tenant(), item, policy.get());
        BigDecimal quantity = move.baseQuantity().value();
        Lines lines = new Lines(policy.get().currency());
        List<LayerUse> uses = new ArrayList<>();
        ValueEntryKind kind;
        Optional<StockValueEntry> original = move.reversalOf().flatMap(o -> entries.findByMove(actor.tenant(), o));
        if (original.isPresent()) {
            kind = ValueEntryKind.REVERSAL;
            StockValueEntry was = original.get();
            if (in) {
                // stock that left comes back at the value it left with: the mirror of its entry
                ItemValuation.Added added = valuation.giveBack(move.id(), was.layers(), was.value().negate(),
                        useCases.now());
                lines.mirror(was);
                lines.correct(added.correction());
                uses.addAll(added.uses());
            } else {
                // a receipt taken back removes its own layer: what is left of it, the rest from the others
                ItemValuation.Taken taken = valuation.takeBack(was.move(), quantity);
                lines.mirror(was);
                lines.add(PostingRole.INVENTORY, was.value().minus(taken.value()));
                lines.add(PostingRole.COST_OF_GOODS_SOLD, taken.value().minus(was.value()));
                uses.addAll(taken.uses());
            }
        } else if (in) {
            kind = switch (from.type()) {
                case SUPPLIER -> ValueEntryKind.RECEIPT;
                case CUSTOMER -> ValueEntryKind.CUSTOMER_RETURN;
                default -> ValueEntryKind.ADJUSTMENT_IN;
            };
            uses.addAll(valueIn(kind, move, item, valuation, quantity, lines));
        } else {
            ItemValuation.Taken taken = valuation.issue(quantity);
            uses.addAll(taken.uses());
            PostingRole other = counterpartOut(to.type());
            kind = switch (to.type()) {
                case CUSTOMER -> ValueEntryKind.ISSUE;
                case SUPPLIER -> ValueEntryKind.SUPPLIER_RETURN;
                default -> ValueEntryKind.ADJUSTMENT_OUT;
            };
            lines.add(PostingRole.INVENTORY, taken.value().negate());
            lines.add(other, taken.value());
        }
        valuations.save(valuation);
        record(actor, policy.get(), item, move.id(), kind, in ? quantity : quantity.negate(), lines, uses, null,
                describe(kind, item, move));
    }

    /** Values stock coming in (not a reversal); returns the layers it touched. */
    private List<LayerUse> valueIn(ValueEntryKind kind, StockMove move, StockItem item, ItemValuation valuation,
                                   BigDecimal quantity, Lines lines) {
        Money standard = item.valuation() == ValuationMethod.STANDARD ? valuation.standardCost().orElseThrow(() ->
                new RuleViolationException(StockError.VALUATION_STANDARD_COST_NOT_SET, "Item " + item.sku()
                        + " is valued at standard cost; set its standard cost first.")) : null;
        Money given = move.unitCost().orElse(null);
        Money unitCost;
        if (kind == ValueEntryKind.RECEIPT) {
            if (given == null && standard == null) {
                throw new RuleViolationException(StockError.VALUATION_COST_REQUIRED, "A receipt of " + item.sku()
                        + " needs its unit cost (NewStockMove.withUnitCost).");
            }
            unitCost = given == null ? standard : given;
        } else {
            unitCost = given != null ? given : standard != null ? standard : valuation.currentUnitCost()
                    .map(cost -> Money.of(cost, valuation.currency(), Money.DEFAULT_ROUNDING))
                    .orElseThrow(() -> new RuleViolationException(StockError.VALUATION_COST_UNKNOWN, "No cost of "
                            + item.sku() + " is known yet; give this move its unit cost (NewStockMove.withUnitCost)."));
        }
        Money actual = ItemValuation.valueAt(unitCost, quantity);
        // a standard-cost item's stock enters at its standard; a receipt's difference is a price variance
        Money entering = standard == null ? actual : ItemValuation.valueAt(standard, quantity);
        ItemValuation.Added added = valuation.receive(move.id(), quantity, entering, useCases.now());
        lines.add(PostingRole.INVENTORY, entering);
        lines.correct(added.correction());
        PostingRole other = switch (kind) {
            case RECEIPT -> PostingRole.RECEIVED_NOT_BILLED;
            case CUSTOMER_RETURN -> PostingRole.COST_OF_GOODS_SOLD;
            default -> PostingRole.INVENTORY_LOSS;
        };
        if (kind == ValueEntryKind.RECEIPT) {
            lines.add(PostingRole.PRICE_VARIANCE, actual.minus(entering));
            lines.add(other, actual.negate());
        } else {
            lines.add(other, entering.negate());
        }
        return added.uses();
    }

    private static PostingRole counterpartOut(LocationType to) {
        return switch (to) {
            case CUSTOMER -> PostingRole.COST_OF_GOODS_SOLD;
            case SUPPLIER -> PostingRole.RECEIVED_NOT_BILLED;
            default -> PostingRole.INVENTORY_LOSS;
        };
    }

    /** The item's valuation, locked for this unit of work, following the item's method. */
    private ItemValuation lockedValuation(TenantId tenant, StockItem item, StockValuationPolicy policy) {
        ItemValuation valuation = valuations.lockForUpdate(tenant, item.id())
                .orElseGet(() -> ItemValuation.start(tenant, item.id(), policy.currency(), item.valuation()));
        valuation.follow(item.valuation());
        return valuation;
    }

    /** Stores the value entry, posted first when the tenant posts stock value. */
    private StockValueEntry record(Actor actor, StockValuationPolicy policy, StockItem item, MoveId move,
                                   ValueEntryKind kind, BigDecimal quantity, Lines lines, List<LayerUse> uses,
                                   UUID clearingAccount, String description) {
        StockValueEntry entry = new StockValueEntry(useCases.newId(), actor.tenant(), item.id(), move, kind, quantity,
                lines.of(PostingRole.INVENTORY), lines.nonZero(), uses, clearingAccount, useCases.now(), null);
        if (policy.posts()) {
            Optional<UUID> journal = ledger.post(actor, policy.accounts().orElseThrow(), entry, description);
            if (journal.isPresent()) {
                entry = entry.postedAs(journal.get());
            }
        }
        entries.add(entry);
        return entry;
    }

    private static String describe(ValueEntryKind kind, StockItem item, StockMove move) {
        String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "Stock " + what + " " + item.sku() + " " + move.baseQuantity();
    }

    private static void requireCurrency(StockValuationPolicy policy, Money amount) {
        if (!amount.currency().equals(policy.currency())) {
            throw new RuleViolationException(StockError.VALUATION_CURRENCY_MISMATCH, "Stock is valued in "
                    + policy.currency().getCurrencyCode() + ", not " + amount.currency().getCurrencyCode() + ".");
        }
    }

    /** The lines of one value entry by role, debit positive. */
    private static final class Lines {
        private final Map<PostingRole, Money> amounts = new EnumMap<>(PostingRole.class);
        private final Currency currency;

        Lines(Currency currency) {
            this.currency = currency;
        }

        void add(PostingRole role, Money amount) {
            amounts.merge(role, amount, Money::plus);
        }

        /** Covering a deficit at a cost other than its provisional one corrects the cost of goods sold. */
        void correct(Money correction) {
            add(PostingRole.COST_OF_GOODS_SOLD, correction);
            add(PostingRole.INVENTORY, correction.negate());
        }

        /** The other side of every line of an earlier entry. */
        void mirror(StockValueEntry entry) {
            for (ValueLine line : entry.lines()) {
                add(line.role(), line.amount().negate());
            }
        }

        Money of(PostingRole role) {
            return amounts.getOrDefault(role, Money.zero(currency));
        }

        List<ValueLine> nonZero() {
            List<ValueLine> lines = new ArrayList<>();
            amounts.forEach((role, amount) -> {
                if (!amount.isZero() || role == PostingRole.INVENTORY) {
                    lines.add(new ValueLine(role, amount));
                }
            });
            return lines;
        }
    }
}
