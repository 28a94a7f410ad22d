package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.Payment;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.accounts.spi.PaymentRecords;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** PaymentRecords in memory, stored as copies. */
public final class InMemoryPaymentRecords implements PaymentRecords {

    private static final Comparator<Payment> BY_DATE = Comparator.comparing(Payment::date)
            .thenComparing(p -> p.id().value());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<PaymentId, Payment> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPaymentRecords(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static Payment copy(Payment p, long version) {
        return Payment.restore(p.id(), p.tenant(), p.direction(), p.party(), p.partyRole(), p.amount(), p.date(),
                p.bankAccount(), p.reference().orElse(null), p.charge().orElse(null), p.status(),
                p.receiptEntry().orElse(null), p.createdBy(), p.createdAt(), p.approvedBy().orElse(null),
                p.approvedAt().orElse(null), p.allocations(), p.refunds(), version);
    }

    @Override
    public void add(Payment payment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.putIfAbsent(payment.id(), copy(payment, payment.version())) != null) {
            throw new IllegalStateException("payment " + payment.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(payment.id()));
    }

    @Override
    public void update(Payment payment) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Payment stored = byId.get(payment.id());
        if (stored == null || !stored.tenant().equals(payment.tenant())) {
            throw new IllegalStateException("payment " + payment.id() + " is not stored");
        }
        if (stored.version() != payment.version()) {
            throw new ConcurrentUpdateException("Payment " + payment.id() + " was changed by someone else.");
        }
        byId.put(payment.id(), copy(payment, payment.version() + 1));
        tx.onRollback(() -> byId.put(payment.id(), stored));
    }

    @Override
    public Optional<Payment> find(TenantId tenant, PaymentId id) {
        Payment stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<Payment> findByParty(TenantId tenant, PartyId party) {
        return byId.values().stream()
                .filter(p -> p.tenant().equals(tenant) && p.party().equals(party))
                .sorted(BY_DATE)
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public List<Payment> findByRole(TenantId tenant, PartyRole role, LocalDate onOrBefore) {
        return byId.values().stream()
                .filter(p -> p.tenant().equals(tenant) && p.partyRole() == role && !p.date().isAfter(onOrBefore))
                .sorted(BY_DATE)
                .map(p -> copy(p, p.version()))
                .toList();
    }
}
