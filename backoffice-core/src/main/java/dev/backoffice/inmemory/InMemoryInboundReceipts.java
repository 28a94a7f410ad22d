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

/**
 * Inbound receipts in memory, the embedded default of the {@link InboundReceipts} port. Stores
 * copies, so a caller's object never changes the store behind its back; every change is undone when
 * its unit of work rolls back, and an update of a stale version fails as a database would.
 */
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

    /**
     * Stores a new receipt in the unit of work.
     *
     * @param receipt the new receipt
     */
    @Override
    public void add(InboundReceipt receipt) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(receipt.id(), copy(receipt, receipt.version())) != null) {
            throw new IllegalStateException("receipt " + receipt.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(receipt.id()));
    }

    /**
     * Stores a changed receipt; fails with {@link dev.backoffice.common.ConcurrentUpdateException} when
     * the stored version is no longer the one it was read at.
     *
     * @param receipt the receipt as changed
     */
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

    /**
     * The receipt with that id in the tenant.
     *
     * @param tenant the tenant
     * @param id     the receipt's id, or null
     * @return the receipt, or empty
     */
    @Override
    public Optional<InboundReceipt> find(TenantId tenant, InboundReceiptId id) {
        InboundReceipt stored = id == null ? null : byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version()))
                : Optional.empty();
    }

    /**
     * The tenant's receipts that are expected or partially received.
     *
     * @param tenant the tenant
     * @param limit  the most receipts returned
     * @return the open receipts, earliest expected date first, then oldest
     */
    @Override
    public List<InboundReceipt> findOpen(TenantId tenant, int limit) {
        return byId.values().stream().filter(r -> r.tenant().equals(tenant) && r.status().isOpen())
                .sorted(BY_EXPECTED_DATE).limit(Math.max(0, limit)).map(r -> copy(r, r.version())).toList();
    }

    /**
     * The tenant's open receipts expected before {@code today}.
     *
     * @param tenant the tenant
     * @param today  the day to compare the expected dates with
     * @param limit  the most receipts returned
     * @return the late receipts, earliest expected date first, then oldest
     */
    @Override
    public List<InboundReceipt> findLate(TenantId tenant, LocalDate today, int limit) {
        return byId.values().stream().filter(r -> r.tenant().equals(tenant) && r.isLate(today))
                .sorted(BY_EXPECTED_DATE).limit(Math.max(0, limit)).map(r -> copy(r, r.version())).toList();
    }
}
