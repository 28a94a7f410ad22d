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

    /**
     * Stores a new, active reconciliation and takes its lines.
     *
     * @param reconciliation the new reconciliation
     */
    void add(Reconciliation reconciliation);

    /**
     * Stores a changed reconciliation (an undo), and releases its lines when it is no longer
     * active. Fails with {@link dev.backoffice.common.ConcurrentUpdateException} when the stored
     * version is no longer {@link Reconciliation#version()}.
     *
     * @param reconciliation the changed reconciliation
     */
    void update(Reconciliation reconciliation);

    /**
     * The reconciliation of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the reconciliation id
     * @return the reconciliation, or empty
     */
    Optional<Reconciliation> find(TenantId tenant, ReconciliationId id);

    /**
     * Which of the given lines an active reconciliation of the tenant holds, and which one;
     * lines that are free are absent from the map.
     *
     * @param tenant the tenant
     * @param lines  the line references
     * @return the held lines and the reconciliation holding each
     */
    Map<JournalLineRef, ReconciliationId> findActive(TenantId tenant, Collection<JournalLineRef> lines);

    /**
     * Posted lines of the account dated from {@code from} to {@code to} (inclusive) that no
     * active reconciliation holds, ordered by date, then entry id, then line number, skipping
     * {@code offset} and returning at most {@code limit}.
     *
     * @param tenant  the tenant
     * @param account the account
     * @param from    first day
     * @param to      last day
     * @param offset  how many to skip
     * @param limit   at most this many
     * @return the lines
     */
    List<UnreconciledLine> unreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                             int offset, int limit);

    /**
     * How many lines {@link #unreconciledLines} has in the whole range.
     *
     * @param tenant  the tenant
     * @param account the account
     * @param from    first day
     * @param to      last day
     * @return the number of lines
     */
    long countUnreconciledLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to);
}
