package dev.backoffice.contract;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountOpened;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.AuditChange;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.spi.IdempotencyKeys;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of the ports every context shares: {@link dev.backoffice.common.spi.IdempotencyKeys},
 * {@link dev.backoffice.common.spi.AuditRecords} and {@link dev.backoffice.common.spi.EventOutbox}.
 */
public abstract class SupportPortsContract extends AdapterContract {

    @Test
    void remembersIdempotencyKeysPerTenant() {
        UUID result = newId();
        IdempotencyKeys.Entry entry = new IdempotencyKeys.Entry(tenant, "key-1", "OpenAccount", "abc", result, NOW);
        inTx(() -> adapters().idempotencyKeys().add(entry));

        assertThat(inTx(() -> adapters().idempotencyKeys().find(tenant, "key-1"))).contains(entry);
        assertThat(inTx(() -> adapters().idempotencyKeys().find(otherTenant, "key-1"))).isEmpty();
        assertThat(inTx(() -> adapters().idempotencyKeys().find(tenant, "key-2"))).isEmpty();

        IdempotencyKeys.Entry again = new IdempotencyKeys.Entry(tenant, "key-1", "OpenAccount", "def", newId(), NOW);
        assertThatThrownBy(() -> inTx(() -> adapters().idempotencyKeys().add(again))).isInstanceOf(RuntimeException.class);
        assertThat(inTx(() -> adapters().idempotencyKeys().find(tenant, "key-1"))).contains(entry);
    }

    @Test
    void appendsAndFiltersAuditRecords() {
        UUID subject = newId();
        AuditRecord first = new AuditRecord(newId(), tenant, "alice", NOW, "ledger.entry.post", "JournalEntry", subject, "posted");
        AuditRecord second = new AuditRecord(newId(), tenant, "bob", NOW.plusSeconds(10), "ledger.entry.reverse", "JournalEntry", subject, "reversed");
        AuditRecord third = new AuditRecord(newId(), tenant, "alice", NOW.plusSeconds(20), "ledger.account.manage", "Account", newId(), "opened");
        AuditRecord foreign = new AuditRecord(newId(), otherTenant, "eve", NOW, "ledger.entry.post", "JournalEntry", subject, "posted");
        inTx(() -> {
            adapters().auditRecords().append(first);
            adapters().auditRecords().append(second);
            adapters().auditRecords().append(third);
            adapters().auditRecords().append(foreign);
        });

        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100)))
                .containsExactly(first, second, third);
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, subject, null, null, null, 100)))
                .containsExactly(first, second);
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, "alice", null, null, 100)))
                .containsExactly(first, third);
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, null, NOW.plusSeconds(10), NOW.plusSeconds(20), 100)))
                .containsExactly(second);
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 2))).containsExactly(first, second);
    }

    /** Records of several tenants in one call, in runs of one tenant after another: each tenant keeps its own, in order. */
    @Test
    void appendsRecordsOfSeveralTenantsAtOnce() {
        UUID subject = newId();
        List<AuditRecord> records = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            records.add(new AuditRecord(newId(), i == 2 || i == 3 || i == 6 ? otherTenant : tenant, "alice",
                    NOW.plusSeconds(i), "ledger.entry.post", "JournalEntry", subject, "posted " + i));
        }
        inTx(() -> adapters().auditRecords().appendAll(records));

        assertThat(inTx(() -> adapters().auditRecords().find(tenant, subject, null, null, null, 100)))
                .containsExactly(records.get(0), records.get(1), records.get(4), records.get(5));
        assertThat(inTx(() -> adapters().auditRecords().find(otherTenant, subject, null, null, null, 100)))
                .containsExactly(records.get(2), records.get(3), records.get(6));
    }

    /** One change to many records: one record per subject, in order, found as records appended one by one are. */
    @Test
    void appendsTheRecordsOfOneChangeToManyRecords() {
        List<UUID> ids = List.of(newId(), newId(), newId());
        List<UUID> subjects = List.of(newId(), newId(), newId());
        AuditRecord before = new AuditRecord(newId(), tenant, "bob", NOW, "ledger.account.manage", "Account", newId(), "opened");
        inTx(() -> {
            adapters().auditRecords().append(before);
            adapters().auditRecords().appendChange(new AuditChange(tenant, "alice", NOW.plusSeconds(1),
                    "ledger.entry.post", "JournalEntry", "posted", ids, subjects));
        });

        List<AuditRecord> expected = new java.util.ArrayList<>(List.of(before));
        for (int i = 0; i < 3; i++) {
            expected.add(new AuditRecord(ids.get(i), tenant, "alice", NOW.plusSeconds(1), "ledger.entry.post",
                    "JournalEntry", subjects.get(i), "posted"));
        }
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100)))
                .containsExactlyElementsOf(expected);
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, subjects.get(1), null, null, null, 100)))
                .containsExactly(expected.get(2));
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, "alice", null, null, 100)))
                .containsExactlyElementsOf(expected.subList(1, 4));
        assertThat(inTx(() -> adapters().auditRecords().find(otherTenant, null, null, null, null, 100))).isEmpty();
    }

    /** A change whose unit of work fails leaves no record of it. */
    @Test
    void theRecordsOfAChangeInAFailedUnitOfWorkAreNotKept() {
        AuditRecord kept = new AuditRecord(newId(), tenant, "bob", NOW, "ledger.account.manage", "Account", newId(), "opened");
        inTx(() -> adapters().auditRecords().append(kept));
        try {
            inTx(() -> {
                adapters().auditRecords().appendChange(new AuditChange(tenant, "alice", NOW, "ledger.entry.post",
                        "JournalEntry", null, List.of(newId(), newId()), List.of(newId(), newId())));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(inTx(() -> adapters().auditRecords().find(tenant, null, null, null, null, 100))).containsExactly(kept);
    }

    @Test
    void keepsEventsUntilPublishedAndDropsThoseOfARolledBackUnitOfWork() {
        DomainEvent kept = new AccountOpened(newId(), tenant, NOW, AccountId.of(newId()), "1000", AccountType.ASSET);
        DomainEvent dropped = new AccountOpened(newId(), tenant, NOW, AccountId.of(newId()), "2000", AccountType.LIABILITY);
        inTx(() -> adapters().eventOutbox().add(List.of(kept)));
        try {
            inTx(() -> {
                adapters().eventOutbox().add(List.of(dropped));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        List<DomainEvent> pending = inTx(() -> adapters().eventOutbox().unpublished(1000));
        assertThat(pending).contains(kept).doesNotContain(dropped);

        adapters().eventOutbox().markPublished(List.of(kept.eventId()));
        assertThat(inTx(() -> adapters().eventOutbox().unpublished(1000))).doesNotContain(kept);
    }
}
