package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockMove;
import dev.backoffice.stock.spi.StockMoves;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Stock moves in memory. Stores copies, so a caller's object never changes the store behind its back. */
public final class InMemoryStockMoves implements StockMoves {

    private static final Comparator<StockMove> OLDEST_FIRST = Comparator.comparing(StockMove::createdAt)
            .thenComparing(m -> m.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<MoveId, StockMove> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockMoves(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static StockMove copy(StockMove m, long version) {
        return StockMove.restore(m.id(), m.tenant(), m.kind(), m.item(), m.from(), m.to(), m.quantity(),
                m.baseQuantity(), m.lot().orElse(null), m.expiry().orElse(null), m.serials(), m.reason().orElse(null),
                m.reference().orElse(null), m.demand().orElse(null), m.status(), m.reversalOf().orElse(null),
                m.reversedBy().orElse(null), m.createdBy(), m.createdAt(), m.doneAt().orElse(null), version,
                m.unitCost().orElse(null));
    }

    @Override
    public void add(StockMove move) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(move.id(), copy(move, move.version())) != null) {
            throw new IllegalStateException("stock move " + move.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(move.id()));
    }

    @Override
    public void update(StockMove move) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        StockMove stored = byId.get(move.id());
        if (stored == null || !stored.tenant().equals(move.tenant())) {
            throw new IllegalStateException("stock move " + move.id() + " is not stored");
        }
        if (stored.version() != move.version()) {
            throw new ConcurrentUpdateException("Stock move " + move.id() + " was changed by someone else.");
        }
        byId.put(move.id(), copy(move, move.version() + 1));
        tx.onRollback(() -> byId.put(move.id(), stored));
    }

    @Override
    public Optional<StockMove> find(TenantId tenant, MoveId id) {
        StockMove stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<StockMove> findByItem(TenantId tenant, ItemId item, int limit) {
        return byId.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.item().equals(item))
                .sorted(OLDEST_FIRST).limit(limit)
                .map(m -> copy(m, m.version())).toList();
    }

    @Override
    public List<StockMove> findByLot(TenantId tenant, ItemId item, String lot) {
        return byId.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.item().equals(item)
                        && (m.lot().filter(lot::equals).isPresent() || m.serials().contains(lot)))
                .sorted(OLDEST_FIRST)
                .map(m -> copy(m, m.version())).toList();
    }

    @Override
    public List<StockMove> findDrafts(TenantId tenant, ItemId item) {
        return byId.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.item().equals(item)
                        && m.status() == dev.backoffice.stock.domain.MoveStatus.DRAFT)
                .sorted(OLDEST_FIRST)
                .map(m -> copy(m, m.version())).toList();
    }

    /** Copies of the done moves of an item, in no particular order (for {@link InMemoryStockHistory}). */
    List<StockMove> doneOf(TenantId tenant, ItemId item) {
        return byId.values().stream()
                .filter(m -> m.tenant().equals(tenant) && m.item().equals(item)
                        && m.status() == dev.backoffice.stock.domain.MoveStatus.DONE)
                .map(m -> copy(m, m.version())).toList();
    }
}
