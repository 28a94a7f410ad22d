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
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The journal in memory. Posted entries, which only grow and never change but for a reversal's
 * mark, are rows of tables of {@link Columns} (one row per entry, one per line, an entry's lines
 * one after the other) with a {@link UuidIndex} from id to row and, per account, the rows of its
 * lines in posting order, which serve as-of totals and statements. Tenants, actors, accounts and
 * currencies are stored as {@link Symbols} numbers and texts as {@link Texts}: a posted entry
 * costs the heap a few array slots and the garbage collector nothing, no object to copy and no
 * reference to scan, which is what held back a growing journal's posting rate and batch pauses.
 * Drafts, few and changing, are kept as objects. Entries handed in or out are copies: nothing
 * outside shares the stored state.
 */
public final class InMemoryJournal implements JournalEntries, JournalLines {

    /** {@code postedSeconds} of an entry stored without a posting instant. */
    private static final long NO_INSTANT = Long.MIN_VALUE;

    private final InMemoryUnitOfWork unitOfWork;
    private final Map<JournalEntryId, JournalEntry> drafts = new HashMap<>();

    private final UuidIndex rowsById = new UuidIndex();
    private final Symbols<TenantId> tenants = new Symbols<>();
    private final Symbols<String> actors = new Symbols<>();
    private final Symbols<AccountId> accounts = new Symbols<>();
    private final Symbols<Currency> currencies = new Symbols<>();
    private final Texts texts = new Texts();

    private int entryCount;
    /** The posted entries' rows as a store the unit of work cuts back on rollback ({@link #truncate}). */
    private final InMemoryUnitOfWork.Truncatable postedRows = this::truncate;
    /**
     * Per entry: the id's halves, the accounting date (epoch day), instants, version, its lines' first
     * row and count, the numbers of its tenant and actors, its status, its texts (the description
     * first, which every entry has); small numbers two to a value.
     */
    private final Columns.Longs entryValues = new Columns.Longs(12);
    private static final int ID_HIGH = 0;
    private static final int ID_LOW = 1;
    private static final int DAY = 2;
    private static final int CREATED_SECOND = 3;
    private static final int POSTED_SECOND = 4;
    /** The {@link Columns#pair} of the nanoseconds of the creation and the posting instants. */
    private static final int NANOS = 5;
    private static final int VERSION = 6;
    /** The pair of the first line's row and the number of lines. */
    private static final int LINES = 7;
    /** The pair of the tenant's number and the status's ordinal. */
    private static final int TENANT_STATUS = 8;
    /** The pair of the numbers of the actors who created and who posted it. */
    private static final int ACTORS = 9;
    private static final int DESCRIPTION = 10;
    private static final int SOURCE_REFERENCE = 11;
    /** Per entry, the links of reversals, which most entries lack. */
    private final Columns.Refs entryRefs = new Columns.Refs(2);
    private static final int REVERSAL_OF = 0;
    private static final int REVERSED_BY = 1;

    private int lineCount;
    /**
     * Per line: its entry's row, line number, amount in minor units, account, currency and side,
     * memo, and its links to the account's next and previous line.
     */
    private final Columns.Longs lineValues = new Columns.Longs(5);
    /** The pair of the entry's row and the line number. */
    private static final int ENTRY_LINE_NO = 0;
    private static final int MINOR_UNITS = 1;
    /** The pair of the account's number and the currency's number times two plus the side's ordinal. */
    private static final int ACCOUNT_CURRENCY_SIDE = 2;
    private static final int MEMO = 3;
    /**
     * The pair of the rows + 1 of the next and the previous line of the same account (0: none): an
     * account's lines are a list threaded through the table, in posting order, rather than an array
     * per account (small arrays a young collection copies while they grow, one per account).
     */
    private static final int LINKS = 4;
    /** Per line, its dimensions and functional equivalent, which most lines lack. */
    private final Columns.Refs lineRefs = new Columns.Refs(2);
    private static final int DIMENSIONS = 0;
    private static final int FUNCTIONAL = 1;

    private static final EntryStatus[] STATUSES = EntryStatus.values();
    private static final Side[] SIDES = Side.values();

    /** The rows + 1 of each account's first and last posted line, by the account's number (0: none). */
    private int[] firstLines = new int[16];
    private int[] lastLines = new int[16];

    /** {@return the row of the account's first posted line, or -1 when it has none} */
    private int firstLineOf(AccountId account) {
        int number = accounts.find(account);
        return number > 0 && number < firstLines.length ? firstLines[number] - 1 : -1;
    }

    /** {@return the row of the next line of the same account, or -1 after its last} */
    private int nextLineOf(int line) {
        return Columns.high(lineValues.get(line, LINKS)) - 1;
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
                e.sourceReferenceOrNull(), e.lines(), e.status(), e.reversalOfOrNull(), e.reversedByOrNull(),
                e.createdBy(), e.createdAt(), e.postedByOrNull(), e.postedAtOrNull(), version);
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
                tx.onRollback(postedRows, firstRow);
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
        List<JournalLine> lines = entry.lines();
        long[] values = entryValues.arrayForWriting(row);
        int at = entryValues.start(row);
        values[at + ID_HIGH] = id.getMostSignificantBits();
        values[at + ID_LOW] = id.getLeastSignificantBits();
        values[at + DAY] = entry.accountingDate().toEpochDay();
        values[at + CREATED_SECOND] = entry.createdAt().getEpochSecond();
        values[at + LINES] = Columns.pair(lineCount, lines.size());
        values[at + TENANT_STATUS] = Columns.pair(tenants.numberOf(entry.tenant()), 0);
        values[at + ACTORS] = Columns.pair(actors.numberOf(entry.createdBy()), 0);
        values[at + NANOS] = Columns.pair(entry.createdAt().getNano(), 0);
        values[at + DESCRIPTION] = texts.add(entry.description());
        values[at + SOURCE_REFERENCE] = texts.add(entry.sourceReferenceOrNull());
        entryRefs.set(row, REVERSAL_OF, entry.reversalOfOrNull());
        writeChanging(row, entry, version);
        for (int i = 0, count = lines.size(); i < count; i++) {
            appendLine(row, lines.get(i));
        }
        entryCount++;
    }

    /** Appends a line of the entry at {@code row} as the next line row, the last of its account. */
    private void appendLine(int row, JournalLine line) {
        int l = lineCount++;
        int account = accounts.numberOf(line.account());
        if (account >= firstLines.length) {
            firstLines = Arrays.copyOf(firstLines, Math.max(account + 1, firstLines.length * 2));
            lastLines = Arrays.copyOf(lastLines, firstLines.length);
        }
        int previous = lastLines[account] - 1;
        long[] values = lineValues.arrayForWriting(l);
        int at = lineValues.start(l);
        values[at + ENTRY_LINE_NO] = Columns.pair(row, line.lineNo());
        values[at + MINOR_UNITS] = line.amount().minorUnits();
        values[at + ACCOUNT_CURRENCY_SIDE] = Columns.pair(account,
                currencies.numberOf(line.amount().currency()) << 1 | line.side().ordinal());
        values[at + MEMO] = texts.add(line.memo());
        values[at + LINKS] = Columns.pair(0, previous + 1);
        lineRefs.set(l, DIMENSIONS, line.dimensions().isEmpty() ? null : line.dimensions());
        lineRefs.set(l, FUNCTIONAL, line.functional());
        if (previous >= 0) {
            lineValues.set(previous, LINKS, Columns.pair(l + 1, Columns.low(lineValues.get(previous, LINKS))));
        } else {
            firstLines[account] = l + 1;
        }
        lastLines[account] = l + 1;
    }

    /** Writes what an update may change of a posted entry: its status and reversal mark, the posting, the version. */
    private void writeChanging(int row, JournalEntry entry, long version) {
        Instant postedAt = entry.postedAtOrNull();
        long[] values = entryValues.arrayForWriting(row);
        int at = entryValues.start(row);
        values[at + TENANT_STATUS] = Columns.pair(Columns.high(values[at + TENANT_STATUS]), entry.status().ordinal());
        values[at + POSTED_SECOND] = postedAt == null ? NO_INSTANT : postedAt.getEpochSecond();
        values[at + NANOS] = Columns.pair(Columns.high(values[at + NANOS]), postedAt == null ? 0 : postedAt.getNano());
        values[at + VERSION] = version;
        values[at + ACTORS] = Columns.pair(Columns.high(values[at + ACTORS]), actors.numberOf(entry.postedByOrNull()));
        entryRefs.set(row, REVERSED_BY, entry.reversedByOrNull());
    }

    /**
     * Removes the rows from {@code from} on, the last appended: undo actions run in reverse order
     * under the store's lock, so the lines of those rows are the last of their accounts too.
     */
    private void truncate(int from) {
        int firstLine = Columns.high(entryValues.get(from, LINES));
        for (int l = lineCount - 1; l >= firstLine; l--) {
            // the account's last line: its previous one becomes the last
            int account = Columns.high(lineValues.get(l, ACCOUNT_CURRENCY_SIDE));
            int previous = Columns.low(lineValues.get(l, LINKS)) - 1;
            lastLines[account] = previous + 1;
            if (previous >= 0) {
                lineValues.set(previous, LINKS, Columns.pair(0, Columns.low(lineValues.get(previous, LINKS))));
            } else {
                firstLines[account] = 0;
            }
            lineRefs.set(l, DIMENSIONS, null);
            lineRefs.set(l, FUNCTIONAL, null);
        }
        lineCount = firstLine;
        for (int row = entryCount - 1; row >= from; row--) {
            rowsById.remove(uuidAt(row));
            entryRefs.set(row, REVERSAL_OF, null);
            entryRefs.set(row, REVERSED_BY, null);
        }
        texts.truncateTo(entryValues.get(from, DESCRIPTION));
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
                tx.onRollback(postedRows, row);
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
            return row >= 0 && isOf(row, tenants.find(tenant)) ? Optional.of(entryAt(row)) : Optional.empty();
        });
    }

    /** The posted entry of a row, as a new object. */
    private JournalEntry entryAt(int row) {
        long lineRows = entryValues.get(row, LINES);
        int first = Columns.high(lineRows);
        int count = Columns.low(lineRows);
        List<JournalLine> lines = new ArrayList<>(count);
        for (int l = first; l < first + count; l++) {
            lines.add(lineAt(l));
        }
        long posted = entryValues.get(row, POSTED_SECOND);
        long nanos = entryValues.get(row, NANOS);
        long actorNumbers = entryValues.get(row, ACTORS);
        return JournalEntry.restore(entryIdAt(row), tenantAt(row), dateAt(row), descriptionAt(row),
                texts.get(entryValues.get(row, SOURCE_REFERENCE)), lines,
                STATUSES[Columns.low(entryValues.get(row, TENANT_STATUS))],
                entryRefs.get(row, REVERSAL_OF), entryRefs.get(row, REVERSED_BY), actors.valueOf(Columns.high(actorNumbers)),
                Instant.ofEpochSecond(entryValues.get(row, CREATED_SECOND), Columns.high(nanos)),
                actors.valueOf(Columns.low(actorNumbers)),
                posted == NO_INSTANT ? null : Instant.ofEpochSecond(posted, Columns.low(nanos)),
                entryValues.get(row, VERSION));
    }

    private JournalEntryId entryIdAt(int row) {
        return JournalEntryId.of(uuidAt(row));
    }

    private UUID uuidAt(int row) {
        return new UUID(entryValues.get(row, ID_HIGH), entryValues.get(row, ID_LOW));
    }

    private TenantId tenantAt(int row) {
        return tenants.valueOf(Columns.high(entryValues.get(row, TENANT_STATUS)));
    }

    /** {@return whether the row belongs to the tenant of that number} */
    private boolean isOf(int row, int tenant) {
        return Columns.high(entryValues.get(row, TENANT_STATUS)) == tenant;
    }

    private String descriptionAt(int row) {
        return texts.get(entryValues.get(row, DESCRIPTION));
    }

    private long dayAt(int row) {
        return entryValues.get(row, DAY);
    }

    private LocalDate dateAt(int row) {
        return LocalDate.ofEpochDay(dayAt(row));
    }

    private JournalLine lineAt(int l) {
        Map<String, String> dimensions = lineRefs.get(l, DIMENSIONS);
        return new JournalLine(Columns.low(lineValues.get(l, ENTRY_LINE_NO)),
                accounts.valueOf(Columns.high(lineValues.get(l, ACCOUNT_CURRENCY_SIDE))), sideAt(l),
                amountAt(l), texts.get(lineValues.get(l, MEMO)), dimensions == null ? Map.of() : dimensions,
                lineRefs.get(l, FUNCTIONAL));
    }

    private Side sideAt(int l) {
        return SIDES[Columns.low(lineValues.get(l, ACCOUNT_CURRENCY_SIDE)) & 1];
    }

    private Money amountAt(int l) {
        return Money.ofMinor(lineValues.get(l, MINOR_UNITS),
                currencies.valueOf(Columns.low(lineValues.get(l, ACCOUNT_CURRENCY_SIDE)) >>> 1));
    }

    private int entryOf(int line) {
        return Columns.high(lineValues.get(line, ENTRY_LINE_NO));
    }

    @Override
    public boolean hasLines(TenantId tenant, AccountId account) {
        return unitOfWork.guarded(() -> {
            int number = tenants.find(tenant);
            for (int l = firstLineOf(account); number > 0 && l >= 0; l = nextLineOf(l)) {
                if (isOf(entryOf(l), number)) {
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
            int number = tenants.find(tenant);
            for (int l = firstLineOf(account); number > 0 && l >= 0; l = nextLineOf(l)) {
                int row = entryOf(l);
                if (isOf(row, number) && dayAt(row) <= last) {
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
        return totals(tenant, from.toEpochDay(), to.toEpochDay(), Objects.requireNonNull(sourceReference), false);
    }

    @Override
    public boolean hasPostedLines(TenantId tenant) {
        return unitOfWork.guarded(() -> {
            int number = tenants.find(tenant);
            for (int row = 0; number > 0 && row < entryCount; row++) {
                if (isOf(row, number)) {
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
            int number = tenants.find(tenant);
            Map<AccountId, AccountBalance> totals = new LinkedHashMap<>();
            for (int a = 1; number > 0 && a < firstLines.length; a++) {
                for (int l = firstLines[a] - 1; l >= 0; l = nextLineOf(l)) {
                    int row = entryOf(l);
                    long day = dayAt(row);
                    if (day < firstDay || day > lastDay || !isOf(row, number)
                            || sourceReference != null && !texts.matches(entryValues.get(row, SOURCE_REFERENCE), sourceReference)) {
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
                    totals.compute(accounts.valueOf(a), (id, t) -> (t == null ? AccountBalance.zero(id, amount.currency()) : t)
                            .plus(side, amount));
                }
            }
            return List.copyOf(totals.values());
        });
    }

    /** The rows of the tenant's lines on the account dated from {@code from} to {@code to}, in statement order. */
    private List<Integer> inRange(TenantId tenant, AccountId account, LocalDate from, LocalDate to) {
        long firstDay = from.toEpochDay();
        long lastDay = to.toEpochDay();
        int number = tenants.find(tenant);
        List<Integer> range = new ArrayList<>();
        for (int l = firstLineOf(account); number > 0 && l >= 0; l = nextLineOf(l)) {
            int row = entryOf(l);
            long day = dayAt(row);
            if (day >= firstDay && day <= lastDay && isOf(row, number)) {
                range.add(l);
            }
        }
        range.sort(Comparator.<Integer>comparingLong(l -> dayAt(entryOf(l)))
                .thenComparing(l -> uuidAt(entryOf(l)))
                .thenComparingInt(l -> Columns.low(lineValues.get(l, ENTRY_LINE_NO))));
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
                    page.add(new StatementLine(entryIdAt(row), dateAt(row), line.lineNo(), descriptionAt(row),
                            line.memo(), line.side(), line.amount(), running));
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
