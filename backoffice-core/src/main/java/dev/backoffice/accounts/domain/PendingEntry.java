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
     *
     * @param id              the new pending entry's id
     * @param tenant          the tenant
     * @param accountingDate  the date it counts on
     * @param description     what it records
     * @param sourceReference the source document's reference, or null
     * @param lines           the lines, two or more
     * @param expiresAt       its timeout, or null for none
     * @param createdBy       the id of the actor who records it
     * @param now             the current instant
     * @param eventIds        makes the ids of the events recorded
     * @return the pending entry
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

    /**
     * Rebuilds a stored pending entry (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param accountingDate the accounting date, as stored
     * @param description the description, as stored
     * @param sourceReference the source reference, as stored
     * @param lines the lines, as stored
     * @param expiresAt the expires at, as stored
     * @param createdBy the id of the actor who created it, as stored
     * @param createdAt when it was created, as stored
     * @param status the status, as stored
     * @param resolvedBy the resolved by, as stored
     * @param resolvedAt the resolved at, as stored
     * @param postedEntry the posted entry, as stored
     * @param version the stored version, for optimistic locking
     * @return the pending entry, with no events recorded
     */
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
     *
     * @param amounts one amount per line, or null for all in full
     * @return the lines to post
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

    /**
     * Marks the entry posted by {@code entry}; throws unless it is still pending and not expired at {@code
     * now}.
     *
     * @param entry    the journal entry that posted it
     * @param actorId  the id of the actor
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void markPosted(JournalEntryId entry, String actorId, Instant now, Supplier<UUID> eventIds) {
        requirePending(now);
        postedEntry = Objects.requireNonNull(entry, "entry");
        resolve(PendingStatus.POSTED, actorId, now, eventIds);
    }

    /**
     * Voids the entry: its amounts are released.
     *
     * @param actorId  the id of the actor
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void voidEntry(String actorId, Instant now, Supplier<UUID> eventIds) {
        requirePending(null);
        resolve(PendingStatus.VOIDED, actorId, now, eventIds);
    }

    /**
     * Expires the entry if its timeout has passed at {@code now}; returns whether it did.
     *
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     * @return true when it expired now
     */
    public boolean expireIfDue(Instant now, Supplier<UUID> eventIds) {
        if (status != PendingStatus.PENDING || !isDue(now)) {
            return false;
        }
        resolve(PendingStatus.EXPIRED, "system", now, eventIds);
        return true;
    }

    /**
     * Whether the timeout has passed at {@code now}.
     *
     * @param now the current instant
     * @return true once the timeout has passed
     */
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

    /** {@return the events recorded since the last pull, oldest first; they are forgotten} */
    public List<DomainEvent> pullEvents() {
        return events.pull();
    }

    /** {@return the id of the pending entry} */
    public PendingEntryId id() {
        return id;
    }

    /** {@return the tenant the pending entry belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the accounting date of the pending entry} */
    public LocalDate accountingDate() {
        return accountingDate;
    }

    /** {@return the description of the pending entry} */
    public String description() {
        return description;
    }

    /** {@return the source reference of the pending entry, if any} */
    public Optional<String> sourceReference() {
        return Optional.ofNullable(sourceReference);
    }

    /** {@return the lines of the pending entry} */
    public List<JournalLine> lines() {
        return lines;
    }

    /** {@return when the pending entry expires, if it has a timeout} */
    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** {@return the id of the actor who created the pending entry} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return when the pending entry was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the status of the pending entry} */
    public PendingStatus status() {
        return status;
    }

    /** {@return the id of the actor who resolved the pending entry, if any} */
    public Optional<String> resolvedBy() {
        return Optional.ofNullable(resolvedBy);
    }

    /** {@return when the pending entry was resolved} */
    public Optional<Instant> resolvedAt() {
        return Optional.ofNullable(resolvedAt);
    }

    /** {@return the posted entry of the pending entry, if any} */
    public Optional<JournalEntryId> postedEntry() {
        return Optional.ofNullable(postedEntry);
    }

    /** {@return the stored version of the pending entry, for optimistic locking} */
    public long version() {
        return version;
    }
}
