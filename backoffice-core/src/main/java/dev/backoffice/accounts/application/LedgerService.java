package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.LedgerBatchRejectedException;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class LedgerService implements Ledger {

    /** The most entries one {@link #postAll} call takes. */
    static final int MAX_BATCH = 10_000;

    private static final String SUBJECT = "JournalEntry";

    private final UseCases useCases;
    private final JournalEntries entries;
    private final Posting posting;

    LedgerService(UseCases useCases, JournalEntries entries, Posting posting) {
        this.useCases = useCases;
        this.entries = entries;
        this.posting = posting;
    }

    /** The batch as one validated command, so that Bean Validation reaches every entry. */
    record NewJournalEntries(@NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid NewJournalEntry> entries) {
    }

    @Override
    public JournalEntrySnapshot post(Actor actor, NewJournalEntry command) {
        return useCases.create(actor, LedgerPermissions.POST_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    JournalEntry entry = draftOf(actor, command);
                    posting.check(actor.tenant(), List.of(entry.lines())).require(entry.accountingDate(), entry.lines());
                    entry.post(actor.id(), useCases.now(), useCases::newId);
                    store(actor, List.of(entry));
                    return JournalEntrySnapshot.of(entry);
                },
                snapshot -> snapshot.id().value(),
                id -> JournalEntrySnapshot.of(load(actor, JournalEntryId.of(id))));
    }

    @Override
    public List<JournalEntrySnapshot> postAll(Actor actor, List<NewJournalEntry> commands) {
        NewJournalEntries batch = new NewJournalEntries(commands);
        return useCases.command(actor, LedgerPermissions.POST_ENTRY, batch, () -> {
            List<JournalEntrySnapshot> results = new ArrayList<>(commands.size());
            List<JournalEntry> fresh = new ArrayList<>(commands.size());
            List<JournalEntry> drafts = new ArrayList<>(commands.size());
            List<Integer> indexes = new ArrayList<>(commands.size());
            for (int i = 0; i < commands.size(); i++) {
                NewJournalEntry command = commands.get(i);
                try {
                    Optional<UUID> earlier = useCases.recall(actor, command.idempotencyKey(), command);
                    if (earlier.isPresent()) {
                        results.add(JournalEntrySnapshot.of(load(actor, JournalEntryId.of(earlier.get()))));
                        continue;
                    }
                    drafts.add(draftOf(actor, command));
                    indexes.add(i);
                    results.add(null);
                } catch (BackOfficeException e) {
                    throw new LedgerBatchRejectedException(i, e);
                }
            }
            Posting.Check check = posting.check(actor.tenant(), drafts.stream().map(JournalEntry::lines).toList());
            for (int d = 0; d < drafts.size(); d++) {
                JournalEntry entry = drafts.get(d);
                int index = indexes.get(d);
                try {
                    check.require(entry.accountingDate(), entry.lines());
                    entry.post(actor.id(), useCases.now(), useCases::newId);
                    useCases.remember(actor, commands.get(index).idempotencyKey(), commands.get(index), entry.id().value());
                } catch (BackOfficeException e) {
                    throw new LedgerBatchRejectedException(index, e);
                }
                fresh.add(entry);
                results.set(index, JournalEntrySnapshot.of(entry));
            }
            store(actor, fresh);
            return List.copyOf(results);
        });
    }

    private void store(Actor actor, List<JournalEntry> posted) {
        if (posted.isEmpty()) {
            return;
        }
        entries.addAll(posted);
        posting.applyBalances(actor.tenant(), posted);
        List<DomainEvent> events = new ArrayList<>(posted.size());
        for (JournalEntry entry : posted) {
            useCases.audit(actor, LedgerPermissions.POST_ENTRY, SUBJECT, entry.id().value(), "posted");
            events.addAll(entry.pullEvents());
        }
        useCases.publish(events);
    }

    @Override
    public JournalEntrySnapshot saveDraft(Actor actor, NewJournalEntry command) {
        return useCases.create(actor, LedgerPermissions.DRAFT_ENTRY, command, command == null ? null : command.idempotencyKey(),
                () -> {
                    JournalEntry draft = draftOf(actor, command);
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
            posting.check(actor.tenant(), List.of(draft.lines())).require(draft.accountingDate(), draft.lines());
            draft.post(actor.id(), useCases.now(), useCases::newId);
            entries.update(draft);
            posting.applyBalances(actor.tenant(), List.of(draft));
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
                    if (original.status() == dev.backoffice.accounts.domain.EntryStatus.POSTED) {
                        posting.check(actor.tenant(), List.of(original.lines()))
                                .require(command.reversalDate(), original.lines());
                    }
                    JournalEntry reversal = original.reverse(JournalEntryId.of(useCases.newId()), command.reversalDate(),
                            command.reason(), actor.id(), useCases.now(), useCases::newId);
                    entries.update(original);
                    entries.add(reversal);
                    posting.applyBalances(actor.tenant(), List.of(reversal));
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
    public JournalEntrySnapshot entry(Actor actor, JournalEntryId id) {
        return useCases.query(actor, LedgerPermissions.READ, new EntryRef(id),
                () -> JournalEntrySnapshot.of(load(actor, id)));
    }

    private JournalEntry load(Actor actor, JournalEntryId id) {
        return entries.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(LedgerError.ENTRY_NOT_FOUND, "Journal entry " + id + " does not exist."));
    }

    private JournalEntry draftOf(Actor actor, NewJournalEntry command) {
        return JournalEntry.draft(JournalEntryId.of(useCases.newId()), actor.tenant(), command.accountingDate(),
                command.description(), command.sourceReference(), linesOf(command), actor.id(), useCases.now());
    }

    private static List<JournalLine> linesOf(NewJournalEntry command) {
        List<JournalLineInput> inputs = command.lines();
        List<JournalLine> lines = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            JournalLineInput input = inputs.get(i);
            lines.add(new JournalLine(i + 1, input.account(), input.side(), input.amount(), input.memo(),
                    input.dimensions()));
        }
        return lines;
    }
}
