package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.EntryStatus;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A journal entry as the ledger shows it. Optional links and posting data are null when absent. */
public record JournalEntrySnapshot(JournalEntryId id, LocalDate accountingDate, String description,
                                   String sourceReference, EntryStatus status, List<Line> lines,
                                   JournalEntryId reversalOf, JournalEntryId reversedBy, String createdBy,
                                   Instant createdAt, String postedBy, Instant postedAt) {

    /**
     * One line of the entry.
     *
     * @param functional its value in the tenant's functional currency with the rate, its date and
     *                   source; {@code null} for a draft and for a tenant without a functional currency
     */
    public record Line(int lineNo, AccountId account, Side side, Money amount, String memo,
                       Map<String, String> dimensions, FunctionalEquivalent functional) {
    }

    /**
     * @param entry the journal entry
     * @return its read-only view
     */
    public static JournalEntrySnapshot of(JournalEntry entry) {
        List<JournalLine> entryLines = entry.lines();
        Line[] lines = new Line[entryLines.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = line(entryLines.get(i));
        }
        return new JournalEntrySnapshot(entry.id(), entry.accountingDate(), entry.description(),
                entry.sourceReference().orElse(null), entry.status(), List.of(lines), entry.reversalOf().orElse(null),
                entry.reversedBy().orElse(null), entry.createdBy(), entry.createdAt(),
                entry.postedBy().orElse(null), entry.postedAt().orElse(null));
    }

    static Line line(JournalLine line) {
        return new Line(line.lineNo(), line.account(), line.side(), line.amount(), line.memo(), line.dimensions(),
                line.functional());
    }
}
