package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.domain.UnreconciledLine;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reconciliations in memory: every reconciliation by id (undone ones stay), and an index of the
 * lines the active ones hold. Units of work run one at a time, so checking that a line is free
 * and taking it cannot interleave with another reconciliation. The posted lines of an account come
 * from the {@link JournalLines} port.
 */
public final class InMemoryReconciliations implements Reconciliations {

    private record Member(TenantId tenant, JournalLineRef line) {
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final JournalLines journalLines;
    private final Map<ReconciliationId, Reconciliation> byId = new ConcurrentHashMap<>();
    private final Map<Member, ReconciliationId> active = new ConcurrentHashMap<>();

    /**
     * The reconciliations port over the shared in-memory unit of work.
     *
     * @param unitOfWork   the unit of work, and the store behind it, that this adapter shares with the other
     *                     in-memory adapters
     * @param journalLines the in-memory journal lines, read to match statement lines
     */
    public InMemoryReconciliations(InMemoryUnitOfWork unitOfWork, JournalLines journalLines) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.journalLines = Objects.requireNonNull(journalLines, "journalLines");
    }

    private static Reconciliation copy(Reconciliation r, long version) {
        return Reconciliation.restore(r.id(), r.tenant(), r.account(), r.lines(), r.status(), r.reconciledBy(),
                r.reconciledAt(), r.undoneBy().orElse(null), r.undoneAt().orElse(null), version);
    }

    @Override
    public void add(Reconciliation reconciliation) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (byId.containsKey(reconciliation.id())) {
            throw new IllegalStateException("reconciliation " + reconciliation.id() + " exists already");
        }
        List<Member> members = new ArrayList<>(reconciliation.lines().size());
        if (reconciliation.isActive()) {
            for (JournalLineRef line : reconciliation.refs()) {
                Member member = new Member(reconciliation.tenant(), line);
                ReconciliationId holder = active.get(member);
                if (holder != null) {
                    throw new RuleViolationException(LedgerError.RECONCILIATION_LINE_ALREADY_RECONCILED,
                            "Line " + line + " is already reconciled (reconciliation " + holder + ").");
                }
                members.add(member);
            }
        }
        byId.put(reconciliation.id(), copy(reconciliation, reconciliation.version()));
        members.forEach(member -> active.put(member, reconciliation.id()));
        tx.onRollback(() -> {
            members.forEach(active::remove);
            byId.remove(reconciliation.id());
        });
    }

    @Override
    public void update(Reconciliation reconciliation) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        Reconciliation stored = byId.get(reconciliation.id());
        if (stored == null || !stored.tenant().equals(reconciliation.tenant())) {
            throw new IllegalStateException("reconciliation " + reconciliation.id() + " is not stored");
        }
        if (stored.version() != reconciliation.version()) {
            throw new ConcurrentUpdateException("Reconciliation " + reconciliation.id() + " was changed by someone else.");
        }
        byId.put(reconciliation.id(), copy(reconciliation, reconciliation.version() + 1));
        List<Member> released = new ArrayList<>();
        if (stored.isActive() && !reconciliation.isActive()) {
            for (JournalLineRef line : stored.refs()) {
                Member member = new Member(stored.tenant(), line);
                if (active.remove(member, stored.id())) {
                    released.add(member);
                }
            }
        }
        tx.onRollback(() -> {
            released.forEach(member -> active.put(member, stored.id()));
            byId.put(reconciliation.id(), stored);
        });
    }

    @Override
    public Optional<Reconciliation> find(TenantId tenant, ReconciliationId id) {
        Reconciliation stored = byId.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public Map<JournalLineRef, ReconciliationId> findActive(TenantId tenant, Collection<JournalLineRef> lines) {
        Map<JournalLineRef, ReconciliationId> found = new HashMap<>();
        for (JournalLineRef line : lines) {
            ReconciliationId holder = active.get(new Member(tenant, line));
            if (holder != null) {
                found.put(line, holder);
            }
        }
        return found;
    }

    @Override
    public List<UnreconciledLine> unreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                                    int offset, int limit) {
        List<UnreconciledLine> open = unreconciled(tenant, account, from, to);
        int start = Math.min(Math.max(0, offset), open.size());
        int end = (int) Math.min(open.size(), (long) start + Math.max(0, limit));
        return List.copyOf(open.subList(start, end));
    }

    @Override
    public long countUnreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return unreconciled(tenant, account, from, to).size();
    }

    /** The posted lines of the range (in statement order: date, entry id, line number) that are free. */
    private List<UnreconciledLine> unreconciled(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        List<StatementLine> posted = journalLines.statement(tenant, account, from, to, 0, Integer.MAX_VALUE);
        List<UnreconciledLine> open = new ArrayList<>();
        for (StatementLine line : posted) {
            JournalLineRef ref = JournalLineRef.of(line.entryId(), line.lineNo());
            if (!active.containsKey(new Member(tenant, ref))) {
                open.add(new UnreconciledLine(ref, line.accountingDate(), line.description(), line.memo(), line.side(),
                        line.amount()));
            }
        }
        return open;
    }
}
