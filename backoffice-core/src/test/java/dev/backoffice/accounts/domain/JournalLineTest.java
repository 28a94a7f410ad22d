package dev.backoffice.accounts.domain;

import dev.backoffice.common.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.backoffice.accounts.domain.LedgerFixtures.EUR;
import static dev.backoffice.accounts.domain.LedgerFixtures.eur;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class JournalLineTest {

    private final AccountId account = newAccountId();

    private JournalLine lineWith(Map<String, String> dimensions) {
        return new JournalLine(1, account, Side.DEBIT, eur("10.00"), null, dimensions);
    }

    @Test
    void a_zero_amount_is_refused() {
        assertRefused("ledger.line.amount_not_positive",
                () -> new JournalLine(1, account, Side.DEBIT, Money.zero(EUR), null, null));
    }

    @Test
    void a_negative_amount_is_refused() {
        assertRefused("ledger.line.amount_not_positive",
                () -> new JournalLine(1, account, Side.CREDIT, eur("-0.01"), null, null));
    }

    @Test
    void the_smallest_positive_amount_is_accepted() {
        assertThat(new JournalLine(1, account, Side.CREDIT, eur("0.01"), null, null).amount()).isEqualTo(eur("0.01"));
    }

    @Test
    void missing_account_side_or_amount_are_programming_errors() {
        assertThatNullPointerException().isThrownBy(() -> new JournalLine(1, null, Side.DEBIT, eur("1"), null, null));
        assertThatNullPointerException().isThrownBy(() -> new JournalLine(1, account, null, eur("1"), null, null));
        assertThatNullPointerException().isThrownBy(() -> new JournalLine(1, account, Side.DEBIT, null, null, null));
    }

    @Test
    void a_blank_memo_is_no_memo_and_a_memo_is_trimmed() {
        assertThat(new JournalLine(1, account, Side.DEBIT, eur("1"), "   ", null).memo()).isNull();
        assertThat(new JournalLine(1, account, Side.DEBIT, eur("1"), " rent May ", null).memo()).isEqualTo("rent May");
    }

    @Test
    void no_dimensions_is_an_empty_map() {
        assertThat(lineWith(null).dimensions()).isEmpty();
        assertThat(lineWith(Map.of()).dimensions()).isEmpty();
    }

    @Test
    void dimensions_are_kept_sorted_trimmed_and_unmodifiable() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("project", " apollo ");
        given.put("cost_centre", "cc-42");
        given.put("dept.sub-unit", "sales");

        JournalLine line = lineWith(given);

        assertThat(line.dimensions()).containsExactly(
                Map.entry("cost_centre", "cc-42"), Map.entry("dept.sub-unit", "sales"), Map.entry("project", "apollo"));
        assertThat(line.dimensions()).isUnmodifiable();
    }

    @Test
    void dimensions_are_a_copy_of_the_map_given() {
        Map<String, String> given = new HashMap<>(Map.of("project", "apollo"));
        JournalLine line = lineWith(given);

        given.put("project", "gemini");
        given.put("dept", "sales");

        assertThat(line.dimensions()).containsExactly(Map.entry("project", "apollo"));
    }

    @ParameterizedTest(name = "dimension name \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {"Dept", "DEPT", "1dept", "_dept", "-dept", "dept name", "dept/unit", "dépt", " dept",
            "abcdefghijklmnopqrstuvwxyzabcdefg"})
    void invalid_dimension_names_are_refused(String name) {
        Map<String, String> dimensions = new HashMap<>();
        dimensions.put(name, "value");

        assertRefused("ledger.line.invalid_dimension", () -> lineWith(dimensions));
    }

    @Test
    void a_dimension_name_of_32_characters_is_accepted() {
        String name = "a".repeat(32);

        assertThat(lineWith(Map.of(name, "x")).dimensions()).containsKey(name);
    }

    @ParameterizedTest(name = "dimension value \"{0}\" is refused")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void blank_dimension_values_are_refused(String value) {
        Map<String, String> dimensions = new HashMap<>();
        dimensions.put("dept", value);

        assertRefused("ledger.line.invalid_dimension", () -> lineWith(dimensions));
    }

    @Test
    void dimension_values_longer_than_64_characters_are_refused() {
        assertThat(lineWith(Map.of("dept", "v".repeat(64))).dimensions()).containsEntry("dept", "v".repeat(64));
        assertRefused("ledger.line.invalid_dimension", () -> lineWith(Map.of("dept", "v".repeat(65))));
    }

    @Test
    void more_than_16_dimensions_are_refused() {
        Map<String, String> sixteen = new HashMap<>();
        for (int i = 0; i < 16; i++) {
            sixteen.put("d" + i, "v");
        }
        assertThat(lineWith(sixteen).dimensions()).hasSize(16);

        Map<String, String> seventeen = new HashMap<>(sixteen);
        seventeen.put("d16", "v");
        assertRefused("ledger.line.invalid_dimension", () -> lineWith(seventeen));
    }

    @Test
    void the_signed_amount_is_positive_for_a_debit_and_negative_for_a_credit() {
        assertThat(new JournalLine(1, account, Side.DEBIT, eur("5.00"), null, null).signedAmount()).isEqualTo(eur("5.00"));
        assertThat(new JournalLine(1, account, Side.CREDIT, eur("5.00"), null, null).signedAmount()).isEqualTo(eur("-5.00"));
    }

    @Test
    void reversed_puts_the_same_line_on_the_other_side() {
        JournalLine line = new JournalLine(3, account, Side.DEBIT, eur("12.34"), "memo", Map.of("dept", "sales"));

        JournalLine reversed = line.reversed();

        assertThat(reversed.side()).isEqualTo(Side.CREDIT);
        assertThat(reversed.lineNo()).isEqualTo(3);
        assertThat(reversed.account()).isEqualTo(account);
        assertThat(reversed.amount()).isEqualTo(eur("12.34"));
        assertThat(reversed.memo()).isEqualTo("memo");
        assertThat(reversed.dimensions()).isEqualTo(Map.of("dept", "sales"));
        assertThat(reversed.signedAmount()).isEqualTo(line.signedAmount().negate());
        assertThat(reversed.reversed()).isEqualTo(line);
    }
}
