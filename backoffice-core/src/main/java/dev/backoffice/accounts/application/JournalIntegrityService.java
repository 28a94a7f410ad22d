package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.JournalIntegrity;
import dev.backoffice.accounts.api.JournalVerification;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.domain.JournalChainHead;
import dev.backoffice.accounts.domain.JournalChainVerification;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalSeal;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.JournalSeals;
import dev.backoffice.common.Actor;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seals posted entries into each tenant's hash chain and verifies the chain.
 *
 * <p>{@link #seal} works in batches of {@value #SEAL_BATCH}, each its own unit of work: lock the
 * tenant's chain head, read the oldest unsealed entries, append one seal each, move the head. The
 * lock is held for one batch only, and postings never take it. {@link #verify} reads the head once
 * and walks the seals up to it in pages of {@value #VERIFY_PAGE}, each page in a read-only unit of
 * work of its own, so that a long chain does not pile up in one persistence context; seals are
 * append-only and what is sealed never changes, so the pages need no common snapshot.
 */
final class JournalIntegrityService implements JournalIntegrity {

    private static final Logger LOG = LoggerFactory.getLogger(JournalIntegrityService.class);

    static final int SEAL_BATCH = 500;
    static final int VERIFY_PAGE = 500;

    private static final String SUBJECT = "JournalSeal";

    private final UseCases useCases;
    private final JournalSeals seals;

    JournalIntegrityService(UseCases useCases, JournalSeals seals) {
        this.useCases = useCases;
        this.seals = seals;
    }

    /** The seal command: no arguments beyond the actor. */
    record SealJournal() {
    }

    /** The verify query: no arguments beyond the actor. */
    record VerifyJournal() {
    }

    @Override
    public int seal(Actor actor) {
        useCases.admit(actor, LedgerPermissions.SEAL, new SealJournal());
        TenantId tenant = actor.tenant();
        int total = 0;
        while (total < MAX_SEALED_PER_CALL) {
            int limit = Math.min(SEAL_BATCH, MAX_SEALED_PER_CALL - total);
            int sealed = useCases.execute(tenant, () -> sealBatch(actor, tenant, limit));
            total += sealed;
            if (sealed < limit) {
                break;
            }
        }
        if (total > 0) {
            LOG.debug("Sealed {} journal entries of tenant {}", total, tenant);
        }
        return total;
    }

    private int sealBatch(Actor actor, TenantId tenant, int limit) {
        JournalChainHead head = seals.lockHead(tenant);
        requireHeadMatchesLastSeal(head);
        List<JournalEntry> unsealed = seals.unsealedEntries(tenant, limit);
        if (unsealed.isEmpty()) {
            return 0;
        }
        List<JournalSeal> appended = new ArrayList<>(unsealed.size());
        JournalChainHead next = head;
        for (JournalEntry entry : unsealed) {
            JournalSeal seal = next.seal(entry, useCases.now());
            appended.add(seal);
            next = next.after(seal);
        }
        seals.append(next, appended);
        JournalSeal last = appended.get(appended.size() - 1);
        useCases.audit(actor, LedgerPermissions.SEAL, SUBJECT, last.entryId().value(),
                "sealed " + appended.size() + " entries, sequence " + appended.get(0).sequence() + " to "
                        + last.sequence());
        return appended.size();
    }

    /**
     * Refuses to extend a chain whose head is not its last stored seal (seals were removed or
     * edited, or restored apart from the head): appending would leave a gap or collide.
     */
    private void requireHeadMatchesLastSeal(JournalChainHead head) {
        if (head.isGenesis()) {
            if (!seals.seals(head.tenant(), 0, 1).isEmpty()) {
                throw chainBroken(head, "the chain head has no seal but seals are stored");
            }
            return;
        }
        List<JournalSeal> last = seals.seals(head.tenant(), head.sequence() - 1, 2);
        if (last.size() != 1 || last.get(0).sequence() != head.sequence()
                || !last.get(0).chainHash().equals(head.chainHash())) {
            throw chainBroken(head, "the chain head does not match the last stored seal");
        }
    }

    private static RuleViolationException chainBroken(JournalChainHead head, String what) {
        LOG.warn("Journal chain of tenant {} not extended at sequence {}: {}", head.tenant(), head.sequence(), what);
        return new RuleViolationException(LedgerError.JOURNAL_CHAIN_BROKEN,
                "The journal chain cannot be extended: " + what + " (sequence " + head.sequence()
                        + "). Run verify and investigate before sealing again.");
    }

    @Override
    public JournalVerification verify(Actor actor) {
        useCases.admit(actor, LedgerPermissions.READ, new VerifyJournal());
        TenantId tenant = actor.tenant();
        JournalChainHead head = useCases.read(tenant, () -> seals.head(tenant));
        JournalChainVerification walk = new JournalChainVerification(head);
        long after = 0;
        while (after < head.sequence() && !walk.isBroken()) {
            long from = after;
            int pageSize = (int) Math.min(VERIFY_PAGE, head.sequence() - from);
            List<JournalSeal> page = useCases.read(tenant, () -> checkPage(walk, tenant, from, pageSize));
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).sequence();
        }
        walk.finish();
        walk.firstBreak().ifPresent(found -> LOG.warn(
                "Journal chain of tenant {} is broken at sequence {} (entry {}): {}", tenant, found.sequence(),
                found.entryId(), found.problem().code()));
        return new JournalVerification(walk.entriesChecked(), walk.isIntact(), head.sequence(), head.chainHash(),
                walk.firstBreak().orElse(null));
    }

    private List<JournalSeal> checkPage(JournalChainVerification walk, TenantId tenant, long after, int limit) {
        List<JournalSeal> page = seals.seals(tenant, after, limit);
        Map<JournalEntryId, JournalEntry> entries = seals.entries(tenant,
                page.stream().map(JournalSeal::entryId).toList());
        for (JournalSeal seal : page) {
            if (!walk.check(seal, entries.get(seal.entryId()))) {
                break;
            }
        }
        return page;
    }
}
