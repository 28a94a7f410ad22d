package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.LedgerBatchRejectedException;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;

final class LedgerService implements Ledger {

    /** The most entries one {@link #postAll} call takes. */
    static final int MAX_BATCH = 10_000;

    private static final String SUBJECT = "JournalEntry";
    private static final String PENDING_SUBJECT = "PendingEntry";

    private final UseCases useCases;
    private final JournalEntries entries;
    private final PendingEntries pendingEntries;
    private final Posting posting;

    LedgerService(UseCases useCases, JournalEntries entries, PendingEntries pendingEntries, Posting posting) {
        this.useCases = useCases;
        this.entries = entries;
        this.pendingEntries = pendingEntries;
        this.posting = posting;
    }

    /** The batch as one validated command, so that Bean Validation reaches every entry. */
    record NewJournalEntries(@NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid NewJournalEntry> entries) {
    }

    @Override
    public JournalEntrySnapshot post(Actor actor, NewJournalEntry command) {
        return useCases.create(actor, LedgerPermissions.POST_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    Instant now = useCases.now(); // one reading of the clock: recorded, posted and audited at once
                    JournalEntry entry = draftOf(actor, command, useCases.newId(now), now);
                    Posting.Check check = posting.check(actor.tenant(), entry.lines());
                    check.require(entry.accountingDate(), entry.lines());
                    check.value(entry);
                    entry.post(actor.id(), now, useCases.eventIds());
                    // without a publisher the entry's events are never pulled, so never made
                    store(actor, List.of(entry), useCases.publishesEvents() ? entry.pullEvents() : List.of(), check,
                            null, now);
                    return JournalEntrySnapshot.of(entry);
                },
                snapshot -> snapshot.id().value(),
                id -> JournalEntrySnapshot.of(load(actor, JournalEntryId.of(id))));
    }

    @Override
    public List<JournalEntrySnapshot> postAll(Actor actor, List<NewJournalEntry> commands) {
        NewJournalEntries batch = new NewJournalEntries(commands);
        return useCases.command(actor, LedgerPermissions.POST_ENTRY, batch, () -> {
            Instant now = useCases.now(); // the whole batch is recorded, posted and audited at one instant
            UUID[] entryIds = useCases.newIds(commands.size(), now);
            Supplier<UUID> eventIds = useCases.eventIds();
            List<JournalEntrySnapshot> results = new ArrayList<>(commands.size());
            List<JournalEntry> drafts = new ArrayList<>(commands.size());
            int[] indexes = new int[commands.size()]; // the command index of each draft
            for (int i = 0; i < commands.size(); i++) {
                NewJournalEntry command = commands.get(i);
                try {
                    Optional<UUID> earlier = useCases.recall(actor, command.idempotencyKey(), command);
                    if (earlier.isPresent()) {
                        results.add(JournalEntrySnapshot.of(load(actor, JournalEntryId.of(earlier.get()))));
                        continue;
                    }
                    indexes[drafts.size()] = i;
                    drafts.add(draftOf(actor, command, entryIds[i], now));
                    results.add(null);
                } catch (BackOfficeException e) {
                    throw new LedgerBatchRejectedException(i, e);
                }
            }
            Posting.Check check = posting.checkAll(actor.tenant(), drafts);
            // each entry's events are taken at once, and made only when a publisher receives them: the
            // batch in flight, which a young collection copies, holds no event nobody will see
            List<DomainEvent> events = new ArrayList<>(useCases.publishesEvents() ? drafts.size() : 0);
            for (int d = 0; d < drafts.size(); d++) {
                JournalEntry entry = drafts.get(d);
                int index = indexes[d];
                try {
                    check.require(entry.accountingDate(), entry.lines());
                    check.value(entry);
                    entry.post(actor.id(), now, eventIds);
                    if (useCases.publishesEvents()) {
                        List<DomainEvent> recorded = entry.pullEvents();
                        for (int k = 0; k < recorded.size(); k++) {
                            events.add(recorded.get(k));
                        }
                    }
                    useCases.remember(actor, commands.get(index).idempotencyKey(), commands.get(index), entry.id().value());
                } catch (BackOfficeException e) {
                    throw new LedgerBatchRejectedException(index, e);
                }
                results.set(index, JournalEntrySnapshot.of(entry));
            }
            store(actor, drafts, events, check, position -> indexes[position], now); // every draft is posted now
            return List.copyOf(results);
        });
    }

    private void store(Actor actor, List<JournalEntry> posted, List<DomainEvent> events, Posting.Check check,
                       IntUnaryOperator batchIndex, Instant now) {
        if (posted.isEmpty()) {
            return;
        }
        int count = posted.size();
        entries.addAll(posted);
        if (count == 1) {
            useCases.audit(actor, LedgerPermissions.POST_ENTRY, SUBJECT, posted.get(0).id().value(), "posted", now);
        } else {
            UUID[] ids = new UUID[count];
            for (int i = 0; i < count; i++) {
                ids[i] = posted.get(i).id().value();
            }
            useCases.auditAll(actor, LedgerPermissions.POST_ENTRY, SUBJECT, Arrays.asList(ids), "posted", now);
        }
        useCases.publish(events);
        // the balances last: on a database their rows stay locked from the update to the commit, so
        // a busy (hot) account is held for the commit only, not for the writes of the entry as well
        check.applyPosted(posted, batchIndex);
    }

    @Override
    public JournalEntrySnapshot saveDraft(Actor actor, NewJournalEntry command) {
        return useCases.create(actor, LedgerPermissions.DRAFT_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    JournalEntry draft = draftOf(actor, command, useCases.newId(), useCases.now());
                    entries.add(draft);
                    useCases.audit(actor, LedgerPermissions.DRAFT_ENTRY, SUBJECT, draft.id().value(), "draft saved");
                    return JournalEntrySnapshot.of(draft);
                },
                snapshot -> snapshot.id().value(),
                id -> JournalEntrySnapshot.of(load(actor, JournalEntryId.of(id))));
    }

    @Override
    public JournalEntrySnapshot reviseDraft(Actor actor, JournalEntryId draftId, NewJournalEntry content) {
        return useCases.command(actor, LedgerPermissions.DRAFT_ENTRY, new Revision(draftId, content), () -> {
            JournalEntry draft = load(actor, draftId);
            draft.revise(content.accountingDate(), content.description(), content.sourceReference(), linesOf(content));
            entries.update(draft);
            useCases.audit(actor, LedgerPermissions.DRAFT_ENTRY, SUBJECT, draftId.value(), "draft revised");
            return JournalEntrySnapshot.of(draft);
        });
    }

    /** The arguments of {@link #reviseDraft} as one validated command. */
    record Revision(@NotNull JournalEntryId draft, @NotNull @Valid NewJournalEntry content) {
    }

    /** An entry id argument as a validated command. */
    record EntryRef(@NotNull JournalEntryId entry) {
    }

    @Override
    public JournalEntrySnapshot postDraft(Actor actor, JournalEntryId draftId) {
        return useCases.command(actor, LedgerPermissions.POST_ENTRY, new EntryRef(draftId), () -> {
            JournalEntry draft = load(actor, draftId);
            Posting.Check check = posting.check(actor.tenant(), draft.lines());
            check.require(draft.accountingDate(), draft.lines());
            check.value(draft);
            draft.post(actor.id(), useCases.now(), useCases::newId);
            check.applyPosted(List.of(draft), null);
            entries.update(draft);
            useCases.audit(actor, LedgerPermissions.POST_ENTRY, SUBJECT, draftId.value(), "draft posted");
            useCases.publish(draft.pullEvents());
            return JournalEntrySnapshot.of(draft);
        });
    }

    @Override
    public void discardDraft(Actor actor, JournalEntryId draftId) {
        useCases.command(actor, LedgerPermissions.DRAFT_ENTRY, new EntryRef(draftId), () -> {
            JournalEntry draft = load(actor, draftId);
            if (draft.isPosted()) {
                throw new dev.backoffice.common.RuleViolationException(LedgerError.ENTRY_NOT_DRAFT,
                        "Entry " + draftId + " is posted and is never deleted; reverse it instead.");
            }
            entries.removeDraft(draft);
            useCases.audit(actor, LedgerPermissions.DRAFT_ENTRY, SUBJECT, draftId.value(), "draft discarded");
            return null;
        });
    }

    @Override
    public JournalEntrySnapshot reverse(Actor actor, ReverseJournalEntry command) {
        return useCases.create(actor, LedgerPermissions.REVERSE_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    JournalEntry original = load(actor, command.entry());
                    Posting.Check check = posting.check(actor.tenant(), original.lines());
                    if (original.status() == EntryStatus.POSTED) {
                        check.require(command.reversalDate(), original.lines());
                    }
                    JournalEntry reversal = original.reverse(JournalEntryId.of(useCases.newId()), command.reversalDate(),
                            command.reason(), actor.id(), useCases.now(), useCases::newId);
                    check.applyPosted(List.of(reversal), null);
                    entries.update(original);
                    entries.add(reversal);
                    useCases.audit(actor, LedgerPermissions.REVERSE_ENTRY, SUBJECT, original.id().value(),
                            "reversed by " + reversal.id());
                    useCases.audit(actor, LedgerPermissions.REVERSE_ENTRY, SUBJECT, reversal.id().value(),
                            "posted as reversal of " + original.id());
                    List<DomainEvent> events = new ArrayList<>(original.pullEvents());
                    events.addAll(reversal.pullEvents());
                    useCases.publish(events);
                    return JournalEntrySnapshot.of(reversal);
                },
                snapshot -> snapshot.id().value(),
                id -> JournalEntrySnapshot.of(load(actor, JournalEntryId.of(id))));
    }

    @Override
    public PendingEntrySnapshot postPending(Actor actor, NewPendingEntry command) {
        return useCases.create(actor, LedgerPermissions.POST_ENTRY, command,
                command == null || command.entry() == null ? null : command.entry().idempotencyKey(),
                () -> {
                    NewJournalEntry content = command.entry();
                    List<JournalLine> lines = linesOf(content);
                    for (JournalLine line : lines) {
                        if (line.functional() != null) {
                            throw new dev.backoffice.common.RuleViolationException(LedgerError.PENDING_FUNCTIONAL_GIVEN,
                                    "Line " + line.lineNo() + " of a pending entry states a functional amount; pending "
                                            + "lines are valued when they are posted.");
                        }
                    }
                    Posting.Check check = posting.check(actor.tenant(), lines);
                    check.require(content.accountingDate(), lines);
                    PendingEntry pending = PendingEntry.record(PendingEntryId.of(useCases.newId()), actor.tenant(),
                            content.accountingDate(), content.description(), content.sourceReference(), lines,
                            command.expiresAt(), actor.id(), useCases.now(), useCases::newId);
                    check.apply(List.of(Posting.pending(lines, 1)), null);
                    pendingEntries.add(pending);
                    useCases.audit(actor, LedgerPermissions.POST_ENTRY, PENDING_SUBJECT, pending.id().value(), "pending recorded");
                    useCases.publish(pending.pullEvents());
                    return PendingEntrySnapshot.of(pending);
                },
                snapshot -> snapshot.id().value(),
                id -> PendingEntrySnapshot.of(loadPending(actor, PendingEntryId.of(id))));
    }

    @Override
    public JournalEntrySnapshot postPendingEntry(Actor actor, PostPendingEntry command) {
        return useCases.create(actor, LedgerPermissions.POST_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    PendingEntry pending = loadPending(actor, command.pendingEntry());
                    List<JournalLine> lines = pending.linesToPost(command.amounts());
                    LocalDate date = command.accountingDate() == null ? pending.accountingDate() : command.accountingDate();
                    JournalEntry entry = JournalEntry.draft(JournalEntryId.of(useCases.newId()), actor.tenant(), date,
                            pending.description(), pending.sourceReference().orElse(null), lines, actor.id(), useCases.now());
                    pending.markPosted(entry.id(), actor.id(), useCases.now(), useCases::newId);
                    // the resolution is stored first: its version check takes the pending entry's row, so a
                    // concurrent second resolution waits here and is refused before it releases any amount
                    pendingEntries.update(pending);
                    Posting.Check check = posting.check(actor.tenant(), lines);
                    check.require(date, lines);
                    check.value(entry);
                    entry.post(actor.id(), useCases.now(), useCases::newId);
                    // one movement: the release and the posting are checked against limits together
                    List<AccountBalance> movement = new ArrayList<>(Posting.pending(pending.lines(), -1));
                    movement.addAll(AccountBalance.deltasOf(lines));
                    check.apply(List.of(movement), null);
                    entries.add(entry);
                    useCases.audit(actor, LedgerPermissions.POST_ENTRY, PENDING_SUBJECT, pending.id().value(),
                            "posted by " + entry.id());
                    useCases.audit(actor, LedgerPermissions.POST_ENTRY, SUBJECT, entry.id().value(),
                            "posted from pending " + pending.id());
                    List<DomainEvent> events = new ArrayList<>(pending.pullEvents());
                    events.addAll(entry.pullEvents());
                    useCases.publish(events);
                    return JournalEntrySnapshot.of(entry);
                },
                snapshot -> snapshot.id().value(),
                id -> JournalEntrySnapshot.of(load(actor, JournalEntryId.of(id))));
    }

    /** A pending entry id argument as a validated command. */
    record PendingRef(@NotNull PendingEntryId pendingEntry) {
    }

    @Override
    public PendingEntrySnapshot voidPending(Actor actor, PendingEntryId id) {
        return useCases.command(actor, LedgerPermissions.VOID_PENDING, new PendingRef(id), () -> {
            PendingEntry pending = loadPending(actor, id);
            pending.voidEntry(actor.id(), useCases.now(), useCases::newId);
            release(actor, pending, LedgerPermissions.VOID_PENDING, "voided");
            return PendingEntrySnapshot.of(pending);
        });
    }

    @Override
    public int expirePendingEntries(Actor actor) {
        return useCases.command(actor, LedgerPermissions.EXPIRE_PENDING, new PendingSweep(), () -> {
            int expired = 0;
            for (PendingEntry pending : pendingEntries.findDue(actor.tenant(), useCases.now(), PendingSweep.LIMIT)) {
                if (pending.expireIfDue(useCases.now(), useCases::newId)) {
                    release(actor, pending, LedgerPermissions.EXPIRE_PENDING, "expired");
                    expired++;
                }
            }
            return expired;
        });
    }

    /** The expiry sweep as a command; it takes no arguments. */
    record PendingSweep() {
        static final int LIMIT = 1000;
    }

    private void release(Actor actor, PendingEntry pending, String action, String detail) {
        pendingEntries.update(pending); // first, as in postPendingEntry: a second resolution stops at its version
        posting.release(actor.tenant(), Posting.pending(pending.lines(), -1));
        useCases.audit(actor, action, PENDING_SUBJECT, pending.id().value(), detail);
        useCases.publish(pending.pullEvents());
    }

    @Override
    public PendingEntrySnapshot pendingEntry(Actor actor, PendingEntryId id) {
        return useCases.query(actor, LedgerPermissions.READ, new PendingRef(id),
                () -> PendingEntrySnapshot.of(loadPending(actor, id)));
    }

    private PendingEntry loadPending(Actor actor, PendingEntryId id) {
        return pendingEntries.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(LedgerError.PENDING_NOT_FOUND, "Pending entry " + id + " does not exist."));
    }

    @Override
    public JournalEntrySnapshot entry(Actor actor, JournalEntryId id) {
        return useCases.query(actor, LedgerPermissions.READ, new EntryRef(id),
                () -> JournalEntrySnapshot.of(load(actor, id)));
    }

    private JournalEntry load(Actor actor, JournalEntryId id) {
        return entries.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(LedgerError.ENTRY_NOT_FOUND, "Journal entry " + id + " does not exist."));
    }

    private JournalEntry draftOf(Actor actor, NewJournalEntry command, UUID id, Instant now) {
        return JournalEntry.draft(JournalEntryId.of(id), actor.tenant(), command.accountingDate(),
                command.description(), command.sourceReference(), linesOf(command), actor.id(), now);
    }

    private static List<JournalLine> linesOf(NewJournalEntry command) {
        List<JournalLineInput> inputs = command.lines();
        // immutable: the entry keeps this list as it is (List.copyOf of an immutable list is the list)
        if (inputs.size() == 2) { // the usual entry: a list of two, without an array
            return List.of(lineOf(command, 0), lineOf(command, 1));
        }
        JournalLine[] lines = new JournalLine[inputs.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = lineOf(command, i);
        }
        return List.of(lines);
    }

    private static JournalLine lineOf(NewJournalEntry command, int index) {
        JournalLineInput input = command.lines().get(index);
        return new JournalLine(index + 1, input.account(), input.side(), input.amount(), input.memo(),
                input.dimensions(), input.functionalAmount() == null ? null
                : FunctionalEquivalent.given(input.amount(), input.functionalAmount(), command.accountingDate()));
    }
}
