package dev.backoffice.common;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditChangeTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void its_records_are_one_per_subject_in_order_alike_but_for_their_ids() {
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());
        List<UUID> subjects = List.of(UUID.randomUUID(), UUID.randomUUID());

        AuditChange change = new AuditChange(ACME, "alice", NOW, "ledger.entry.post", "JournalEntry", "posted", ids, subjects);

        assertThat(change.size()).isEqualTo(2);
        assertThat(change.records()).containsExactly(
                new AuditRecord(ids.get(0), ACME, "alice", NOW, "ledger.entry.post", "JournalEntry", subjects.get(0), "posted"),
                new AuditRecord(ids.get(1), ACME, "alice", NOW, "ledger.entry.post", "JournalEntry", subjects.get(1), "posted"));
        assertThat(change.record(1)).isEqualTo(change.records().get(1));
    }

    @Test
    void a_missing_detail_is_empty_as_in_a_record() {
        AuditChange change = new AuditChange(ACME, "alice", NOW, "a", "T", null, List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID()));

        assertThat(change.detail()).isEmpty();
        assertThat(change.record(0).detail()).isEmpty();
    }

    @Test
    void every_shared_part_and_every_id_is_required() {
        List<UUID> one = List.of(UUID.randomUUID());
        assertThatThrownBy(() -> new AuditChange(null, "alice", NOW, "a", "T", "d", one, one))
                .isInstanceOf(NullPointerException.class).hasMessage("tenant");
        assertThatThrownBy(() -> new AuditChange(ACME, null, NOW, "a", "T", "d", one, one))
                .isInstanceOf(NullPointerException.class).hasMessage("actorId");
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", null, "a", "T", "d", one, one))
                .isInstanceOf(NullPointerException.class).hasMessage("at");
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", NOW, null, "T", "d", one, one))
                .isInstanceOf(NullPointerException.class).hasMessage("action");
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", NOW, "a", null, "d", one, one))
                .isInstanceOf(NullPointerException.class).hasMessage("subjectType");
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", NOW, "a", "T", "d", Arrays.asList((UUID) null), one))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", NOW, "a", "T", "d", one, Arrays.asList((UUID) null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void one_record_id_per_subject_is_required() {
        assertThatThrownBy(() -> new AuditChange(ACME, "alice", NOW, "a", "T", "d", List.of(UUID.randomUUID()),
                List.of(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 ids for 2 subjects");
    }

    @Test
    void the_ids_are_a_copy_the_caller_cannot_change_afterwards() {
        List<UUID> ids = new ArrayList<>(List.of(UUID.randomUUID()));
        List<UUID> subjects = new ArrayList<>(List.of(UUID.randomUUID()));
        AuditChange change = new AuditChange(ACME, "alice", NOW, "a", "T", "d", ids, subjects);
        UUID id = ids.get(0);

        ids.set(0, UUID.randomUUID());
        subjects.clear();

        assertThat(change.ids()).containsExactly(id);
        assertThat(change.subjectIds()).hasSize(1);
    }
}
