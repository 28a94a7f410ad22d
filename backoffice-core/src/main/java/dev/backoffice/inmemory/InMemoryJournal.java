package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;

import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The journal in memory: entries by id, and an index of posted lines per account that serves
 * as-of totals and statements.
 */
public final class InMemoryJournal implements JournalEntries, JournalLines {

    /**
     * A posted line in the index, beside the stored copy of its entry (never handed out, never
     * changed: an update stores a new copy). What the index reads of the entry (tenant, id, date,
     * description, reference) is fixed once it is posted.
     */
    private record PostedLine(JournalEntry entry, JournalLine line) {
        TenantId tenant() {
            return entry.tenant();
        }

        JournalEntryId entryId() {
            return entry.id();
        }

        LocalDate date() {
            return entry.accountingDate();
        }

        String description() {
            return entry.description();
        }

        String sourceReference() {
            return entry.sourceReference().orElse(null);
        }
    }

    private static final Comparator<PostedLine> STATEMENT_ORDER = Comparator.comparing(PostedLine::date)
            .thenComparing(p -> p.entryId().value())
            .thenComparingInt(p -> p.line().lineNo());

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<JournalEntryId, JournalEntry> entries = new ConcurrentHashMap<>();
    private final Map<AccountId, List<PostedLine>> postedLines = new ConcurrentHashMap<>();
    private final Map<JournalEntryId, JournalEntry> drafts = new ConcurrentHashMap<>();

    /**
     * An empty store of this port over the shared in-memory unit of work.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     */
    public InMemoryJournal(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    private static JournalEntry copy(JournalEntry e, long version) {
        return JournalEntry.restore(e.id(), e.tenant(), e.accountingDate(), e.description(),
                e.sourceReference().orElse(null), e.lines(), e.status(), e.reversalOf().orElse(null),
                e.reversedBy().orElse(null), e.createdBy(), e.createdAt(), e.postedBy().orElse(null),
                e.postedAt().orElse(null), version);
    }

    @Override
    public void addAll(List<JournalEntry> newEntries) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        // one undo action for the posted entries of the call (a batch registers one, not one per line)
        JournalEntry[] posted = new JournalEntry[newEntries.size()];
        int count = 0;
        try {
            for (JournalEntry entry : newEntries) {
                JournalEntry stored = copy(entry, entry.version());
                if (entries.putIfAbsent(entry.id(), stored) != null) {
                    throw new IllegalStateException("journal entry " + entry.id() + " exists already");
                }
                if (stored.isPosted()) {
                    posted[count++] = stored;
                    appendLines(stored);
                } else {
                    tx.onRollback(() -> entries.remove(stored.id()));
                    trackDraft(tx, stored);
                }
            }
        } finally {
            if (count > 0) {
                int added = count;
                tx.onRollback(() -> {
                    for (int i = added - 1; i >= 0; i--) {
                        removeLines(posted[i]);
                        entries.remove(posted[i].id());
                    }
                });
            }
        }
    }

    private void index(InMemoryUnitOfWork.Transaction tx, JournalEntry entry) {
        appendLines(entry);
        tx.onRollback(() -> removeLines(entry));
    }

    /** Appends the lines of a stored, posted entry to the index, in line order. */
    private void appendLines(JournalEntry stored) {
        for (JournalLine line : stored.lines()) {
            postedLines.computeIfAbsent(line.account(), k -> new ArrayList<>()).add(new PostedLine(stored, line));
        }
    }

    /**
     * Undoes {@link #appendLines} of an entry whose lines are the last appended (undo actions run
     * in reverse order, under the store's single lock).
     */
    private void removeLines(JournalEntry entry) {
        List<JournalLine> lines = entry.lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            List<PostedLine> list = postedLines.get(lines.get(i).account());
            list.remove(list.size() - 1);
        }
    }

    @Override
    public void update(JournalEntry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        JournalEntry stored = entries.get(entry.id());
        if (stored == null || !stored.tenant().equals(entry.tenant())) {
            throw new IllegalStateException("journal entry " + entry.id() + " is not stored");
        }
        if (stored.version() != entry.version()) {
            throw new ConcurrentUpdateException("Journal entry " + entry.id() + " was changed by someone else.");
        }
        JournalEntry updated = copy(entry, entry.version() + 1);
        entries.put(entry.id(), updated);
        tx.onRollback(() -> entries.put(entry.id(), stored));
        if (!stored.isPosted()) {
            drafts.remove(entry.id());
            tx.onRollback(() -> drafts.put(entry.id(), stored));
            if (updated.isPosted()) {
                index(tx, updated);
            } else {
                trackDraft(tx, updated);
            }
        }
    }

    private void trackDraft(InMemoryUnitOfWork.Transaction tx, JournalEntry draft) {
        JournalEntry copy = copy(draft, draft.version());
        drafts.put(draft.id(), copy);
        tx.onRollback(() -> drafts.remove(draft.id()));
    }

    @Override
    public void removeDraft(JournalEntry draft) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        JournalEntry stored = entries.get(draft.id());
        if (stored == null || !stored.tenant().equals(draft.tenant()) || stored.isPosted()) {
            throw new IllegalStateException("no draft " + draft.id());
        }
        entries.remove(draft.id());
        drafts.remove(draft.id());
        tx.onRollback(() -> {
            entries.put(draft.id(), stored);
            drafts.put(draft.id(), stored);
        });
    }

    @Override
    public Optional<JournalEntry> find(TenantId tenant, JournalEntryId id) {
        JournalEntry stored = entries.get(id);
        return stored != null && stored.tenant().equals(tenant) ? Optional.of(copy(stored, stored.version())) : Optional.empty();
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountId account) {
        if (postedLines.getOrDefault(account, List.of()).stream().anyMatch(p -> p.tenant().equals(tenant))) {
            return true;
        }
        return drafts.values().stream()
                .filter(e -> e.tenant().equals(tenant))
                .anyMatch(e -> e.lines().stream().anyMatch(l -> l.account().equals(account)));
    }

    @Override
    public AccountBalance totalsAsOf(TenantId tenant, AccountId account, Currency currency, LocalDate asOf) {
        AccountBalance total = AccountBalance.zero(account, currency);
        for (PostedLine posted : postedLines.getOrDefault(account, List.of())) {
            if (posted.tenant().equals(tenant) && !posted.date().isAfter(asOf)) {
                total = total.plus(posted.line().side(), posted.line().amount());
            }
        }
        return total;
    }

    @Override
    public List<AccountBalance> totalsAsOf(TenantId tenant, LocalDate asOf) {
        return totals(p -> p.tenant().equals(tenant) && !p.date().isAfter(asOf));
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to) {
        return totals(p -> p.tenant().equals(tenant) && !p.date().isBefore(from) && !p.date().isAfter(to));
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference) {
        return totals(p -> p.tenant().equals(tenant) && !p.date().isBefore(from) && !p.date().isAfter(to)
                && sourceReference.equals(p.sourceReference()));
    }

    @Override
    public boolean hasPostedLines(TenantId tenant) {
        for (List<PostedLine> lines : postedLines.values()) {
            for (PostedLine posted : lines) {
                if (posted.tenant().equals(tenant)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public List<AccountBalance> functionalTotalsAsOf(TenantId tenant, LocalDate asOf) {
        return totals(p -> p.tenant().equals(tenant) && !p.date().isAfter(asOf), FUNCTIONAL_AMOUNT);
    }

    @Override
    public List<AccountBalance> functionalTotalsBetween(TenantId tenant, LocalDate from, LocalDate to,
                                                        String sourceReference) {
        return totals(p -> p.tenant().equals(tenant) && !p.date().isBefore(from) && !p.date().isAfter(to)
                && (sourceReference == null || sourceReference.equals(p.sourceReference())), FUNCTIONAL_AMOUNT);
    }

    /** A line's amount in its own currency. */
    private static final java.util.function.Function<JournalLine, Money> LINE_AMOUNT = JournalLine::amount;
    /** A line's functional equivalent, or null without one. */
    private static final java.util.function.Function<JournalLine, Money> FUNCTIONAL_AMOUNT =
            line -> line.functional() == null ? null : line.functional().amount();

    /** The totals per account of the posted lines that count. */
    private List<AccountBalance> totals(Predicate<PostedLine> counted) {
        return totals(counted, LINE_AMOUNT);
    }

    /** The totals per account of the amounts (skipping null ones) of the posted lines that count. */
    private List<AccountBalance> totals(Predicate<PostedLine> counted,
                                        java.util.function.Function<JournalLine, Money> amountOf) {
        Map<AccountId, AccountBalance> totals = new HashMap<>();
        postedLines.forEach((account, lines) -> {
            for (PostedLine posted : lines) {
                Money amount = amountOf.apply(posted.line());
                if (amount != null && counted.test(posted)) {
                    JournalLine line = posted.line();
                    totals.compute(account, (id, t) -> (t == null ? AccountBalance.zero(id, amount.currency()) : t)
                            .plus(line.side(), amount));
                }
            }
        });
        return List.copyOf(totals.values());
    }

    private List<PostedLine> inRange(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return postedLines.getOrDefault(account, List.of()).stream()
                .filter(p -> p.tenant().equals(tenant) && !p.date().isBefore(from) && !p.date().isAfter(to))
                .sorted(STATEMENT_ORDER)
                .toList();
    }

    @Override
    public List<StatementLine> statement(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                         int offset, int limit) {
        List<PostedLine> range = inRange(tenant, account, from, to);
        List<StatementLine> page = new ArrayList<>(Math.min(limit, range.size()));
        Money running = null;
        for (int i = 0; i < range.size() && i < (long) offset + limit; i++) {
            JournalLine line = range.get(i).line();
            running = running == null ? line.signedAmount() : running.plus(line.signedAmount());
            if (i >= offset) {
                PostedLine p = range.get(i);
                page.add(new StatementLine(p.entryId(), p.date(), line.lineNo(), p.description(), line.memo(),
                        line.side(), line.amount(), running));
            }
        }
        return page;
    }

    @Override
    public long countStatementLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return inRange(tenant, account, from, to).size();
    }

}
