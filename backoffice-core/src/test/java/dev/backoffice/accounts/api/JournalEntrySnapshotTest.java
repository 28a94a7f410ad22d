package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalEntrySnapshotTest {

    private static final AccountId CASH = AccountId.of(UUID.randomUUID());
    private static final AccountId SALES = AccountId.of(UUID.randomUUID());

    /** The lines of a snapshot made from an entry are a view made when read: they behave as a list of the same lines. */
    @Test
    void theLinesOfAnEntrysSnapshotAreAnUnmodifiableListOfItsLines() {
        JournalEntry entry = JournalEntry.draft(JournalEntryId.of(UUID.randomUUID()), TenantId.of("acme"),
                LocalDate.of(2026, 5, 4), "Sale", null, List.of(
                        new JournalLine(1, CASH, Side.DEBIT, Money.of("12.50", "EUR"), "till", Map.of("shop", "north"), null),
                        new JournalLine(2, SALES, Side.CREDIT, Money.of("12.50", "EUR"), null, Map.of(), null)),
                "clerk", Instant.parse("2026-05-04T09:00:00Z"));

        JournalEntrySnapshot snapshot = JournalEntrySnapshot.of(entry);
        List<JournalEntrySnapshot.Line> expected = List.of(
                new JournalEntrySnapshot.Line(1, CASH, Side.DEBIT, Money.of("12.50", "EUR"), "till", Map.of("shop", "north"), null),
                new JournalEntrySnapshot.Line(2, SALES, Side.CREDIT, Money.of("12.50", "EUR"), null, Map.of(), null));

        assertThat(snapshot.lines()).isEqualTo(expected).hasSameHashCodeAs(expected).hasToString(expected.toString());
        assertThat(expected).isEqualTo(snapshot.lines());
        assertThat(snapshot.lines().get(1)).isEqualTo(expected.get(1));
        assertThat(snapshot).isEqualTo(JournalEntrySnapshot.of(entry)).hasSameHashCodeAs(JournalEntrySnapshot.of(entry));
        assertThatThrownBy(() -> snapshot.lines().add(expected.get(0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lines().set(0, expected.get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lines().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lines().get(2)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(List.copyOf(snapshot.lines())).isEqualTo(expected);
    }
}
