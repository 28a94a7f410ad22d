package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.common.TenantId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document number series in memory. Units of work run one at a time and a rolled back increment
 * is undone, so the numbers are gapless and unique.
 */
public final class InMemoryDocumentNumbers implements DocumentNumbers {

    private record Series(TenantId tenant, InvoiceKind kind, int year) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<Series, Long> last = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryDocumentNumbers(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public long next(TenantId tenant, InvoiceKind kind, int year) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Series series = new Series(tenant, kind, year);
        Long before = last.get(series);
        long next = before == null ? 1 : before + 1;
        last.put(series, next);
        tx.onRollback(() -> {
            if (before == null) {
                last.remove(series);
            } else {
                last.put(series, before);
            }
        });
        return next;
    }

    @Override
    public long last(TenantId tenant, InvoiceKind kind, int year) {
        return last.getOrDefault(new Series(tenant, kind, year), 0L);
    }
}
