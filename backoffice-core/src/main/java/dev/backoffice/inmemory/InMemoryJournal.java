package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The journal in memory. Posted entries, which only grow and never change but for a reversal's
 * mark, are rows of a table of {@link Columns} (one row per entry, one per line, an entry's lines
 * one after the other) with a {@link UuidIndex} from id to row and, per account, the rows of its
 * lines in posting order, which serve as-of totals and statements. A posted entry costs the heap
 * a few array slots and the garbage collector nothing: no object of its own to copy or scan,
 * which is what kept a growing journal's posting rate and batch pauses down before. Drafts, few
 * and changing, are kept as objects. Entries handed in or out are copies: nothing outside shares
 * the stored state.
 */
public final class InMemoryJournal implements JournalEntries, JournalLines {

    /** {@code postedSeconds} of an entry stored without a posting instant. */
    private static final long NO_INSTANT = Long.MIN_VALUE;

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<JournalEntryId, JournalEntry> drafts = new HashMap<>();

    private final UuidIndex rowsById = new UuidIndex();
    private int entryCount;
    /** Per entry: the id's halves, the accounting date (epoch day), status, instants, version, first line row. */
    private final Columns.Longs entryValues = new Columns.Longs(11);
    private static final int ID_HIGH = 0;
    private static final int ID_LOW = 1;
    private static final int DAY = 2;
    private static final int STATUS = 3;
    private static final int CREATED_SECOND = 4;
    private static final int CREATED_NANO = 5;
    private static final int POSTED_SECOND = 6;
    private static final int POSTED_NANO = 7;
    private static final int VERSION = 8;
    private static final int FIRST_LINE = 9;
    private static final int LINE_COUNT = 10;
    private final Columns.Refs entryRefs = new Columns.Refs(7);
    private static final int TENANT = 0;
    private static final int DESCRIPTION = 1;
    private static final int SOURCE_REFERENCE = 2;
    private static final int REVERSAL_OF = 3;
    private static final int REVERSED_BY = 4;
    private static final int CREATED_BY = 5;
    private static final int POSTED_BY = 6;

    private int lineCount;
    /** Per line: its entry's row, line number, side, amount in minor units. */
    private final Columns.Longs lineValues = new Columns.Longs(4);
    private static final int ENTRY = 0;
    private static final int LINE_NO = 1;
    private static final int SIDE = 2;
    private static final int MINOR_UNITS = 3;
    private final Columns.Refs lineRefs = new Columns.Refs(5);
    private static final int ACCOUNT = 0;
    private static final int CURRENCY = 1;
    private static final int MEMO = 2;
    private static final int DIMENSIONS = 3;
    private static final int FUNCTIONAL = 4;

    private static final EntryStatus[] STATUSES = EntryStatus.values();
    private static final Side[] SIDES = Side.values();

    private final Map<AccountId, AccountLines> linesByAccount = new HashMap<>();

    /** The rows of one account's posted lines, in posting order. */
    private static final class AccountLines {
        private final Columns.Longs rows = new Columns.Longs(1);
        private int size;

        int get(int i) {
            return (int) rows.get(i, 0);
        }

        void add(int line) {
            rows.set(size++, 0, line);
        }
    }

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
        // one undo action for the posted entries of the call (a batch registers one, not one per entry)
        int firstRow = entryCount;
        try {
            for (JournalEntry entry : newEntries) {
                JournalEntryId id = entry.id();
                if (drafts.containsKey(id)) {
                    throw exists(id);
                }
                if (entry.isPosted()) {
                    append(entry, entry.version());
                } else if (rowsById.get(id.value()) >= 0) {
                    throw exists(id);
                } else {
                    drafts.put(id, copy(entry, entry.version()));
                    tx.onRollback(() -> drafts.remove(id));
                }
            }
        } finally {
            if (entryCount > firstRow) {
                tx.onRollback(() -> truncate(firstRow));
            }
        }
    }

    private static IllegalStateException exists(JournalEntryId id) {
        return new IllegalStateException("journal entry " + id + " exists already");
    }

    /** Appends a posted entry and its lines as the next rows; refuses an id stored already. */
    private void append(JournalEntry entry, long version) {
        int row = entryCount;
        UUID id = entry.id().value();
        if (!rowsById.putIfAbsent(id, row)) {
            throw exists(entry.id());
        }
        entryValues.set(row, ID_HIGH, id.getMostSignificantBits());
        entryValues.set(row, ID_LOW, id.getLeastSignificantBits());
        entryValues.set(row, DAY, entry.accountingDate().toEpochDay());
        entryValues.set(row, CREATED_SECOND, entry.createdAt().getEpochSecond());
        entryValues.set(row, CREATED_NANO, entry.createdAt().getNano());
        entryValues.set(row, FIRST_LINE, lineCount);
        entryValues.set(row, LINE_COUNT, entry.lines().size());
        entryRefs.set(row, TENANT, entry.tenant());
        entryRefs.set(row, DESCRIPTION, entry.description());
        entryRefs.set(row, SOURCE_REFERENCE, entry.sourceReference().orElse(null));
        entryRefs.set(row, REVERSAL_OF, entry.reversalOf().orElse(null));
        entryRefs.set(row, CREATED_BY, entry.createdBy());
        writeChanging(row, entry, version);
        for (JournalLine line : entry.lines()) {
            int l = lineCount++;
            lineValues.set(l, ENTRY, row);
            lineValues.set(l, LINE_NO, line.lineNo());
            lineValues.set(l, SIDE, line.side().ordinal());
            lineValues.set(l, MINOR_UNITS, line.amount().minorUnits());
            lineRefs.set(l, ACCOUNT, line.account());
            lineRefs.set(l, CURRENCY, line.amount().currency());
            lineRefs.set(l, MEMO, line.memo());
            lineRefs.set(l, DIMENSIONS, line.dimensions().isEmpty() ? null : line.dimensions());
            lineRefs.set(l, FUNCTIONAL, line.functional());
            linesByAccount.computeIfAbsent(line.account(), a -> new AccountLines()).add(l);
        }
        entryCount++;
    }

    /** Writes what an update may change of a posted entry: its status and reversal mark, the posting, the version. */
    private void writeChanging(int row, JournalEntry entry, long version) {
        Instant postedAt = entry.postedAt().orElse(null);
        entryValues.set(row, STATUS, entry.status().ordinal());
        entryValues.set(row, POSTED_SECOND, postedAt == null ? NO_INSTANT : postedAt.getEpochSecond());
        entryValues.set(row, POSTED_NANO, postedAt == null ? 0 : postedAt.getNano());
        entryValues.set(row, VERSION, version);
        entryRefs.set(row, REVERSED_BY, entry.reversedBy().orElse(null));
        entryRefs.set(row, POSTED_BY, entry.postedBy().orElse(null));
    }

    /**
     * Removes the rows from {@code from} on, the last appended: undo actions run in reverse order
     * under the store's lock, so the lines of those rows are the last of their accounts too.
     */
    private void truncate(int from) {
        int firstLine = (int) entryValues.get(from, FIRST_LINE);
        for (int l = lineCount - 1; l >= firstLine; l--) {
            AccountLines lines = linesByAccount.get(lineRefs.<AccountId>get(l, ACCOUNT));
            lines.size--;
            for (int column = 0; column < 5; column++) {
                lineRefs.set(l, column, null);
            }
        }
        lineCount = firstLine;
        for (int row = entryCount - 1; row >= from; row--) {
            rowsById.remove(new UUID(entryValues.get(row, ID_HIGH), entryValues.get(row, ID_LOW)));
            for (int column = 0; column < 7; column++) {
                entryRefs.set(row, column, null);
            }
        }
        entryCount = from;
    }

    @Override
    public void update(JournalEntry entry) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        JournalEntryId id = entry.id();
        JournalEntry draft = drafts.get(id);
        if (draft != null) {
            requireStored(draft.tenant(), draft.version(), entry);
            drafts.remove(id);
            tx.onRollback(() -> drafts.put(id, draft));
            if (entry.isPosted()) {
                int row = entryCount;
                append(entry, entry.version() + 1);
                tx.onRollback(() -> truncate(row));
            } else {
                drafts.put(id, copy(entry, entry.version() + 1));
            }
            return;
        }
        int row = rowsById.get(id.value());
        if (row < 0) {
            throw new IllegalStateException("journal entry " + id + " is not stored");
        }
        requireStored(tenantAt(row), entryValues.get(row, VERSION), entry);
        JournalEntry stored = entryAt(row);
        writeChanging(row, entry, entry.version() + 1);
        tx.onRollback(() -> writeChanging(row, stored, stored.version()));
    }

    private static void requireStored(TenantId storedTenant, long storedVersion, JournalEntry entry) {
        if (!storedTenant.equals(entry.tenant())) {
            throw new IllegalStateException("journal entry " + entry.id() + " is not stored");
        }
        if (storedVersion != entry.version()) {
            throw new ConcurrentUpdateException("Journal entry " + entry.id() + " was changed by someone else.");
        }
    }

    @Override
    public void removeDraft(JournalEntry draft) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        JournalEntry stored = drafts.get(draft.id());
        if (stored == null || !stored.tenant().equals(draft.tenant())) {
            throw new IllegalStateException("no draft " + draft.id());
        }
        drafts.remove(draft.id());
        tx.onRollback(() -> drafts.put(draft.id(), stored));
    }

    @Override
    public Optional<JournalEntry> find(TenantId tenant, JournalEntryId id) {
        return unitOfWork.guarded(() -> {
            JournalEntry draft = drafts.get(id);
            if (draft != null) {
                return draft.tenant().equals(tenant) ? Optional.of(copy(draft, draft.version())) : Optional.empty();
            }
            int row = rowsById.get(id.value());
            return row >= 0 && tenantAt(row).equals(tenant) ? Optional.of(entryAt(row)) : Optional.empty();
        });
    }

    /** The posted entry of a row, as a new object. */
    private JournalEntry entryAt(int row) {
        int first = (int) entryValues.get(row, FIRST_LINE);
        int count = (int) entryValues.get(row, LINE_COUNT);
        List<JournalLine> lines = new ArrayList<>(count);
        for (int l = first; l < first + count; l++) {
            lines.add(lineAt(l));
        }
        long posted = entryValues.get(row, POSTED_SECOND);
        return JournalEntry.restore(entryIdAt(row), tenantAt(row), dateAt(row), entryRefs.get(row, DESCRIPTION),
                entryRefs.get(row, SOURCE_REFERENCE), lines, STATUSES[(int) entryValues.get(row, STATUS)],
                entryRefs.get(row, REVERSAL_OF), entryRefs.get(row, REVERSED_BY), entryRefs.get(row, CREATED_BY),
                Instant.ofEpochSecond(entryValues.get(row, CREATED_SECOND), entryValues.get(row, CREATED_NANO)),
                entryRefs.get(row, POSTED_BY),
                posted == NO_INSTANT ? null : Instant.ofEpochSecond(posted, entryValues.get(row, POSTED_NANO)),
                entryValues.get(row, VERSION));
    }

    private JournalEntryId entryIdAt(int row) {
        return JournalEntryId.of(uuidAt(row));
    }

    private UUID uuidAt(int row) {
        return new UUID(entryValues.get(row, ID_HIGH), entryValues.get(row, ID_LOW));
    }

    private TenantId tenantAt(int row) {
        return entryRefs.get(row, TENANT);
    }

    private long dayAt(int row) {
        return entryValues.get(row, DAY);
    }

    private LocalDate dateAt(int row) {
        return LocalDate.ofEpochDay(dayAt(row));
    }

    private JournalLine lineAt(int l) {
        Map<String, String> dimensions = lineRefs.get(l, DIMENSIONS);
        return new JournalLine((int) lineValues.get(l, LINE_NO), lineRefs.get(l, ACCOUNT), sideAt(l), amountAt(l),
                lineRefs.get(l, MEMO), dimensions == null ? Map.of() : dimensions, lineRefs.get(l, FUNCTIONAL));
    }

    private Side sideAt(int l) {
        return SIDES[(int) lineValues.get(l, SIDE)];
    }

    private Money amountAt(int l) {
        return Money.ofMinor(lineValues.get(l, MINOR_UNITS), lineRefs.get(l, CURRENCY));
    }

    private int entryOf(int line) {
        return (int) lineValues.get(line, ENTRY);
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountId account) {
        return unitOfWork.guarded(() -> {
            AccountLines lines = linesByAccount.get(account);
            for (int i = 0; lines != null && i < lines.size; i++) {
                if (tenantAt(entryOf(lines.get(i))).equals(tenant)) {
                    return true;
                }
            }
            for (JournalEntry draft : drafts.values()) {
                if (draft.tenant().equals(tenant) && draft.lines().stream().anyMatch(l -> l.account().equals(account))) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public AccountBalance totalsAsOf(TenantId tenant, AccountId account, Currency currency, LocalDate asOf) {
        long last = asOf.toEpochDay();
        return unitOfWork.guarded(() -> {
            AccountBalance total = AccountBalance.zero(account, currency);
            AccountLines lines = linesByAccount.get(account);
            for (int i = 0; lines != null && i < lines.size; i++) {
                int l = lines.get(i);
                int row = entryOf(l);
                if (tenantAt(row).equals(tenant) && dayAt(row) <= last) {
                    total = total.plus(sideAt(l), amountAt(l));
                }
            }
            return total;
        });
    }

    @Override
    public List<AccountBalance> totalsAsOf(TenantId tenant, LocalDate asOf) {
        return totals(tenant, Long.MIN_VALUE, asOf.toEpochDay(), null, false);
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to) {
        return totals(tenant, from.toEpochDay(), to.toEpochDay(), null, false);
    }

    @Override
    public List<AccountBalance> totalsBetween(TenantId tenant, LocalDate from, LocalDate to, String sourceReference) {
        return totals(tenant, from.toEpochDay(), to.toEpochDay(), java.util.Objects.requireNonNull(sourceReference), false);
    }

    @Override
    public boolean hasPostedLines(TenantId tenant) {
        return unitOfWork.guarded(() -> {
            for (int row = 0; row < entryCount; row++) {
                if (tenantAt(row).equals(tenant)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public List<AccountBalance> functionalTotalsAsOf(TenantId tenant, LocalDate asOf) {
        return totals(tenant, Long.MIN_VALUE, asOf.toEpochDay(), null, true);
    }

    @Override
    public List<AccountBalance> functionalTotalsBetween(TenantId tenant, LocalDate from, LocalDate to,
                                                        String sourceReference) {
        return totals(tenant, from.toEpochDay(), to.toEpochDay(), sourceReference, true);
    }

    /**
     * The totals per account of the tenant's posted lines dated from {@code firstDay} to
     * {@code lastDay} (epoch days, inclusive) of entries with the source reference (any when
     * null): of the lines' own amounts, or of their functional equivalents (skipping lines without one).
     */
    private List<AccountBalance> totals(TenantId tenant, long firstDay, long lastDay, String sourceReference,
                                        boolean functional) {
        return unitOfWork.guarded(() -> {
            Map<AccountId, AccountBalance> totals = new LinkedHashMap<>();
            linesByAccount.forEach((account, lines) -> {
                for (int i = 0; i < lines.size; i++) {
                    int l = lines.get(i);
                    int row = entryOf(l);
                    long day = dayAt(row);
                    if (day < firstDay || day > lastDay || !tenantAt(row).equals(tenant)
                            || sourceReference != null && !sourceReference.equals(entryRefs.get(row, SOURCE_REFERENCE))) {
                        continue;
                    }
                    Money amount;
                    if (functional) {
                        FunctionalEquivalent equivalent = lineRefs.get(l, FUNCTIONAL);
                        if (equivalent == null) {
                            continue;
                        }
                        amount = equivalent.amount();
                    } else {
                        amount = amountAt(l);
                    }
                    Side side = sideAt(l);
                    totals.compute(account, (id, t) -> (t == null ? AccountBalance.zero(id, amount.currency()) : t)
                            .plus(side, amount));
                }
            });
            return List.copyOf(totals.values());
        });
    }

    /** The rows of the tenant's lines on the account dated from {@code from} to {@code to}, in statement order. */
    private List<Integer> inRange(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        long firstDay = from.toEpochDay();
        long lastDay = to.toEpochDay();
        List<Integer> range = new ArrayList<>();
        AccountLines lines = linesByAccount.get(account);
        for (int i = 0; lines != null && i < lines.size; i++) {
            int l = lines.get(i);
            int row = entryOf(l);
            long day = dayAt(row);
            if (day >= firstDay && day <= lastDay && tenantAt(row).equals(tenant)) {
                range.add(l);
            }
        }
        range.sort(Comparator.<Integer>comparingLong(l -> dayAt(entryOf(l)))
                .thenComparing(l -> uuidAt(entryOf(l)))
                .thenComparingLong(l -> lineValues.get(l, LINE_NO)));
        return range;
    }

    @Override
    public List<StatementLine> statement(TenantId tenant, AccountId account, LocalDate from, LocalDate to,
                                         int offset, int limit) {
        return unitOfWork.guarded(() -> {
            List<Integer> range = inRange(tenant, account, from, to);
            List<StatementLine> page = new ArrayList<>(Math.min(limit, range.size()));
            Money running = null;
            for (int i = 0; i < range.size() && i < (long) offset + limit; i++) {
                JournalLine line = lineAt(range.get(i));
                running = running == null ? line.signedAmount() : running.plus(line.signedAmount());
                if (i >= offset) {
                    int row = entryOf(range.get(i));
                    page.add(new StatementLine(entryIdAt(row), dateAt(row), line.lineNo(),
                            entryRefs.get(row, DESCRIPTION), line.memo(), line.side(), line.amount(), running));
                }
            }
            return page;
        });
    }

    @Override
    public long countStatementLines(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        return unitOfWork.guarded(() -> (long) inRange(tenant, account, from, to).size());
    }
}
