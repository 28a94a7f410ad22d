package dev.backoffice.inmemory;

import dev.backoffice.common.TenantId;
import dev.backoffice.stock.domain.ItemId;
import dev.backoffice.stock.domain.MoveId;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.ValueEntryKind;
import dev.backoffice.stock.spi.StockValueEntries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stock value entries in memory, in the order they were recorded (entries are immutable records). */
public final class InMemoryStockValueEntries implements StockValueEntries {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<StockValueEntry> entries = new ArrayList<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryStockValueEntries(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public synchronized void add(StockValueEntry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (entry.kind() != ValueEntryKind.LANDED_COST && entry.move() != null
                && findByMove(entry.tenant(), entry.move()).isPresent()) {
            throw new IllegalStateException("move " + entry.move() + " is valued already");
        }
        entries.add(entry);
        tx.onRollback(() -> remove(entry));
    }

    private synchronized void remove(StockValueEntry entry) {
        entries.remove(entry);
    }

    @Override
    public synchronized Optional<StockValueEntry> findByMove(TenantId tenant, MoveId move) {
        return entries.stream().filter(e -> e.tenant().equals(tenant) && move.equals(e.move())
                && e.kind() != ValueEntryKind.LANDED_COST).findFirst();
    }

    @Override
    public synchronized List<StockValueEntry> findByItem(TenantId tenant, ItemId item, int limit) {
        return entries.stream().filter(e -> e.tenant().equals(tenant) && e.item().equals(item)).limit(limit).toList();
    }
}
