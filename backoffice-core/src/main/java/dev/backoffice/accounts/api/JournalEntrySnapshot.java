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
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A journal entry as the ledger shows it. Optional links and posting data are null when absent.
 *
 * @param id the id
 * @param accountingDate the date it counts on
 * @param description what it records
 * @param sourceReference optional reference to the source document, or null
 * @param status its status
 * @param lines its lines
 * @param reversalOf the entry it reverses, or null
 * @param reversedBy the entry that reversed it, or null
 * @param createdBy the id of the actor who created it
 * @param createdAt when it was created
 * @param postedBy the id of the actor who posted it, or null
 * @param postedAt when it was posted, or null
 */
public record JournalEntrySnapshot(JournalEntryId id, LocalDate accountingDate, String description,
                                   String sourceReference, EntryStatus status, List<Line> lines,
                                   JournalEntryId reversalOf, JournalEntryId reversedBy, String createdBy,
                                   Instant createdAt, String postedBy, Instant postedAt) {

    /**
     * One line of the entry.
     *
     * @param functional its value in the tenant's functional currency with the rate, its date and
     *                   source; {@code null} for a draft and for a tenant without a functional currency
     * @param lineNo the line number, from 1
     * @param account the account
     * @param side debit or credit
     * @param amount the amount
     * @param memo optional text, or null
     * @param dimensions analytic dimensions, name to value
     */
    public record Line(int lineNo, AccountId account, Side side, Money amount, String memo,
                       Map<String, String> dimensions, FunctionalEquivalent functional) {
    }

    /**
     * The snapshot of a journal entry and its lines.
     *
     * @param entry the journal entry
     * @return its read-only view
     */
    public static JournalEntrySnapshot of(JournalEntry entry) {
        return new JournalEntrySnapshot(entry.id(), entry.accountingDate(), entry.description(),
                entry.sourceReferenceOrNull(), entry.status(), new Lines(entry.lines()), entry.reversalOfOrNull(),
                entry.reversedByOrNull(), entry.createdBy(), entry.createdAt(), entry.postedByOrNull(),
                entry.postedAtOrNull());
    }

    /**
     * The lines of a snapshot made from an entry: an unmodifiable view of the entry's immutable
     * lines that makes each {@link Line} when it is read, so that a posting whose caller reads only
     * the id (most do, and every entry of a batch) makes no line objects it throws away. Equal to,
     * and printed as, a list of the same lines.
     */
    private static final class Lines extends AbstractList<Line> implements RandomAccess {
        private final List<JournalLine> lines;

        private Lines(List<JournalLine> lines) {
            this.lines = lines;
        }

        @Override
        public Line get(int index) {
            return line(lines.get(index));
        }

        @Override
        public int size() {
            return lines.size();
        }
    }

    static Line line(JournalLine line) {
        return new Line(line.lineNo(), line.account(), line.side(), line.amount(), line.memo(), line.dimensions(),
                line.functional());
    }
}
