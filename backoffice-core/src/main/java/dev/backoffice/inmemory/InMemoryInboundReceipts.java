package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;
import dev.backoffice.shipments.spi.InboundReceipts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Inbound receipts in memory. Stores copies. */
public final class InMemoryInboundReceipts implements InboundReceipts {

    private static final Comparator<InboundReceipt> BY_EXPECTED_DATE = Comparator
            .comparing(InboundReceipt::expectedDate).thenComparing(InboundReceipt::createdAt)
            .thenComparing(r -> r.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<InboundReceiptId, InboundReceipt> byId = new ConcurrentHashMap<>();

    /**
     * Receipts over the unit of work of the other in-memory adapters.
     *
     * @param unitOfWork the unit of work whose rollback undoes the changes
     */
    public InMemoryInboundReceipts(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static InboundReceipt copy(InboundReceipt r, long version) {
        return InboundReceipt.restore(r.id(), r.tenant(), r.supplier(), r.supplierReference(), r.destination(),
                r.expectedDate(), r.overReceiptPercent(), r.lines(), r.status(), r.goods(), r.history(), r.createdAt(),
                r.createdBy(), version);
    }

    @Override
    public void add(InboundReceipt receipt) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(receipt.id(), copy(receipt, receipt.version())) != null) {
            throw new IllegalStateException("receipt " + receipt.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(receipt.id()));
    }

    @Override
    public void update(InboundReceipt receipt) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        synchronized (byId) {
            InboundReceipt stored = byId.get(receipt.id());
            if (stored == null || !stored.tenant().equals(receipt.tenant())) {
                throw new IllegalStateException("receipt " + receipt.id() + " is not stored");
            }
            if (stored.version() != receipt.version()) {
                throw new ConcurrentUpdateException("Receipt " + receipt.id() + " was changed by someone else.");
            }
            byId.put(receipt.id(), copy(receipt, receipt.version() + 1));
            tx.onRollback(() -> byId.put(receipt.id(), stored));
        }
    }

    @Override
    public Optional<InboundReceipt> find(TenantId tenant, InboundReceiptId id) {
        InboundReceipt stored = id == null ? null : byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version()))
                : Optional.empty();
    }

    @Override
    public List<InboundReceipt> findOpen(TenantId tenant, int limit) {
        return byId.values().stream().filter(r -> r.tenant().equals(tenant) && r.status().isOpen())
                .sorted(BY_EXPECTED_DATE).limit(Math.max(0, limit)).map(r -> copy(r, r.version())).toList();
    }

    @Override
    public List<InboundReceipt> findLate(TenantId tenant, LocalDate today, int limit) {
        return byId.values().stream().filter(r -> r.tenant().equals(tenant) && r.isLate(today))
                .sorted(BY_EXPECTED_DATE).limit(Math.max(0, limit)).map(r -> copy(r, r.version())).toList();
    }
}
