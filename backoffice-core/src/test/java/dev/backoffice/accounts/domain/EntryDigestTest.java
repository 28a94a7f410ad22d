package dev.backoffice.accounts.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.GLOBEX;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntryDigestTest {

    private static final JournalEntryId ID = JournalEntryId.of("0190f3a2-0000-7000-8000-000000000001");
    private static final JournalEntryId ORIGINAL = JournalEntryId.of("0190f3a2-0000-7000-8000-000000000002");
    private static final AccountId CASH = AccountId.of(UUID.fromString("0190f3a2-0000-7000-8000-00000000000a"));
    private static final AccountId SALES = AccountId.of(UUID.fromString("0190f3a2-0000-7000-8000-00000000000b"));
    private static final Instant POSTED_AT = Instant.parse("2026-05-04T09:00:00.123456789Z");

    /** Every field of a posted entry, each of which a test changes one at a time. */
    private record Content(JournalEntryId id, dev.backoffice.common.TenantId tenant, LocalDate date, String description,
                           String sourceReference, JournalEntryId reversalOf, String postedBy, Instant postedAt,
                           List<JournalLine> lines) {

        JournalEntry entry(EntryStatus status, JournalEntryId reversedBy, long version) {
            return JournalEntry.restore(id, tenant, date, description, sourceReference, lines, status, reversalOf,
                    reversedBy, "creator", Instant.parse("2026-05-01T00:00:00Z"), postedBy, postedAt, version);
        }

        JournalEntry entry() {
            return entry(EntryStatus.POSTED, null, 3);
        }
    }

    private static Content content() {
        Map<String, String> dimensions = new LinkedHashMap<>();
        dimensions.put("project", "apollo");
        dimensions.put("department", "sales");
        return new Content(ID, ACME, LocalDate.of(2026, 5, 4), "Cash sale", "INV-17", ORIGINAL, "alice", POSTED_AT,
                List.of(new JournalLine(1, CASH, Side.DEBIT, eur("100.00"), "till 3", dimensions),
                        new JournalLine(2, SALES, Side.CREDIT, eur("100.00"), null, Map.of())));
    }

    private static String hash(Content content) {
        return EntryDigest.entryHash(content.entry());
    }

    @Test
    void theCanonicalFormIsVersionedLengthPrefixedAndInMicroseconds() {
        assertThat(EntryDigest.canonicalText(content().entry())).isEqualTo("""
                backoffice.journal-entry/1
                id:36:0190f3a2-0000-7000-8000-000000000001
                tenant:4:acme
                accounting_date:10:2026-05-04
                description:9:Cash sale
                source_reference:6:INV-17
                reversal_of:36:0190f3a2-0000-7000-8000-000000000002
                posted_by:5:alice
                posted_at:27:2026-05-04T09:00:00.123456Z
                lines:1:2
                line.no:1:1
                line.account:36:0190f3a2-0000-7000-8000-00000000000a
                line.side:5:DEBIT
                line.amount_minor:5:10000
                line.currency:3:EUR
                line.memo:6:till 3
                line.dimensions:1:2
                line.dimension.name:10:department
                line.dimension.value:5:sales
                line.dimension.name:7:project
                line.dimension.value:6:apollo
                line.no:1:2
                line.account:36:0190f3a2-0000-7000-8000-00000000000b
                line.side:6:CREDIT
                line.amount_minor:5:10000
                line.currency:3:EUR
                line.memo=~
                line.dimensions:1:0
                """);
    }

    @Test
    void isStable() {
        String first = hash(content());
        assertThat(hash(content())).isEqualTo(first);
        assertThat(first).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(EntryDigest.isDigest(first)).isTrue();
        // the SHA-256 of the text above (checked with sha256sum): changing version 1 would break every stored seal
        assertThat(first).isEqualTo("5b3492111623910db13827186d52aadafbefcda1b29d2929e89791263fef69ae");
    }

    @Test
    void ignoresWhatAReversalOrTheStoreChanges() {
        String posted = hash(content());
        assertThat(EntryDigest.entryHash(content().entry(EntryStatus.REVERSED, JournalEntryId.of(UUID.randomUUID()), 9)))
                .as("status, reversed-by link and version are not content").isEqualTo(posted);
    }

    @Test
    void truncatesThePostingTimeToMicroseconds() {
        Content c = content();
        Content micros = new Content(c.id(), c.tenant(), c.date(), c.description(), c.sourceReference(), c.reversalOf(),
                c.postedBy(), Instant.parse("2026-05-04T09:00:00.123456Z"), c.lines());
        assertThat(hash(micros)).isEqualTo(hash(c));
    }

    @Test
    void dimensionOrderDoesNotMatter() {
        Content c = content();
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("department", "sales");
        reordered.put("project", "apollo");
        JournalLine first = c.lines().get(0);
        Content other = withLines(c, List.of(new JournalLine(1, CASH, Side.DEBIT, first.amount(), first.memo(), reordered),
                c.lines().get(1)));
        assertThat(hash(other)).isEqualTo(hash(c));
    }

    @Test
    void isSensitiveToEveryField() {
        String original = hash(content());
        List<UnaryOperator<Content>> changes = List.of(
                c -> new Content(JournalEntryId.of(UUID.randomUUID()), c.tenant(), c.date(), c.description(), c.sourceReference(), c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), GLOBEX, c.date(), c.description(), c.sourceReference(), c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date().plusDays(1), c.description(), c.sourceReference(), c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), "Cash sale.", c.sourceReference(), c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), c.description(), "INV-18", c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), c.description(), null, c.reversalOf(), c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), c.description(), c.sourceReference(), null, c.postedBy(), c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), c.description(), c.sourceReference(), c.reversalOf(), "bob", c.postedAt(), c.lines()),
                c -> new Content(c.id(), c.tenant(), c.date(), c.description(), c.sourceReference(), c.reversalOf(), c.postedBy(), c.postedAt().plusNanos(1_000), c.lines()),
                c -> withLine(c, 0, l -> new JournalLine(1, SALES, l.side(), l.amount(), l.memo(), l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), Side.CREDIT, l.amount(), l.memo(), l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), eur("100.01"), l.memo(), l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), usd("100.00"), l.memo(), l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), l.amount(), "till 4", l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), l.amount(), null, l.dimensions())),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), l.amount(), l.memo(), Map.of("project", "apollo"))),
                c -> withLine(c, 0, l -> new JournalLine(1, l.account(), l.side(), l.amount(), l.memo(), Map.of("project", "gemini", "department", "sales"))),
                c -> withLine(c, 1, l -> new JournalLine(3, l.account(), l.side(), l.amount(), l.memo(), l.dimensions())),
                c -> withLines(c, List.of(c.lines().get(0), c.lines().get(1),
                        new JournalLine(3, CASH, Side.DEBIT, eur("0.01"), null, Map.of()))));
        for (int i = 0; i < changes.size(); i++) {
            assertThat(hash(changes.get(i).apply(content()))).as("change %d", i).isNotEqualTo(original);
        }
    }

    @Test
    void textsCannotShiftBetweenFields() {
        Content c = content();
        Content a = new Content(c.id(), c.tenant(), c.date(), "a\nsource_reference:1:b", null, c.reversalOf(), c.postedBy(), c.postedAt(), c.lines());
        Content b = new Content(c.id(), c.tenant(), c.date(), "a", "b", c.reversalOf(), c.postedBy(), c.postedAt(), c.lines());
        assertThat(hash(a)).isNotEqualTo(hash(b));
    }

    @Test
    void draftsHaveNoCanonicalForm() {
        JournalEntry draft = content().entry(EntryStatus.DRAFT, null, 0);
        assertThatThrownBy(() -> EntryDigest.entryHash(draft)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void chainHashesLinkInOrder() {
        String e1 = hash(content());
        Content c = content();
        String e2 = hash(new Content(c.id(), c.tenant(), c.date(), "Second", c.sourceReference(), c.reversalOf(),
                c.postedBy(), c.postedAt(), c.lines()));
        String c1 = EntryDigest.chainHash(EntryDigest.GENESIS, e1);
        String c2 = EntryDigest.chainHash(c1, e2);
        assertThat(c1).isNotEqualTo(e1).matches("[0-9a-f]{64}");
        assertThat(c2).isNotEqualTo(EntryDigest.chainHash(EntryDigest.GENESIS, e2));
        assertThat(EntryDigest.chainHash(c1, e2)).isEqualTo(c2);
        assertThatThrownBy(() -> EntryDigest.chainHash("xyz", e1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Content withLine(Content c, int index, UnaryOperator<JournalLine> change) {
        List<JournalLine> lines = new java.util.ArrayList<>(c.lines());
        lines.set(index, change.apply(lines.get(index)));
        return withLines(c, lines);
    }

    private static Content withLines(Content c, List<JournalLine> lines) {
        return new Content(c.id(), c.tenant(), c.date(), c.description(), c.sourceReference(), c.reversalOf(), c.postedBy(),
                c.postedAt(), lines);
    }
}
