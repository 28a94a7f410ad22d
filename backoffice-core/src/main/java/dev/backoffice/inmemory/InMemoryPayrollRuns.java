package dev.backoffice.inmemory;

import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.PayrollRuns;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Payroll runs in memory. Stores copies (payslips are immutable records). */
public final class InMemoryPayrollRuns implements PayrollRuns {

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<PayrollRunId, PayrollRun> byId = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryPayrollRuns(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static PayrollRun copy(PayrollRun r, long version) {
        return PayrollRun.restore(r.id(), r.tenant(), r.period(), r.kind(), r.reversalOf().orElse(null),
                r.reversedBy().orElse(null), r.status(), r.currency(), r.payslips(), r.preparedBy(), r.preparedAt(),
                r.approvedBy().orElse(null), r.approvedAt().orElse(null), r.postedBy().orElse(null),
                r.postedAt().orElse(null), r.journalEntryId().orElse(null), r.paidOn().orElse(null),
                r.paymentEntryIds(), version);
    }

    @Override
    public void add(PayrollRun run) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (run.holdsPeriod() && findByPeriod(run.tenant(), run.period()).stream().anyMatch(PayrollRun::holdsPeriod)) {
            throw new RuleViolationException(PersonnelError.PAYROLL_PERIOD_ALREADY_RUN,
                    "The payroll of " + run.period() + " has been run already.");
        }
        if (byId.putIfAbsent(run.id(), copy(run, run.version())) != null) {
            throw new IllegalStateException("payroll run " + run.id() + " exists already");
        }
        tx.onRollback(() -> byId.remove(run.id()));
    }

    @Override
    public void update(PayrollRun run) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        PayrollRun stored = byId.get(run.id());
        if (stored == null || !stored.tenant().equals(run.tenant())) {
            throw new IllegalStateException("payroll run " + run.id() + " is not stored");
        }
        if (stored.version() != run.version()) {
            throw new ConcurrentUpdateException("The payroll run was changed by someone else.");
        }
        byId.put(run.id(), copy(run, run.version() + 1));
        tx.onRollback(() -> byId.put(run.id(), stored));
    }

    @Override
    public Optional<PayrollRun> find(TenantId tenant, PayrollRunId id) {
        PayrollRun stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public List<PayrollRun> findByPeriod(TenantId tenant, YearMonth period) {
        return byId.values().stream()
                .filter(r -> r.tenant().equals(tenant) && r.period().equals(period))
                .sorted(Comparator.comparing(PayrollRun::preparedAt).thenComparing(r -> r.id().value()))
                .map(r -> copy(r, r.version()))
                .toList();
    }
}
