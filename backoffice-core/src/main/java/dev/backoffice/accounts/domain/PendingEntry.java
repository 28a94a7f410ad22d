package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A pending (two-phase) entry: balanced lines whose amounts are reserved on their accounts (they
 * count against balance limits, not in posted balances) until it is resolved, once: posted in full
 * or in part by a new journal entry (the rest is released), voided, or expired after its timeout.
 * The pending entry itself never changes its lines; it records how it was resolved.
 */
public final class PendingEntry {

    private final PendingEntryId id;
    private final TenantId tenant;
    private final LocalDate accountingDate;
    private final String description;
    private final String sourceReference;
    private final List<JournalLine> lines;
    private final Instant expiresAt;
    private final String createdBy;
    private final Instant createdAt;
    private PendingStatus status;
    private String resolvedBy;
    private Instant resolvedAt;
    private JournalEntryId postedEntry;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private PendingEntry(PendingEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                         String sourceReference, List<JournalLine> lines, Instant expiresAt, String createdBy,
                         Instant createdAt, PendingStatus status, String resolvedBy, Instant resolvedAt,
                         JournalEntryId postedEntry, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.accountingDate = Objects.requireNonNull(accountingDate, "accountingDate");
        this.description = Objects.requireNonNull(description, "description");
        this.sourceReference = sourceReference;
        this.lines = List.copyOf(lines);
        this.expiresAt = expiresAt;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.resolvedBy = resolvedBy;
        this.resolvedAt = resolvedAt;
        this.postedEntry = postedEntry;
        this.version = version;
    }

    /**
     * Records a pending entry. It needs two or more lines balanced in every currency; a timeout, if
     * given, must lie after {@code now}. The caller has checked accounts, period and limits.
     */
    public static PendingEntry record(PendingEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                                      String sourceReference, List<JournalLine> lines, Instant expiresAt,
                                      String createdBy, Instant now, Supplier<UUID> eventIds) {
        if (lines == null || lines.size() < 2) {
            throw new RuleViolationException(LedgerError.ENTRY_TOO_FEW_LINES, "A pending entry needs at least two lines.");
        }
        JournalLine.requireBalanced(lines);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw new RuleViolationException(LedgerError.PENDING_INVALID_TIMEOUT,
                    "A pending entry must expire after it is recorded, not at " + expiresAt + ".");
        }
        PendingEntry entry = new PendingEntry(id, tenant, accountingDate, description.strip(),
                sourceReference == null || sourceReference.isBlank() ? null : sourceReference.strip(), lines, expiresAt,
                createdBy, now, PendingStatus.PENDING, null, null, null, 0);
        entry.events.record(new PendingEntryEvent(eventIds.get(), tenant, now, id, PendingStatus.PENDING, null));
        return entry;
    }

    /** Rebuilds a stored pending entry (for adapters). */
    public static PendingEntry restore(PendingEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                                       String sourceReference, List<JournalLine> lines, Instant expiresAt,
                                       String createdBy, Instant createdAt, PendingStatus status, String resolvedBy,
                                       Instant resolvedAt, JournalEntryId postedEntry, long version) {
        return new PendingEntry(id, tenant, accountingDate, description, sourceReference, lines, expiresAt, createdBy,
                createdAt, status, resolvedBy, resolvedAt, postedEntry, version);
    }

    /**
     * The lines to post: the reserved lines, or, for a partial posting, the same lines with the
     * given amounts (one per line, each from zero up to the reserved amount; lines given zero are
     * left out). What is posted must still balance and have two lines.
     */
    public List<JournalLine> linesToPost(List<Money> amounts) {
        if (amounts == null) {
            return lines;
        }
        if (amounts.size() != lines.size()) {
            throw new RuleViolationException(LedgerError.PENDING_INVALID_AMOUNTS,
                    "Give one amount per line: the pending entry has " + lines.size() + " lines, not " + amounts.size() + ".");
        }
        List<JournalLine> posted = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JournalLine line = lines.get(i);
            Money amount = Objects.requireNonNull(amounts.get(i), "amount");
            if (!amount.hasSameCurrencyAs(line.amount()) || amount.isNegative() || amount.isGreaterThan(line.amount())) {
                throw new RuleViolationException(LedgerError.PENDING_INVALID_AMOUNTS,
                        "Line " + line.lineNo() + ": the amount to post must lie between zero and the pending "
                                + line.amount() + ", not " + amount + ".");
            }
            if (amount.isPositive()) {
                posted.add(line.withAmount(amount));
            }
        }
        if (posted.size() < 2) {
            throw new RuleViolationException(LedgerError.PENDING_INVALID_AMOUNTS,
                    "A posting needs at least two lines with an amount.");
        }
        JournalLine.requireBalanced(posted);
        return posted;
    }

    /** Marks the entry posted by {@code entry}; throws unless it is still pending and not expired at {@code now}. */
    public void markPosted(JournalEntryId entry, String actorId, Instant now, Supplier<UUID> eventIds) {
        requirePending(now);
        postedEntry = Objects.requireNonNull(entry, "entry");
        resolve(PendingStatus.POSTED, actorId, now, eventIds);
    }

    /** Voids the entry: its amounts are released. */
    public void voidEntry(String actorId, Instant now, Supplier<UUID> eventIds) {
        requirePending(null);
        resolve(PendingStatus.VOIDED, actorId, now, eventIds);
    }

    /** Expires the entry if its timeout has passed at {@code now}; returns whether it did. */
    public boolean expireIfDue(Instant now, Supplier<UUID> eventIds) {
        if (status != PendingStatus.PENDING || !isDue(now)) {
            return false;
        }
        resolve(PendingStatus.EXPIRED, "system", now, eventIds);
        return true;
    }

    /** Whether the timeout has passed at {@code now}. */
    public boolean isDue(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    private void requirePending(Instant now) {
        if (status != PendingStatus.PENDING) {
            throw new RuleViolationException(LedgerError.PENDING_ALREADY_RESOLVED,
                    "Pending entry " + id + " was already " + status.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        if (now != null && isDue(now)) {
            throw new RuleViolationException(LedgerError.PENDING_EXPIRED,
                    "Pending entry " + id + " expired at " + expiresAt + " and can no longer be posted.");
        }
    }

    private void resolve(PendingStatus newStatus, String actorId, Instant now, Supplier<UUID> eventIds) {
        status = newStatus;
        resolvedBy = actorId;
        resolvedAt = now;
        events.record(new PendingEntryEvent(eventIds.get(), tenant, now, id, newStatus, postedEntry));
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    public PendingEntryId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public LocalDate accountingDate() {
        return accountingDate;
    }

    public String description() {
        return description;
    }

    public Optional<String> sourceReference() {
        return Optional.ofNullable(sourceReference);
    }

    public List<JournalLine> lines() {
        return lines;
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public PendingStatus status() {
        return status;
    }

    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    public Optional<JournalEntryId> postedEntry() {
        return Optional.ofNullable(postedEntry);
    }

    public long version() {
        return version;
    }
}
