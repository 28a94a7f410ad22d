package dev.backoffice.shipments.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.shipments.domain.InboundReceipt;
import dev.backoffice.shipments.domain.InboundReceiptId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The inbound receipts (goods expected from suppliers) of every tenant. Every method is scoped to one tenant. */
public interface InboundReceipts {

    /**
     * Stores a new receipt.
     *
     * @param receipt the receipt, at version 0
     */
    void add(InboundReceipt receipt);

    /**
     * Stores a changed receipt (its state, goods and history). Fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is no longer
     * {@link InboundReceipt#version()}.
     *
     * @param receipt the receipt as changed
     */
    void update(InboundReceipt receipt);

    /**
     * The tenant's receipt of that id.
     *
     * @param tenant the tenant
     * @param id     the id, or null
     * @return the receipt, or empty when the tenant has none of that id
     */
    Optional<InboundReceipt> find(TenantId tenant, InboundReceiptId id);

    /**
     * The tenant's open receipts (expected or partially received), earliest expected date first,
     * then oldest.
     *
     * @param tenant the tenant
     * @param limit  at most this many
     * @return the receipts
     */
    List<InboundReceipt> findOpen(TenantId tenant, int limit);

    /**
     * The tenant's late receipts: open and expected before {@code today}; earliest expected date
     * first, then oldest.
     *
     * @param tenant the tenant
     * @param today  the day
     * @param limit  at most this many
     * @return the receipts
     */
    List<InboundReceipt> findLate(TenantId tenant, LocalDate today, int limit);
}
