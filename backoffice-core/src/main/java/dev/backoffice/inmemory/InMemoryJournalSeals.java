package dev.backoffice.inmemory;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.JournalChainHead;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalSeal;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.JournalSeals;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The journal chains in memory: per tenant a head, the seals in sequence order and the set of
 * sealed entry ids. Units of work run one at a time, which is the lock {@link #lockHead} promises.
 *
 * <p>The unsealed entries are found by a scan: the posted lines of every account of the tenant
 * (through the {@link Accounts} and {@link JournalLines} ports) name the posted entries, which are
 * read through {@link JournalEntries}. Fine for the in-memory store; a database adapter asks its
 * index instead.
 */
public final class InMemoryJournalSeals implements JournalSeals {

    private static final Comparator<JournalEntry> POSTING_ORDER = Comparator
            .comparing((JournalEntry e) -> e.postedAt().orElse(Instant.MIN))
            .thenComparing(e -> e.id().value());

    /** One tenant's chain; guarded by its own monitor for reads outside a unit of work. */
    private static final class Chain {
        private JournalChainHead head;
        private final List<JournalSeal> seals = new ArrayList<>();
        private final Set<JournalEntryId> sealed = new HashSet<>();

        Chain(TenantId tenant) {
            this.head = JournalChainHead.genesis(tenant);
        }
    }

    private final InMemoryUnitOfWork unitOfWork;
    private final Accounts accounts;
    private final JournalLines lines;
    private final JournalEntries entries;
    private final Map<TenantId, Chain> chains = new ConcurrentHashMap<>();

    /**
     * The seals port over the shared in-memory unit of work, verifying chains against these ledger stores.
     *
     * @param unitOfWork the unit of work, and the store behind it, that this adapter shares with the other
     *                   in-memory adapters
     * @param accounts   the in-memory accounts, read to verify a chain
     * @param lines      the in-memory journal lines, read to verify a chain
     * @param entries    the in-memory journal entries, read to verify a chain
     */
    public InMemoryJournalSeals(InMemoryUnitOfWork unitOfWork, Accounts accounts, JournalLines lines,
                                JournalEntries entries) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.entries = Objects.requireNonNull(entries, "entries");
    }

    @Override
    public JournalChainHead lockHead(TenantId tenant) {
        unitOfWork.transaction(); // the unit of work holds the store's lock until it ends
        return head(tenant);
    }

    @Override
    public JournalChainHead head(TenantId tenant) {
        Chain chain = chains.get(tenant);
        if (chain == null) {
            return JournalChainHead.genesis(tenant);
        }
        synchronized (chain) {
            return chain.head;
        }
    }

    @Override
    public void append(JournalChainHead newHead, List<JournalSeal> seals) {
        InMemoryUnitOfWork.Transaction tx = unitOfWork.transaction();
        if (seals.isEmpty()) {
            return;
        }
        TenantId tenant = newHead.tenant();
        Chain chain = chains.computeIfAbsent(tenant, Chain::new);
        synchronized (chain) {
            JournalChainHead before = chain.head;
            long expected = before.sequence();
            for (JournalSeal seal : seals) {
                if (!seal.tenant().equals(tenant) || seal.sequence() != ++expected) {
                    throw new IllegalStateException("seal " + seal.sequence() + " does not continue the chain of "
                            + tenant + " at " + (expected - 1));
                }
                if (chain.sealed.contains(seal.entryId())) {
                    throw new IllegalStateException("entry " + seal.entryId() + " is sealed already");
                }
            }
            JournalSeal last = seals.get(seals.size() - 1);
            if (newHead.sequence() != last.sequence() || !newHead.chainHash().equals(last.chainHash())) {
                throw new IllegalStateException("the new head is not the last seal");
            }
            int size = chain.seals.size();
            chain.seals.addAll(seals);
            seals.forEach(seal -> chain.sealed.add(seal.entryId()));
            chain.head = newHead;
            tx.onRollback(() -> {
                synchronized (chain) {
                    chain.seals.subList(size, chain.seals.size()).clear();
                    seals.forEach(seal -> chain.sealed.remove(seal.entryId()));
                    chain.head = before;
                }
            });
        }
    }

    @Override
    public List<JournalSeal> seals(TenantId tenant, long afterSequence, int limit) {
        Chain chain = chains.get(tenant);
        if (chain == null || limit <= 0) {
            return List.of();
        }
        synchronized (chain) {
            // sequences are 1..n at positions 0..n-1
            int from = (int) Math.min(Math.max(0, afterSequence), chain.seals.size());
            int to = (int) Math.min(chain.seals.size(), (long) from + limit);
            return List.copyOf(chain.seals.subList(from, to));
        }
    }

    @Override
    public List<JournalEntry> unsealedEntries(TenantId tenant, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Set<JournalEntryId> sealed;
        Chain chain = chains.get(tenant);
        if (chain == null) {
            sealed = Set.of();
        } else {
            synchronized (chain) {
                sealed = new HashSet<>(chain.sealed);
            }
        }
        Set<JournalEntryId> posted = new LinkedHashSet<>();
        for (Account account : accounts.findAll(tenant)) {
            for (StatementLine line : lines.statement(tenant, account.id(), LocalDate.MIN, LocalDate.MAX, 0,
                    Integer.MAX_VALUE)) {
                posted.add(line.entryId());
            }
        }
        posted.removeAll(sealed);
        List<JournalEntry> unsealed = new ArrayList<>(posted.size());
        for (JournalEntryId id : posted) {
            entries.find(tenant, id).filter(JournalEntry::isPosted).ifPresent(unsealed::add);
        }
        unsealed.sort(POSTING_ORDER);
        return List.copyOf(unsealed.subList(0, Math.min(limit, unsealed.size())));
    }

    @Override
    public Map<JournalEntryId, JournalEntry> entries(TenantId tenant, Collection<JournalEntryId> ids) {
        Map<JournalEntryId, JournalEntry> found = new HashMap<>(ids.size() * 2);
        for (JournalEntryId id : ids) {
            entries.find(tenant, id).ifPresent(entry -> found.put(id, entry));
        }
        return found;
    }
}
