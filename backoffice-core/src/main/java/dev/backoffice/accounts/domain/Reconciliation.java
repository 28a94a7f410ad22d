package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A reconciliation of an account (typically a bank or clearing account): two or more posted lines
 * of that one account, matched because together they net to zero (a payment received against the
 * invoice it settles, a transfer out against the transfer in).
 *
 * <p>{@link #reconcile} refuses lines that do not exist in the tenant
 * ({@code ledger.reconciliation.line_not_found}), lines of drafts
 * ({@code ledger.reconciliation.line_not_posted}), lines of another account
 * ({@code ledger.reconciliation.mixed_accounts}), the same line twice
 * ({@code ledger.reconciliation.duplicate_line}), fewer than two lines
 * ({@code ledger.reconciliation.too_few_lines}) and lines whose debits minus credits are not
 * exactly zero ({@code ledger.reconciliation.not_zero}). That a line belongs to at most one active
 * reconciliation spans reconciliations: the application checks it and the
 * {@link dev.backoffice.accounts.spi.Reconciliations} adapter guarantees it under concurrency.
 *
 * <p>{@link #undo} marks the reconciliation undone; it is kept, with its lines, as history, and
 * its lines are unreconciled again.
 */
public final class Reconciliation {

    /** The most lines one reconciliation matches. */
    public static final int MAX_LINES = 1000;

    private static final Comparator<ReconciledLine> LINE_ORDER = Comparator.comparing(ReconciledLine::accountingDate)
            .thenComparing(ReconciledLine::ref);

    private final ReconciliationId id;
    private final TenantId tenant;
    private final AccountId account;
    private final List<ReconciledLine> lines;
    private ReconciliationStatus status;
    private final String reconciledBy;
    private final Instant reconciledAt;
    private String undoneBy;
    private Instant undoneAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Reconciliation(ReconciliationId id, TenantId tenant, AccountId account, List<ReconciledLine> lines,
                           ReconciliationStatus status, String reconciledBy, Instant reconciledAt, String undoneBy,
                           Instant undoneAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.account = Objects.requireNonNull(account, "account");
        this.lines = lines.stream().sorted(LINE_ORDER).toList();
        this.status = Objects.requireNonNull(status, "status");
        this.reconciledBy = Objects.requireNonNull(reconciledBy, "reconciledBy");
        this.reconciledAt = Objects.requireNonNull(reconciledAt, "reconciledAt");
        this.undoneBy = undoneBy;
        this.undoneAt = undoneAt;
        this.version = version;
    }

    /**
     * Matches the referenced lines of the account into a new active reconciliation.
     *
     * @param entries the tenant's journal entries the references point into, by id; a reference to
     *                an entry missing from the map does not exist
     * @param id       the new reconciliation's id
     * @param tenant   the tenant
     * @param account   the bank or clearing account
     * @param refs     the lines to match, netting to zero
     * @param actorId  the id of the actor
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     * @return the reconciliation, active
     */
    public static Reconciliation reconcile(ReconciliationId id, TenantId tenant, AccountId account,
                                           List<JournalLineRef> refs, Map<JournalEntryId, JournalEntry> entries,
                                           String actorId, Instant now, Supplier<UUID> eventIds) {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(account, "account");
        if (refs == null || refs.size() < 2) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_TOO_FEW_LINES,
                    "A reconciliation matches at least two lines.");
        }
        if (refs.size() > MAX_LINES) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_TOO_MANY_LINES,
                    "A reconciliation matches at most " + MAX_LINES + " lines.");
        }
        Set<JournalLineRef> seen = new HashSet<>();
        List<ReconciledLine> matched = new ArrayList<>(refs.size());
        for (JournalLineRef ref : refs) {
            Objects.requireNonNull(ref, "ref");
            if (!seen.add(ref)) {
                throw new RuleViolationException(LedgerError.RECONCILIATION_DUPLICATE_LINE,
                        "Line " + ref + " is named twice; a line is matched once.");
            }
            matched.add(lineOf(tenant, account, ref, entries.get(ref.entry())));
        }
        Money net = null;
        for (ReconciledLine line : matched) {
            net = net == null ? line.signedAmount() : net.plus(line.signedAmount());
        }
        if (!net.isZero()) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_NOT_ZERO,
                    "The lines leave " + net.abs() + " on the " + (net.isPositive() ? "debit" : "credit")
                            + " side; reconciled lines must net to exactly zero.");
        }
        Reconciliation reconciliation = new Reconciliation(id, tenant, account, matched, ReconciliationStatus.ACTIVE,
                actorId, now, null, null, 0);
        reconciliation.events.record(new LinesReconciled(eventIds.get(), tenant, now, id, account,
                reconciliation.lines.stream().map(ReconciledLine::ref).toList()));
        return reconciliation;
    }

    private static ReconciledLine lineOf(TenantId tenant, AccountId account, JournalLineRef ref, JournalEntry entry) {
        if (entry == null || !entry.tenant().equals(tenant)) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_LINE_NOT_FOUND,
                    "Line " + ref + " does not exist: there is no journal entry " + ref.entry() + ".");
        }
        JournalLine line = entry.lines().stream().filter(l -> l.lineNo() == ref.lineNo()).findFirst().orElseThrow(() ->
                new RuleViolationException(LedgerError.RECONCILIATION_LINE_NOT_FOUND,
                        "Journal entry " + ref.entry() + " has no line " + ref.lineNo() + "."));
        if (!entry.isPosted()) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_LINE_NOT_POSTED,
                    "Line " + ref + " belongs to a draft; only lines of posted entries can be reconciled.");
        }
        if (!line.account().equals(account)) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_MIXED_ACCOUNTS,
                    "Line " + ref + " is on account " + line.account() + ", not on the account being reconciled, "
                            + account + "; a reconciliation matches lines of one account.");
        }
        return new ReconciledLine(ref, entry.accountingDate(), line.side(), line.amount());
    }

    /**
     * Rebuilds a stored reconciliation (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param account the account, as stored
     * @param lines the lines, as stored
     * @param status the status, as stored
     * @param reconciledBy the reconciled by, as stored
     * @param reconciledAt the reconciled at, as stored
     * @param undoneBy the undone by, as stored
     * @param undoneAt the undone at, as stored
     * @param version the stored version, for optimistic locking
     * @return the reconciliation, with no events recorded
     */
    public static Reconciliation restore(ReconciliationId id, TenantId tenant, AccountId account,
                                         List<ReconciledLine> lines, ReconciliationStatus status, String reconciledBy,
                                         Instant reconciledAt, String undoneBy, Instant undoneAt, long version) {
        return new Reconciliation(id, tenant, account, lines, status, reconciledBy, reconciledAt, undoneBy, undoneAt,
                version);
    }

    /**
     * Undoes the reconciliation: it stays, marked undone, and its lines are free to be reconciled
     * again. A second undo is refused with {@code ledger.reconciliation.already_undone}.
     *
     * @param actorId  the id of the actor
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void undo(String actorId, Instant now, Supplier<UUID> eventIds) {
        if (status == ReconciliationStatus.UNDONE) {
            throw new RuleViolationException(LedgerError.RECONCILIATION_ALREADY_UNDONE,
                    "Reconciliation " + id + " was already undone by " + undoneBy + ".");
        }
        status = ReconciliationStatus.UNDONE;
        undoneBy = Objects.requireNonNull(actorId, "actorId");
        undoneAt = Objects.requireNonNull(now, "now");
        events.record(new ReconciliationUndone(eventIds.get(), tenant, now, id, account));
    }

    /**
     * The events recorded since the last call, and forgets them.
     *
     * @return the events, oldest first
     */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the reconciliation} */
    public ReconciliationId id() {
        return id;
    }

    /** {@return the tenant the reconciliation belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the account of the reconciliation} */
    public AccountId account() {
        return account;
    }

    /**
     * The matched lines, ordered by accounting date, then entry id, then line number.
     *
     * @return the lines
     */
    public List<ReconciledLine> lines() {
        return lines;
    }

    /**
     * The references of the matched lines, in the order of {@link #lines()}.
     *
     * @return the references
     */
    public List<JournalLineRef> refs() {
        return lines.stream().map(ReconciledLine::ref).toList();
    }

    /** {@return the status of the reconciliation} */
    public ReconciliationStatus status() {
        return status;
    }

    /** {@return whether the reconciliation is active} */
    public boolean isActive() {
        return status == ReconciliationStatus.ACTIVE;
    }

    /** {@return the id of the actor who reconciled the reconciliation} */
    public String reconciledBy() {
        return reconciledBy;
    }

    /** {@return when the reconciliation was reconciled} */
    public Instant reconciledAt() {
        return reconciledAt;
    }

    /** {@return the id of the actor who undid the reconciliation, if any} */
    public Optional<String> undoneBy() {
        return Optional.ofNullable(undoneBy);
    }

    /** {@return when the reconciliation was undone} */
    public Optional<Instant> undoneAt() {
        return Optional.ofNullable(undoneAt);
    }

    /** {@return the stored version of the reconciliation, for optimistic locking} */
    public long version() {
        return version;
    }
}
