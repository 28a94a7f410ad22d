package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.PendingEntry;
import dev.backoffice.accounts.domain.PendingEntryId;
import dev.backoffice.accounts.domain.PendingStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.PendingEntries}. */
public abstract class PendingEntriesContract extends AdapterContract {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    private Account cash;
    private Account clearing;

    @BeforeEach
    void accounts() {
        cash = storedAccount(tenant, "1000", AccountType.ASSET);
        clearing = storedAccount(tenant, "2100", AccountType.LIABILITY);
    }

    private PendingEntry pending(TenantId owner, Instant expiresAt) {
        return PendingEntry.record(PendingEntryId.of(newId()), owner, DATE, "Card authorization", "AUTH-1",
                List.of(new JournalLine(1, cash.id(), Side.DEBIT, eur("25.00"), "card", Map.of("channel", "web")),
                        new JournalLine(2, clearing.id(), Side.CREDIT, eur("25.00"), null, Map.of())),
                expiresAt, "alice", NOW, AdapterContract::newId);
    }

    @Test
    void storesAndFindsAPendingEntryWithAllItsFields() {
        PendingEntry entry = pending(tenant, NOW.plusSeconds(3600));
        inTx(() -> adapters().pendingEntries().add(entry));

        PendingEntry found = inTx(() -> adapters().pendingEntries().find(tenant, entry.id())).orElseThrow();
        assertThat(found.accountingDate()).isEqualTo(DATE);
        assertThat(found.description()).isEqualTo("Card authorization");
        assertThat(found.sourceReference()).contains("AUTH-1");
        assertThat(found.lines()).containsExactlyElementsOf(entry.lines());
        assertThat(found.expiresAt()).contains(NOW.plusSeconds(3600));
        assertThat(found.createdBy()).isEqualTo("alice");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.status()).isEqualTo(PendingStatus.PENDING);
        assertThat(found.resolvedBy()).isEmpty();
        assertThat(found.postedEntry()).isEmpty();
        assertThat(inTx(() -> adapters().pendingEntries().find(otherTenant, entry.id()))).isEmpty();
    }

    @Test
    void storesAResolutionOnceAndRefusesAStaleVersion() {
        PendingEntry entry = pending(tenant, null);
        inTx(() -> adapters().pendingEntries().add(entry));
        PendingEntry first = inTx(() -> adapters().pendingEntries().find(tenant, entry.id())).orElseThrow();
        PendingEntry second = inTx(() -> adapters().pendingEntries().find(tenant, entry.id())).orElseThrow();
        JournalEntryId posting = JournalEntryId.of(newId());

        first.markPosted(posting, "bob", NOW.plusSeconds(5), AdapterContract::newId);
        inTx(() -> adapters().pendingEntries().update(first));
        second.voidEntry("carol", NOW.plusSeconds(6), AdapterContract::newId);

        assertThatThrownBy(() -> inTx(() -> adapters().pendingEntries().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        PendingEntry stored = inTx(() -> adapters().pendingEntries().find(tenant, entry.id())).orElseThrow();
        assertThat(stored.status()).isEqualTo(PendingStatus.POSTED);
        assertThat(stored.postedEntry()).contains(posting);
        assertThat(stored.resolvedBy()).contains("bob");
        assertThat(stored.resolvedAt()).contains(NOW.plusSeconds(5));
    }

    @Test
    void findsTheDueEntriesOfATenantOldestTimeoutFirst() {
        PendingEntry late = pending(tenant, NOW.plusSeconds(300));
        PendingEntry early = pending(tenant, NOW.plusSeconds(100));
        PendingEntry notDue = pending(tenant, NOW.plusSeconds(10_000));
        PendingEntry noTimeout = pending(tenant, null);
        PendingEntry resolved = pending(tenant, NOW.plusSeconds(50));
        resolved.voidEntry("alice", NOW, AdapterContract::newId);
        PendingEntry foreign = pending(otherTenant, NOW.plusSeconds(100));
        inTx(() -> List.of(late, early, notDue, noTimeout, resolved, foreign).forEach(adapters().pendingEntries()::add));

        List<PendingEntry> due = inTx(() -> adapters().pendingEntries().findDue(tenant, NOW.plusSeconds(300), 10));

        assertThat(due).extracting(PendingEntry::id).containsExactly(early.id(), late.id());
        assertThat(inTx(() -> adapters().pendingEntries().findDue(tenant, NOW.plusSeconds(300), 1)))
                .extracting(PendingEntry::id).containsExactly(early.id());
    }
}
