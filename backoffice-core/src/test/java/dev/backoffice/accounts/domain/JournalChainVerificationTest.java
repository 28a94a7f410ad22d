package dev.backoffice.accounts.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.NOW;
import static dev.backoffice.accounts.domain.LedgerFixtures.credit;
import static dev.backoffice.accounts.domain.LedgerFixtures.debit;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.eventIds;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.accounts.domain.LedgerFixtures.newEntryId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalChainVerificationTest {

    private final AccountId cash = newAccountId();
    private final AccountId sales = newAccountId();
    private final List<JournalEntry> entries = new ArrayList<>();
    private final List<JournalSeal> seals = new ArrayList<>();
    private JournalChainHead head = JournalChainHead.genesis(ACME);

    private JournalEntry posted(String description, String amount) {
        JournalEntry entry = JournalEntry.draft(newEntryId(), ACME, LocalDate.of(2026, 5, 4), description, null,
                List.of(debit(1, cash, eur(amount)), credit(2, sales, eur(amount))), "alice", NOW);
        entry.post("alice", NOW, eventIds());
        return entry;
    }

    private void sealFive() {
        for (int i = 1; i <= 5; i++) {
            JournalEntry entry = posted("Sale " + i, i + ".00");
            JournalSeal seal = head.seal(entry, NOW);
            head = head.after(seal);
            entries.add(entry);
            seals.add(seal);
        }
    }

    private JournalChainVerification walk(List<JournalSeal> chain, List<JournalEntry> stored) {
        JournalChainVerification walk = new JournalChainVerification(head);
        for (int i = 0; i < chain.size(); i++) {
            if (!walk.check(chain.get(i), stored.get(i))) {
                break;
            }
        }
        walk.finish();
        return walk;
    }

    @Test
    void sealsFormAGaplessChainFromGenesis() {
        sealFive();
        assertThat(seals).extracting(JournalSeal::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(seals.get(0).chainHash()).isEqualTo(EntryDigest.chainHash(EntryDigest.GENESIS, seals.get(0).entryHash()));
        assertThat(seals.get(1).chainHash()).isEqualTo(EntryDigest.chainHash(seals.get(0).chainHash(), seals.get(1).entryHash()));
        assertThat(head.sequence()).isEqualTo(5);
        assertThat(head.chainHash()).isEqualTo(seals.get(4).chainHash());
        assertThatThrownBy(() -> head.after(seals.get(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUntouchedChainIsIntact() {
        sealFive();
        JournalChainVerification walk = walk(seals, entries);
        assertThat(walk.isIntact()).isTrue();
        assertThat(walk.entriesChecked()).isEqualTo(5);
    }

    @Test
    void anEmptyChainIsIntact() {
        JournalChainVerification walk = walk(List.of(), List.of());
        assertThat(walk.isIntact()).isTrue();
        assertThat(walk.entriesChecked()).isZero();
    }

    @Test
    void aReversedEntryStillMatches() {
        sealFive();
        entries.get(1).reverse(newEntryId(), LocalDate.of(2026, 5, 5), null, "bob", NOW, eventIds());
        assertThat(walk(seals, entries).isIntact()).isTrue();
    }

    @Test
    void namesAnEntryWhoseContentChanged() {
        sealFive();
        JournalEntry original = entries.get(2);
        List<JournalLine> lines = new ArrayList<>(original.lines());
        lines.set(0, lines.get(0).withAmount(eur("3.01")));
        entries.set(2, JournalEntry.restore(original.id(), ACME, original.accountingDate(), original.description(), null,
                lines, original.status(), null, null, original.createdBy(), original.createdAt(), "alice",
                original.postedAt().orElseThrow(), original.version()));

        JournalChainVerification walk = walk(seals, entries);

        assertThat(walk.firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(3);
            assertThat(found.entryId()).isEqualTo(original.id());
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.ENTRY_CHANGED);
        });
        assertThat(walk.entriesChecked()).isEqualTo(3);
    }

    @Test
    void namesAnEntryTurnedBackIntoADraft() {
        sealFive();
        JournalEntry original = entries.get(0);
        entries.set(0, JournalEntry.restore(original.id(), ACME, original.accountingDate(), original.description(), null,
                original.lines(), EntryStatus.DRAFT, null, null, original.createdBy(), original.createdAt(), "alice",
                original.postedAt().orElseThrow(), original.version()));
        assertThat(walk(seals, entries).firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(1);
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.ENTRY_CHANGED);
        });
    }

    @Test
    void namesAMissingEntry() {
        sealFive();
        entries.set(3, null);
        assertThat(walk(seals, entries).firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(4);
            assertThat(found.entryId()).isEqualTo(seals.get(3).entryId());
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.ENTRY_MISSING);
        });
    }

    @Test
    void findsARemovedSeal() {
        sealFive();
        List<JournalSeal> cut = new ArrayList<>(seals);
        List<JournalEntry> stored = new ArrayList<>(entries);
        cut.remove(1);
        stored.remove(1);
        assertThat(walk(cut, stored).firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(2);
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.CHAIN_BROKEN);
        });
    }

    @Test
    void findsARemovedLastSealThroughTheHead() {
        sealFive();
        assertThat(walk(seals.subList(0, 4), entries.subList(0, 4)).firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(5);
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.CHAIN_BROKEN);
        });
    }

    @Test
    void findsAResealedEntryWhoseChainHashNoLongerFollows() {
        sealFive();
        // someone changes entry 2 and writes its new entry hash into the seal, but cannot fix the chain hashes
        JournalSeal second = seals.get(1);
        JournalEntry changed = posted("Sale 2 (changed)", "2.00");
        seals.set(1, new JournalSeal(ACME, 2, second.entryId(), 1, EntryDigest.entryHash(changed), second.chainHash(),
                second.sealedAt()));
        assertThat(walk(seals, entries).firstBreak()).hasValueSatisfying(found -> {
            assertThat(found.sequence()).isEqualTo(2);
            assertThat(found.problem()).isEqualTo(ChainBreak.Problem.CHAIN_BROKEN);
        });
    }

    @Test
    void checksTheEntryTheSealNames() {
        sealFive();
        JournalChainVerification walk = new JournalChainVerification(head);
        assertThatThrownBy(() -> walk.check(seals.get(0), entries.get(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
