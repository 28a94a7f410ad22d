package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.UnreconciledLine;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reconciliations of every tenant, active and undone (history is kept), and which posted
 * journal lines the active ones hold. Every method is scoped to one tenant.
 *
 * <p>The rule an adapter guarantees under concurrency: <b>a journal line belongs to at most one
 * active reconciliation</b>. When two units of work try to take the same line, one of them must
 * fail in {@link #add} (or at commit at the latest) with a
 * {@link dev.backoffice.common.RuleViolationException} of code
 * {@code ledger.reconciliation.line_already_reconciled}, or with a
 * {@link dev.backoffice.common.ConcurrentUpdateException} so that the unit of work retries and the
 * retry finds the line taken. A database adapter backs this with a unique constraint on the
 * active memberships (tenant, entry id, line number), inserted in {@link JournalLineRef} order so
 * that two writers never deadlock.
 */
public interface Reconciliations {

    /** Stores a new, active reconciliation and takes its lines. */
    void add(Reconciliation reconciliation);

    /**
     * Stores a changed reconciliation (an undo), and releases its lines when it is no longer
     * active. Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when the stored
     * version is no longer {@link Reconciliation#version()}.
     */
    void update(Reconciliation reconciliation);

    Optional<Reconciliation> find(TenantId tenant, ReconciliationId id);

    /**
     * Which of the given lines an active reconciliation of the tenant holds, and which one;
     * lines that are free are absent from the map.
     */
    Map<JournalLineRef, ReconciliationId> findActive(TenantId tenant, Collection<JournalLineRef> lines);

    /**
     * Posted lines of the account dated from {@code from} to {@code to} (inclusive) that no
     * active reconciliation holds, ordered by date, then entry id, then line number, skipping
     * {@code offset} and returning at most {@code limit}.
     */
    List<UnreconciledLine> unreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                             int offset, int limit);

    /** How many lines {@link #unreconciledLines} has in the whole range. */
    long countUnreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to);
}
