package dev.backoffice.accounts.domain;

import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.NOW;
import static dev.backoffice.accounts.domain.LedgerFixtures.credit;
import static dev.backoffice.accounts.domain.LedgerFixtures.debit;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.eventIds;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.accounts.domain.LedgerFixtures.newEntryId;
import static dev.backoffice.accounts.domain.LedgerFixtures.usd;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalEntryTest {

    private static final LocalDate DATE = LocalDate.of(2026, 5, 4);
    private static final Instant LATER = NOW.plusSeconds(3600);

    private final AccountId cash = newAccountId();
    private final AccountId sales = newAccountId();
    private final AccountId vat = newAccountId();
    private final AccountId dollarCash = newAccountId();
    private final AccountId dollarSales = newAccountId();

    private List<JournalLine> sale() {
        return List.of(
                debit(1, cash, eur("119.00")),
                credit(2, sales, eur("100.00")),
                credit(3, vat, eur("19.00")));
    }

    private JournalEntry draft(List<JournalLine> lines) {
        return JournalEntry.draft(newEntryId(), ACME, DATE, "Sale of widgets", "INV-1", lines, "alice", NOW);
    }

    private JournalEntry posted() {
        JournalEntry entry = draft(sale());
        entry.post("bob", NOW, eventIds());
        entry.pullEvents();
        return entry;
    }

    @Nested
    class Drafting {

        @Test
        void a_draft_holds_its_content_and_is_not_posted() {
            JournalEntryId id = newEntryId();

            JournalEntry entry = JournalEntry.draft(id, ACME, DATE, "  Sale of widgets ", " INV-1 ", sale(), "alice", NOW);

            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.tenant()).isEqualTo(ACME);
            assertThat(entry.accountingDate()).isEqualTo(DATE);
            assertThat(entry.description()).isEqualTo("Sale of widgets");
            assertThat(entry.sourceReference()).contains("INV-1");
            assertThat(entry.lines()).isEqualTo(sale());
            assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(entry.isPosted()).isFalse();
            assertThat(entry.createdBy()).isEqualTo("alice");
            assertThat(entry.createdAt()).isEqualTo(NOW);
            assertThat(entry.postedBy()).isEmpty();
            assertThat(entry.postedAt()).isEmpty();
            assertThat(entry.reversalOf()).isEmpty();
            assertThat(entry.reversedBy()).isEmpty();
            assertThat(entry.pullEvents()).isEmpty();
        }

        @Test
        void a_blank_source_reference_is_none() {
            JournalEntry entry = JournalEntry.draft(newEntryId(), ACME, DATE, "x", "  ", sale(), "alice", NOW);

            assertThat(entry.sourceReference()).isEmpty();
        }

        @Test
        void fewer_than_two_lines_are_refused() {
            assertRefused("ledger.entry.too_few_lines", () -> draft(List.of()));
            assertRefused("ledger.entry.too_few_lines", () -> draft(List.of(debit(1, cash, eur("1.00")))));
            assertRefused("ledger.entry.too_few_lines", () -> draft(null));
        }

        @Test
        void an_unbalanced_draft_may_be_saved() {
            assertThatCode(() -> draft(List.of(debit(1, cash, eur("1.00")), credit(2, sales, eur("2.00")))))
                    .doesNotThrowAnyException();
        }

        @Test
        void the_lines_are_a_copy_that_cannot_be_changed() {
            List<JournalLine> lines = new ArrayList<>(sale());
            JournalEntry entry = draft(lines);

            lines.clear();

            assertThat(entry.lines()).hasSize(3);
            assertThatThrownBy(() -> entry.lines().add(debit(4, cash, eur("1.00"))))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void a_draft_can_be_revised() {
            JournalEntry entry = draft(sale());
            List<JournalLine> newLines = List.of(debit(1, cash, eur("50.00")), credit(2, sales, eur("50.00")));

            entry.revise(DATE.plusDays(1), " Corrected sale ", null, newLines);

            assertThat(entry.accountingDate()).isEqualTo(DATE.plusDays(1));
            assertThat(entry.description()).isEqualTo("Corrected sale");
            assertThat(entry.sourceReference()).isEmpty();
            assertThat(entry.lines()).isEqualTo(newLines);
            assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
        }

        @Test
        void a_revision_with_too_few_lines_is_refused_and_changes_nothing() {
            JournalEntry entry = draft(sale());

            assertRefused("ledger.entry.too_few_lines",
                    () -> entry.revise(DATE.plusDays(1), "other", "REF", List.of(debit(1, cash, eur("1.00")))));

            assertThat(entry.accountingDate()).isEqualTo(DATE);
            assertThat(entry.description()).isEqualTo("Sale of widgets");
            assertThat(entry.lines()).isEqualTo(sale());
        }
    }

    @Nested
    class Valuing {

        @Test
        void valued_lines_replace_the_lines_and_keep_everything_else() {
            JournalEntry entry = draft(sale());
            List<JournalLine> valued = entry.lines().stream()
                    .map(line -> line.withFunctional(FunctionalEquivalent.ofFunctional(line.amount(), DATE))).toList();

            entry.valueLines(valued);

            assertThat(entry.lines()).isEqualTo(valued);
            entry.valueLines(entry.lines()); // nothing to value: unchanged
            assertThat(entry.lines()).isEqualTo(valued);
        }

        @Test
        void a_valuation_that_drops_or_changes_a_line_is_refused_and_changes_nothing() {
            JournalEntry entry = draft(sale());
            List<JournalLine> lines = entry.lines();

            assertThatThrownBy(() -> entry.valueLines(lines.subList(0, 2))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> entry.valueLines(List.of(lines.get(0), lines.get(1), credit(3, vat, eur("19.01")))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
            assertThatThrownBy(() -> entry.valueLines(List.of(lines.get(0), lines.get(1), credit(3, sales, eur("19.00")))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> entry.valueLines(List.of(lines.get(0), lines.get(1), debit(3, vat, eur("19.00")))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(entry.lines()).isEqualTo(sale());
        }

        @Test
        void a_posted_entry_is_not_valued_again() {
            JournalEntry entry = posted();

            assertRefused("ledger.entry.not_draft", () -> entry.valueLines(entry.lines()));
        }
    }

    @Nested
    class Posting {

        @Test
        void posts_a_balanced_draft() {
            JournalEntry entry = draft(sale());

            entry.post("bob", LATER, eventIds());

            assertThat(entry.status()).isEqualTo(EntryStatus.POSTED);
            assertThat(entry.isPosted()).isTrue();
            assertThat(entry.postedBy()).contains("bob");
            assertThat(entry.postedAt()).contains(LATER);
        }

        @Test
        void posting_records_one_journal_entry_posted_event() {
            JournalEntry entry = draft(sale());
            UUID eventId = UUID.randomUUID();

            entry.post("bob", LATER, () -> eventId);

            List<DomainEvent> events = entry.pullEvents();
            assertThat(events).singleElement().isInstanceOfSatisfying(JournalEntryPosted.class, posted -> {
                assertThat(posted.eventId()).isEqualTo(eventId);
                assertThat(posted.tenant()).isEqualTo(ACME);
                assertThat(posted.occurredAt()).isEqualTo(LATER);
                assertThat(posted.entryId()).isEqualTo(entry.id());
                assertThat(posted.accountingDate()).isEqualTo(DATE);
                assertThat(posted.reversalOf()).isNull();
                assertThat(posted.lineCount()).isEqualTo(3);
                assertThat(posted.eventType()).isEqualTo("JournalEntryPosted");
            });
        }

        @Test
        void pulled_events_are_forgotten() {
            JournalEntry entry = draft(sale());
            entry.post("bob", LATER, eventIds());

            assertThat(entry.pullEvents()).hasSize(1);
            assertThat(entry.pullEvents()).isEmpty();
        }

        @Test
        void an_unbalanced_entry_is_refused_and_stays_a_draft() {
            JournalEntry entry = draft(List.of(debit(1, cash, eur("119.00")), credit(2, sales, eur("100.00"))));

            var refusal = assertRefused("ledger.entry.unbalanced", () -> entry.post("bob", LATER, eventIds()));

            assertThat(refusal.getMessage()).contains("19.00");
            assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(entry.postedBy()).isEmpty();
            assertThat(entry.pullEvents()).isEmpty();
        }

        @Test
        void an_entry_off_by_one_cent_is_refused() {
            JournalEntry entry = draft(List.of(debit(1, cash, eur("100.00")), credit(2, sales, eur("99.99"))));

            assertRefused("ledger.entry.unbalanced", () -> entry.post("bob", LATER, eventIds()));
        }

        @Test
        void an_entry_balanced_in_every_currency_is_posted() {
            JournalEntry entry = draft(List.of(
                    debit(1, cash, eur("100.00")),
                    debit(2, dollarCash, usd("50.00")),
                    credit(3, sales, eur("100.00")),
                    credit(4, dollarSales, usd("50.00"))));

            entry.post("bob", LATER, eventIds());

            assertThat(entry.status()).isEqualTo(EntryStatus.POSTED);
        }

        @Test
        void equal_totals_in_two_currencies_do_not_balance_each_other() {
            JournalEntry entry = draft(List.of(debit(1, cash, eur("100.00")), credit(2, dollarSales, usd("100.00"))));

            assertRefused("ledger.entry.unbalanced", () -> entry.post("bob", LATER, eventIds()));
            assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
        }

        @Test
        void one_unbalanced_currency_refuses_the_whole_entry() {
            JournalEntry entry = draft(List.of(
                    debit(1, cash, eur("100.00")),
                    credit(2, sales, eur("100.00")),
                    debit(3, dollarCash, usd("50.00")),
                    credit(4, dollarSales, usd("49.00"))));

            var refusal = assertRefused("ledger.entry.unbalanced", () -> entry.post("bob", LATER, eventIds()));

            assertThat(refusal.getMessage()).contains("USD");
        }

        @Test
        void posting_twice_is_refused() {
            JournalEntry entry = posted();

            assertRefused("ledger.entry.not_draft", () -> entry.post("carol", LATER, eventIds()));
            assertThat(entry.postedBy()).contains("bob");
            assertThat(entry.pullEvents()).isEmpty();
        }

        @Test
        void a_posted_entry_cannot_be_revised() {
            JournalEntry entry = posted();
            List<JournalLine> newLines = List.of(debit(1, cash, eur("1.00")), credit(2, sales, eur("1.00")));

            assertRefused("ledger.entry.not_draft", () -> entry.revise(DATE, "changed", null, newLines));

            assertThat(entry.lines()).isEqualTo(sale());
            assertThat(entry.description()).isEqualTo("Sale of widgets");
        }
    }

    @Nested
    class Reversing {

        private static final LocalDate REVERSAL_DATE = LocalDate.of(2026, 6, 1);

        @Test
        void a_reversal_swaps_every_line_and_is_posted() {
            JournalEntry original = posted();
            JournalEntryId reversalId = newEntryId();

            JournalEntry reversal = original.reverse(reversalId, REVERSAL_DATE, "Wrong customer", "carol", LATER, eventIds());

            assertThat(reversal.id()).isEqualTo(reversalId);
            assertThat(reversal.tenant()).isEqualTo(ACME);
            assertThat(reversal.accountingDate()).isEqualTo(REVERSAL_DATE);
            assertThat(reversal.description()).isEqualTo("Wrong customer");
            assertThat(reversal.status()).isEqualTo(EntryStatus.POSTED);
            assertThat(reversal.postedBy()).contains("carol");
            assertThat(reversal.postedAt()).contains(LATER);
            assertThat(reversal.lines()).hasSameSizeAs(original.lines());
            for (int i = 0; i < original.lines().size(); i++) {
                JournalLine line = original.lines().get(i);
                JournalLine swapped = reversal.lines().get(i);
                assertThat(swapped.account()).isEqualTo(line.account());
                assertThat(swapped.amount()).isEqualTo(line.amount());
                assertThat(swapped.side()).isEqualTo(line.side().opposite());
            }
        }

        @Test
        void original_and_reversal_are_linked_both_ways() {
            JournalEntry original = posted();

            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            assertThat(reversal.reversalOf()).contains(original.id());
            assertThat(original.reversedBy()).contains(reversal.id());
            assertThat(original.status()).isEqualTo(EntryStatus.REVERSED);
            assertThat(original.isPosted()).isTrue();
            assertThat(reversal.reversedBy()).isEmpty();
        }

        @Test
        void the_null_reading_accessors_answer_as_the_optional_ones_in_every_state() {
            JournalEntry draft = JournalEntry.draft(newEntryId(), ACME, DATE, "x", null, sale(), "alice", NOW);
            JournalEntry original = posted();
            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            for (JournalEntry entry : List.of(draft, original, reversal)) {
                assertThat(entry.sourceReferenceOrNull()).isEqualTo(entry.sourceReference().orElse(null));
                assertThat(entry.reversalOfOrNull()).isEqualTo(entry.reversalOf().orElse(null));
                assertThat(entry.reversedByOrNull()).isEqualTo(entry.reversedBy().orElse(null));
                assertThat(entry.postedByOrNull()).isEqualTo(entry.postedBy().orElse(null));
                assertThat(entry.postedAtOrNull()).isEqualTo(entry.postedAt().orElse(null));
            }
            assertThat(draft.postedAtOrNull()).isNull();
            assertThat(original.sourceReferenceOrNull()).isEqualTo("INV-1");
            assertThat(original.reversedByOrNull()).isEqualTo(reversal.id());
            assertThat(reversal.reversalOfOrNull()).isEqualTo(original.id());
            assertThat(reversal.postedByOrNull()).isEqualTo("carol");
        }

        @Test
        void without_a_reason_the_reversal_names_the_original() {
            JournalEntry original = posted();

            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, "  ", "carol", LATER, eventIds());

            assertThat(reversal.description()).isEqualTo("Reversal of Sale of widgets");
        }

        @Test
        void reversing_records_events_on_both_entries() {
            JournalEntry original = posted();

            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            assertThat(original.pullEvents()).singleElement().isInstanceOfSatisfying(JournalEntryReversed.class, e -> {
                assertThat(e.entryId()).isEqualTo(original.id());
                assertThat(e.reversalId()).isEqualTo(reversal.id());
                assertThat(e.reversalDate()).isEqualTo(REVERSAL_DATE);
                assertThat(e.tenant()).isEqualTo(ACME);
                assertThat(e.occurredAt()).isEqualTo(LATER);
            });
            assertThat(reversal.pullEvents()).singleElement().isInstanceOfSatisfying(JournalEntryPosted.class, e -> {
                assertThat(e.entryId()).isEqualTo(reversal.id());
                assertThat(e.reversalOf()).isEqualTo(original.id());
                assertThat(e.accountingDate()).isEqualTo(REVERSAL_DATE);
            });
        }

        @Test
        void events_of_posting_and_reversing_have_distinct_ids() {
            JournalEntry original = draft(sale());
            original.post("bob", NOW, eventIds());

            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            List<DomainEvent> all = new ArrayList<>(original.pullEvents());
            all.addAll(reversal.pullEvents());
            assertThat(all).extracting(DomainEvent::eventType)
                    .containsExactlyInAnyOrder("JournalEntryPosted", "JournalEntryReversed", "JournalEntryPosted");
            assertThat(all).extracting(DomainEvent::eventId).doesNotHaveDuplicates();
        }

        /**
         * The posting's event is made when the events are pulled (an entry whose events nobody pulls
         * makes none), with the posting's values, and before any event recorded after the posting.
         */
        @Test
        void the_posting_event_is_made_when_pulled_and_comes_before_later_events() {
            JournalEntry original = draft(sale());
            List<String> idsAskedFor = new ArrayList<>();
            original.post("bob", NOW, () -> {
                idsAskedFor.add("posted");
                return UUID.randomUUID();
            });
            assertThat(idsAskedFor).isEmpty();

            original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            assertThat(idsAskedFor).containsExactly("posted"); // made before the reversal's event, in order
            assertThat(original.pullEvents()).extracting(DomainEvent::eventType)
                    .containsExactly("JournalEntryPosted", "JournalEntryReversed");
            assertThat(idsAskedFor).containsExactly("posted");
            assertThat(original.pullEvents()).isEmpty();
        }

        @Test
        void a_second_reversal_is_refused() {
            JournalEntry original = posted();
            JournalEntry first = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());
            original.pullEvents();

            assertRefused("ledger.entry.already_reversed",
                    () -> original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds()));

            assertThat(original.reversedBy()).contains(first.id());
            assertThat(original.pullEvents()).isEmpty();
        }

        @Test
        void a_draft_cannot_be_reversed() {
            JournalEntry entry = draft(sale());

            assertRefused("ledger.entry.not_posted",
                    () -> entry.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds()));

            assertThat(entry.status()).isEqualTo(EntryStatus.DRAFT);
            assertThat(entry.reversedBy()).isEmpty();
        }

        @Test
        void a_reversed_entry_cannot_be_revised_or_posted() {
            JournalEntry original = posted();
            original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            assertRefused("ledger.entry.not_draft", () -> original.post("bob", LATER, eventIds()));
            assertRefused("ledger.entry.not_draft", () -> original.revise(DATE, "x", null, sale()));
        }

        @Test
        void the_reversal_itself_balances_and_nets_the_original_to_zero() {
            JournalEntry original = posted();

            JournalEntry reversal = original.reverse(newEntryId(), REVERSAL_DATE, null, "carol", LATER, eventIds());

            List<JournalLine> both = new ArrayList<>(original.lines());
            both.addAll(reversal.lines());
            for (AccountId account : List.of(cash, sales, vat)) {
                assertThat(both.stream().filter(l -> l.account().equals(account))
                        .map(JournalLine::signedAmount)
                        .reduce(eur("0"), Money::plus).isZero())
                        .as("net of account %s", account).isTrue();
            }
        }
    }

    @Test
    void restores_stored_state_as_given() {
        JournalEntryId id = newEntryId();
        JournalEntryId reversedBy = newEntryId();

        JournalEntry restored = JournalEntry.restore(id, ACME, DATE, "Sale", null, sale(), EntryStatus.REVERSED, null,
                reversedBy, "alice", NOW, "bob", LATER, 3);

        assertThat(restored.status()).isEqualTo(EntryStatus.REVERSED);
        assertThat(restored.reversedBy()).contains(reversedBy);
        assertThat(restored.postedBy()).contains("bob");
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.pullEvents()).isEmpty();
    }
}
