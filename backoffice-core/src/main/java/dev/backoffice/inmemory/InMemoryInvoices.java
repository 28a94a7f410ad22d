package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Invoices, bills and notes in memory, stored as copies. */
public final class InMemoryInvoices implements Invoices {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<InvoiceId, Invoice> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryInvoices(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Invoice copy(Invoice i, long version) {
        return Invoice.restore(i.id(), i.tenant(), i.kind(), i.party(), i.currency(), i.correctionOf().orElse(null),
                i.lines(), i.totals(), i.reference().orElse(null), i.status(), i.number().orElse(null),
                i.issueDate().orElse(null), i.dueDate().orElse(null), i.journalEntry().orElse(null), i.settlements(),
                i.credited(), i.createdBy(), i.createdAt(), i.issuedBy().orElse(null), i.issuedAt().orElse(null),
                version);
    }

    @Override
    public void add(Invoice invoice) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(invoice.id(), copy(invoice, invoice.version())) != null) {
            throw new IllegalStateException("invoice " + invoice.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(invoice.id()));
    }

    @Override
    public void update(Invoice invoice) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Invoice stored = byId.get(invoice.id());
        if (stored == null || !stored.tenant().equals(invoice.tenant())) {
            throw new IllegalStateException("invoice " + invoice.id() + " is not stored");
        }
        if (stored.version() != invoice.version()) {
            throw new ConcurrentUpdateException("Document " + invoice.id() + " was changed by someone else.");
        }
        byId.put(invoice.id(), copy(invoice, invoice.version() + 1));
        tx.onRollback(() -> byId.put(invoice.id(), stored));
    }

    @Override
    public Optional<Invoice> find(TenantId tenant, InvoiceId id) {
        Invoice stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<Invoice> findByParty(TenantId tenant, PartyId party) {
        return byId.values().stream()
                .filter(i -> i.tenant().equals(tenant) && i.party().equals(party))
                .sorted(Comparator.comparing(Invoice::createdAt).thenComparing(i -> i.id().value()))
                .map(i -> copy(i, i.version()))
                .toList();
    }

    @Override
    public List<Invoice> findIssued(TenantId tenant, PartyRole role, LocalDate issuedOnOrBefore) {
        return byId.values().stream()
                .filter(i -> i.tenant().equals(tenant) && i.kind().role() == role && i.isIssued()
                        && !i.issueDate().orElseThrow().isAfter(issuedOnOrBefore))
                .sorted(Comparator.comparing((Invoice i) -> i.issueDate().orElseThrow())
                        .thenComparing(i -> i.number().orElseThrow()))
                .map(i -> copy(i, i.version()))
                .toList();
    }
}
