package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.JournalLineRef;
import dev.backoffice.accounts.domain.ReconciledLine;
import dev.backoffice.accounts.domain.Reconciliation;
import dev.backoffice.accounts.domain.ReconciliationId;
import dev.backoffice.accounts.domain.ReconciliationStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A reconciliation as the back office shows it: its matched lines (by date, then entry, then line
 * number), who made it and when, and, once undone, who undid it and when (null while active).
 *
 * @param id the id
 * @param account the account
 * @param status its status
 * @param lines its lines
 * @param reconciledBy the id of the actor who matched them
 * @param reconciledAt when the lines were matched
 * @param undoneBy the id of the actor who undid it, or null
 * @param undoneAt when it was undone, or null
 */
public record ReconciliationSnapshot(ReconciliationId id, AccountId account, ReconciliationStatus status,
                                     List<Line> lines, String reconciledBy, Instant reconciledAt, String undoneBy,
                                     Instant undoneAt) {

    /**
     * One matched line with the date, side and amount it was posted with.
     *
     * @param line the line reference
     * @param accountingDate the date it counts on
     * @param side debit or credit
     * @param amount the amount
     */
    public record Line(JournalLineRef line, LocalDate accountingDate, Side side, Money amount) {
    }

    /**
     * The snapshot of a reconciliation and its lines.
     *
     * @param reconciliation the reconciliation
     * @return its read-only view
     */
    public static ReconciliationSnapshot of(Reconciliation reconciliation) {
        return new ReconciliationSnapshot(reconciliation.id(), reconciliation.account(), reconciliation.status(),
                reconciliation.lines().stream().map(ReconciliationSnapshot::line).toList(),
                reconciliation.reconciledBy(), reconciliation.reconciledAt(),
                reconciliation.undoneBy().orElse(null), reconciliation.undoneAt().orElse(null));
    }

    private static Line line(ReconciledLine line) {
        return new Line(line.ref(), line.accountingDate(), line.side(), line.amount());
    }

    /**
     * The references of the matched lines.
     *
     * @return the line references
     */
    public List<JournalLineRef> refs() {
        return lines.stream().map(Line::line).toList();
    }
}
