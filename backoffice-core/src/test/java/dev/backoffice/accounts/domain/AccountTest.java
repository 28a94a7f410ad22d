package dev.backoffice.accounts.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static dev.backoffice.accounts.domain.LedgerFixtures.ACME;
import static dev.backoffice.accounts.domain.LedgerFixtures.EUR;
import static dev.backoffice.accounts.domain.LedgerFixtures.GLOBEX;
import static dev.backoffice.accounts.domain.LedgerFixtures.NOW;
import static dev.backoffice.accounts.domain.LedgerFixtures.USD;
import static dev.backoffice.accounts.domain.LedgerFixtures.account;
import static dev.backoffice.accounts.domain.LedgerFixtures.newAccountId;
import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTest {

    private final Account assets = account("1000", AccountType.ASSET, EUR);

    @Test
    void opens_an_active_leaf_account_without_parent() {
        AccountId id = newAccountId();

        Account cash = Account.open(id, ACME, " 1010 ", " Cash ", AccountType.ASSET, EUR, null, NOW);

        assertThat(cash.id()).isEqualTo(id);
        assertThat(cash.tenant()).isEqualTo(ACME);
        assertThat(cash.code()).isEqualTo("1010");
        assertThat(cash.name()).isEqualTo("Cash");
        assertThat(cash.type()).isEqualTo(AccountType.ASSET);
        assertThat(cash.normalSide()).isEqualTo(Side.DEBIT);
        assertThat(cash.currency()).isEqualTo(EUR);
        assertThat(cash.parentId()).isEmpty();
        assertThat(cash.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(cash.isActive()).isTrue();
        assertThat(cash.isLeaf()).isTrue();
        assertThat(cash.createdAt()).isEqualTo(NOW);
        assertThat(cash.version()).isZero();
    }

    @Test
    void opens_a_sub_account_under_a_parent_of_the_same_tenant_type_and_currency() {
        Account cash = Account.open(newAccountId(), ACME, "1010", "Cash", AccountType.ASSET, EUR, assets, NOW);

        assertThat(cash.parentId()).contains(assets.id());
        assertThat(cash.isLeaf()).isTrue();
    }

    @Test
    void a_parent_of_another_tenant_is_not_found() {
        Account foreign = Account.open(newAccountId(), GLOBEX, "1000", "Assets", AccountType.ASSET, EUR, null, NOW);

        assertRefused("ledger.account.not_found",
                () -> Account.open(newAccountId(), ACME, "1010", "Cash", AccountType.ASSET, EUR, foreign, NOW));
    }

    @Test
    void a_closed_parent_is_refused() {
        assets.close();

        assertRefused("ledger.account.closed",
                () -> Account.open(newAccountId(), ACME, "1010", "Cash", AccountType.ASSET, EUR, assets, NOW));
    }

    @Test
    void a_parent_of_another_type_is_refused() {
        assertRefused("ledger.account.type_mismatch",
                () -> Account.open(newAccountId(), ACME, "1010", "Cash", AccountType.EXPENSE, EUR, assets, NOW));
    }

    @Test
    void a_parent_in_another_currency_is_refused() {
        assertRefused("ledger.account.currency_mismatch",
                () -> Account.open(newAccountId(), ACME, "1010", "Cash", AccountType.ASSET, USD, assets, NOW));
    }

    @Test
    void an_active_leaf_takes_postings_in_its_currency() {
        assertThatCode(() -> assets.requirePostable(EUR)).doesNotThrowAnyException();
    }

    @Test
    void a_closed_account_takes_no_postings() {
        assets.close();

        assertRefused("ledger.account.closed", () -> assets.requirePostable(EUR));
    }

    @Test
    void a_parent_account_takes_no_postings() {
        assets.becomeParent();

        assertThat(assets.isLeaf()).isFalse();
        assertRefused("ledger.account.not_leaf", () -> assets.requirePostable(EUR));
    }

    @Test
    void an_account_takes_no_postings_in_another_currency() {
        assertRefused("ledger.account.currency_mismatch", () -> assets.requirePostable(USD));
    }

    @Test
    void closes_and_reopens() {
        assets.close();
        assertThat(assets.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(assets.isActive()).isFalse();

        assets.reopen();
        assertThat(assets.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThatCode(() -> assets.requirePostable(EUR)).doesNotThrowAnyException();
    }

    @Test
    void closing_twice_is_refused() {
        assets.close();

        assertRefused("ledger.account.closed", assets::close);
        assertThat(assets.status()).isEqualTo(AccountStatus.CLOSED);
    }

    @Test
    void reopening_an_active_account_is_refused() {
        assertRefused("ledger.account.already_active", assets::reopen);
        assertThat(assets.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void renames_with_the_name_trimmed() {
        assets.rename("  Current assets ");

        assertThat(assets.name()).isEqualTo("Current assets");
    }

    @Test
    void restores_stored_state_as_given() {
        AccountId id = newAccountId();
        AccountId parent = newAccountId();

        Account restored = Account.restore(id, ACME, "4000", "Sales", AccountType.REVENUE, EUR, parent,
                AccountStatus.CLOSED, false, BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS, 1, NOW, 7);

        assertThat(restored.parentId()).contains(parent);
        assertThat(restored.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(restored.isLeaf()).isFalse();
        assertThat(restored.version()).isEqualTo(7);
        assertThat(restored.normalSide()).isEqualTo(Side.CREDIT);
    }

    @ParameterizedTest(name = "{0} grows on the {1} side")
    @CsvSource({"ASSET, DEBIT, true", "EXPENSE, DEBIT, false", "LIABILITY, CREDIT, true", "EQUITY, CREDIT, true",
            "REVENUE, CREDIT, false"})
    void each_account_type_has_its_normal_side(AccountType type, Side side, boolean balanceSheet) {
        assertThat(type.normalSide()).isEqualTo(side);
        assertThat(type.isBalanceSheet()).isEqualTo(balanceSheet);
    }

    @Test
    void sides_are_opposites() {
        assertThat(Side.DEBIT.opposite()).isEqualTo(Side.CREDIT);
        assertThat(Side.CREDIT.opposite()).isEqualTo(Side.DEBIT);
    }

    @Test
    void a_balance_is_spread_over_one_to_64_buckets_and_a_limit_needs_one() {
        assertThat(assets.balanceBuckets()).isEqualTo(1);
        assets.spreadBalance(64);
        assertThat(assets.balanceBuckets()).isEqualTo(64);

        assertRefused("ledger.account.limit_needs_one_bucket",
                () -> assets.limitBalance(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS));
        assertThat(assets.balanceLimit()).isEqualTo(BalanceLimit.NONE);
        assets.limitBalance(BalanceLimit.NONE);
        assets.spreadBalance(1);
        assets.limitBalance(BalanceLimit.CREDITS_MUST_NOT_EXCEED_DEBITS);
        assertRefused("ledger.account.limit_needs_one_bucket", () -> assets.spreadBalance(2));
        assertThat(assets.balanceBuckets()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"0", "65", "-1"})
    void a_bucket_count_out_of_range_is_a_programming_error(int buckets) {
        assertThatThrownBy(() -> assets.spreadBalance(buckets)).isInstanceOf(IllegalArgumentException.class);
        assertThat(assets.balanceBuckets()).isEqualTo(1);
    }
}
