package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.RecordedEvents;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A journal entry: a dated set of two or more lines whose debits equal their credits in every
 * currency. A draft can be changed; {@link #post} checks the balance and freezes it. A posted
 * entry never changes again: it is corrected by {@link #reverse}, which makes a linked entry with
 * every line on the other side and marks this one reversed, once.
 */
public final class JournalEntry {

    private final JournalEntryId id;
    private final TenantId tenant;
    private LocalDate accountingDate;
    private String description;
    private String sourceReference;
    private List<JournalLine> lines;
    private EntryStatus status;
    private final JournalEntryId reversalOf;
    private JournalEntryId reversedBy;
    private final String createdBy;
    private final Instant createdAt;
    private String postedBy;
    private Instant postedAt;
    private final long version;
    /** The events recorded and not yet pulled; made with the first one. */
    private RecordedEvents events;
    /**
     * Set by {@link #post} until the events are pulled: the ids for its {@link JournalEntryPosted},
     * which is made when the events are pulled. Every field the event reads is frozen by the
     * posting, so the event is the one the posting would have made; an entry whose events nobody
     * pulls (no publisher listens) makes none.
     */
    private Supplier<UUID> postedEventIds;

    private JournalEntry(JournalEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                         String sourceReference, List<JournalLine> lines, EntryStatus status, JournalEntryId reversalOf,
                         JournalEntryId reversedBy, String createdBy, Instant createdAt, String postedBy,
                         Instant postedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.accountingDate = Objects.requireNonNull(accountingDate, "accountingDate");
        this.description = Objects.requireNonNull(description, "description");
        this.sourceReference = sourceReference;
        this.lines = List.copyOf(lines);
        this.status = Objects.requireNonNull(status, "status");
        this.reversalOf = reversalOf;
        this.reversedBy = reversedBy;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        this.version = version;
    }

    /**
     * A new draft. It needs two or more lines; whether they balance is checked when it is posted.
     *
     * @param id              the new entry's id
     * @param tenant          the tenant
     * @param accountingDate  the date it counts on
     * @param description     what it records
     * @param sourceReference the source document's reference, or null
     * @param lines           the lines, two or more
     * @param createdBy       the id of the actor who records it
     * @param now             the current instant
     * @return the draft
     */
    public static JournalEntry draft(JournalEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                                     String sourceReference, List<JournalLine> lines, String createdBy, Instant now) {
        requireLines(lines);
        return new JournalEntry(id, tenant, accountingDate, description.strip(), blankToNull(sourceReference), lines,
                EntryStatus.DRAFT, null, null, createdBy, now, null, null, 0);
    }

    /**
     * Rebuilds a stored entry (for adapters).
     *
     * @param id the id
     * @param tenant the tenant
     * @param accountingDate the accounting date, as stored
     * @param description the description, as stored
     * @param sourceReference the source reference, as stored
     * @param lines the lines, as stored
     * @param status the status, as stored
     * @param reversalOf the reversal of, as stored
     * @param reversedBy the reversed by, as stored
     * @param createdBy the id of the actor who created it, as stored
     * @param createdAt when it was created, as stored
     * @param postedBy the posted by, as stored
     * @param postedAt the posted at, as stored
     * @param version the stored version, for optimistic locking
     * @return the journal entry, with no events recorded
     */
    public static JournalEntry restore(JournalEntryId id, TenantId tenant, LocalDate accountingDate, String description,
                                       String sourceReference, List<JournalLine> lines, EntryStatus status,
                                       JournalEntryId reversalOf, JournalEntryId reversedBy, String createdBy,
                                       Instant createdAt, String postedBy, Instant postedAt, long version) {
        return new JournalEntry(id, tenant, accountingDate, description, sourceReference, lines, status, reversalOf,
                reversedBy, createdBy, createdAt, postedBy, postedAt, version);
    }

    private static void requireLines(List<JournalLine> lines) {
        if (lines == null || lines.size() < 2) {
            throw new RuleViolationException(LedgerError.ENTRY_TOO_FEW_LINES,
                    "A journal entry needs at least two lines.");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * Replaces the content of a draft.
     *
     * @param newDate            the new accounting date
     * @param newDescription     the new description
     * @param newSourceReference the new source reference, or null
     * @param newLines           the new lines, two or more
     */
    public void revise(LocalDate newDate, String newDescription, String newSourceReference, List<JournalLine> newLines) {
        requireDraft();
        requireLines(newLines);
        Objects.requireNonNull(newDate, "newDate");
        Objects.requireNonNull(newDescription, "newDescription");
        this.accountingDate = newDate;
        this.description = newDescription.strip();
        this.sourceReference = blankToNull(newSourceReference);
        this.lines = List.copyOf(newLines);
    }

    /**
     * Values the draft's lines before it is posted: {@code valued} are its lines, in their order,
     * each with its functional-currency equivalent ({@link JournalLine#withFunctional}), or the
     * lines themselves when there is nothing to value.
     *
     * @param valued the draft's lines with their functional equivalents
     * @throws IllegalArgumentException when {@code valued} are not the draft's lines
     */
    public void valueLines(List<JournalLine> valued) {
        requireDraft();
        if (valued == lines) {
            return; // nothing valued: a tenant without a functional currency
        }
        if (valued.size() != lines.size()) {
            throw new IllegalArgumentException("a valuation keeps every line");
        }
        for (int i = 0, count = lines.size(); i < count; i++) {
            if (!JournalLine.sameBeforeValuation(lines.get(i), valued.get(i))) {
                throw new IllegalArgumentException("a valuation changes no line but for its functional equivalent: "
                        + "line " + lines.get(i).lineNo());
            }
        }
        this.lines = List.copyOf(valued);
    }

    /**
     * Posts the draft: refuses it with {@code ledger.entry.unbalanced} unless debits equal credits
     * in every currency. The caller has checked the accounts and the fiscal period.
     *
     * @param actorId  the id of the actor who posts it
     * @param now      the current instant
     * @param eventIds makes the ids of the events recorded
     */
    public void post(String actorId, Instant now, Supplier<UUID> eventIds) {
        requireDraft();
        JournalLine.requireBalanced(lines);
        status = EntryStatus.POSTED;
        postedBy = actorId;
        postedAt = now;
        postedEventIds = Objects.requireNonNull(eventIds, "eventIds");
    }

    /**
     * Reverses this posted entry: returns a new posted entry on {@code date} with every line on the
     * other side, linked to this one, and marks this one reversed. A second reversal is refused.
     *
     * @param reversalId the reversing entry's id
     * @param date       its accounting date
     * @param reason     why, its description
     * @param actorId    the id of the actor who reverses
     * @param now        the current instant
     * @param eventIds   makes the ids of the events recorded
     * @return the reversing entry, posted
     */
    public JournalEntry reverse(JournalEntryId reversalId, LocalDate date, String reason, String actorId, Instant now,
                                Supplier<UUID> eventIds) {
        if (status == EntryStatus.DRAFT) {
            throw new RuleViolationException(LedgerError.ENTRY_NOT_POSTED,
                    "Entry " + id + " is a draft; discard it instead of reversing it.");
        }
        if (status == EntryStatus.REVERSED) {
            throw new RuleViolationException(LedgerError.ENTRY_ALREADY_REVERSED,
                    "Entry " + id + " was already reversed by entry " + reversedBy + ".");
        }
        List<JournalLine> reversedLines = lines.stream().map(JournalLine::reversed).toList();
        String text = reason == null || reason.isBlank() ? "Reversal of " + description : reason.strip();
        JournalEntry reversal = new JournalEntry(reversalId, tenant, date, text, sourceReference, reversedLines,
                EntryStatus.DRAFT, id, null, actorId, now, null, null, 0);
        reversal.post(actorId, now, eventIds);
        status = EntryStatus.REVERSED;
        reversedBy = reversalId;
        record(new JournalEntryReversed(eventIds.get(), tenant, now, id, reversalId, date));
        return reversal;
    }

    private void requireDraft() {
        if (status != EntryStatus.DRAFT) {
            throw new RuleViolationException(LedgerError.ENTRY_NOT_DRAFT,
                    "Entry " + id + " is " + status.name().toLowerCase(java.util.Locale.ROOT)
                            + " and can no longer be changed; reverse it instead.");
        }
    }

    /**
     * The events recorded since the last call, and forgets them.
     *
     * @return the events, oldest first
     */
    public List<DomainEvent> pullEvents() {
        recordPosted();
        return events == null ? List.of() : events.pull();
    }

    private void record(DomainEvent event) {
        recordPosted(); // the posting came first
        if (events == null) {
            events = new RecordedEvents();
        }
        events.record(event);
    }

    /** Makes the event of the posting, when it is posted and the event not yet made. */
    private void recordPosted() {
        Supplier<UUID> ids = postedEventIds;
        if (ids != null) {
            postedEventIds = null;
            record(new JournalEntryPosted(ids.get(), tenant, postedAt, id, accountingDate, reversalOf, lines.size()));
        }
    }


    /** {@return the id of the journal entry} */
    public JournalEntryId id() {
        return id;
    }

    /** {@return the tenant the journal entry belongs to} */
    public TenantId tenant() {
        return tenant;
    }

    /** {@return the accounting date of the journal entry} */
    public LocalDate accountingDate() {
        return accountingDate;
    }

    /** {@return the description of the journal entry} */
    public String description() {
        return description;
    }

    /** {@return the source reference of the journal entry, if any} */
    public Optional<String> sourceReference() {
        return Optional.ofNullable(sourceReference);
    }

    /**
     * {@return the source reference of the journal entry, or null} For adapters and snapshots, which
     * store and show null: an {@code Optional} made for each read is an allocation the compiler cannot
     * remove on Java 17 (it may be the shared empty one), and every posting is read twice so.
     */
    public String sourceReferenceOrNull() {
        return sourceReference;
    }

    /** {@return the lines of the journal entry} */
    public List<JournalLine> lines() {
        return lines;
    }

    /** {@return the status of the journal entry} */
    public EntryStatus status() {
        return status;
    }

    /** {@return whether the journal entry is posted} */
    public boolean isPosted() {
        return status.isPosted();
    }

    /** {@return the entry this one reverses, if it is a reversal} */
    public Optional<JournalEntryId> reversalOf() {
        return Optional.ofNullable(reversalOf);
    }

    /** {@return the entry this one reverses, or null} As {@link #sourceReferenceOrNull()}. */
    public JournalEntryId reversalOfOrNull() {
        return reversalOf;
    }

    /** {@return the entry that reversed this one, if any} */
    public Optional<JournalEntryId> reversedBy() {
        return Optional.ofNullable(reversedBy);
    }

    /** {@return the entry that reversed this one, or null} As {@link #sourceReferenceOrNull()}. */
    public JournalEntryId reversedByOrNull() {
        return reversedBy;
    }

    /** {@return the id of the actor who created the journal entry} */
    public String createdBy() {
        return createdBy;
    }

    /** {@return when the journal entry was created} */
    public Instant createdAt() {
        return createdAt;
    }

    /** {@return the id of the actor who posted the journal entry, if any} */
    public Optional<String> postedBy() {
        return Optional.ofNullable(postedBy);
    }

    /** {@return the id of the actor who posted the journal entry, or null} As {@link #sourceReferenceOrNull()}. */
    public String postedByOrNull() {
        return postedBy;
    }

    /** {@return when the journal entry was posted} */
    public Optional<Instant> postedAt() {
        return Optional.ofNullable(postedAt);
    }

    /** {@return when the journal entry was posted, or null} As {@link #sourceReferenceOrNull()}. */
    public Instant postedAtOrNull() {
        return postedAt;
    }

    /** {@return the stored version of the journal entry, for optimistic locking} */
    public long version() {
        return version;
    }
}
