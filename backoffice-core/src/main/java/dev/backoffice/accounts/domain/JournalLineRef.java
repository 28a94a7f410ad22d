package dev.backoffice.accounts.domain;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * Points at one line of a journal entry: the entry's id and the line's number in it (from 1).
 * Ordered by entry id, then line number: the one global order in which adapters lock lines.
 *
 * @param entry the journal entry
 * @param lineNo the line number, from 1
 * @serial exclude
 */
public record JournalLineRef(JournalEntryId entry, int lineNo) implements Serializable, Comparable<JournalLineRef> {

    private static final Comparator<JournalLineRef> ORDER = Comparator
            .comparing((JournalLineRef r) -> r.entry().value())
            .thenComparingInt(JournalLineRef::lineNo);

    /**
     * Requires the entry.
     *
     * @param entry the journal entry
     * @param lineNo the line number, from 1
     */
    public JournalLineRef {
        Objects.requireNonNull(entry, "entry");
    }

    /**
     * A reference to a line.
     *
     * @param entry  the journal entry
     * @param lineNo the line number, from 1
     * @return the reference
     */
    public static JournalLineRef of(JournalEntryId entry, int lineNo) {
        return new JournalLineRef(entry, lineNo);
    }

    @Override
    public int compareTo(JournalLineRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return entry + "#" + lineNo;
    }
}
