package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountStatus;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.common.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.accounts.spi.Accounts}. */
public abstract class AccountsContract extends AdapterContract {

    @Test
    void storesAndFindsAnAccountWithAllItsFields() {
        Account parent = storedAccount(tenant, "1000", AccountType.ASSET);
        Account child = Account.open(AccountId.of(newId()), tenant, "1000.10", "Bank", AccountType.ASSET, EUR, parent, NOW);
        inTx(() -> adapters().accounts().add(child));

        Account found = inTx(() -> adapters().accounts().find(tenant, child.id())).orElseThrow();
        assertThat(found.id()).isEqualTo(child.id());
        assertThat(found.tenant()).isEqualTo(tenant);
        assertThat(found.code()).isEqualTo("1000.10");
        assertThat(found.name()).isEqualTo("Bank");
        assertThat(found.type()).isEqualTo(AccountType.ASSET);
        assertThat(found.currency()).isEqualTo(EUR);
        assertThat(found.parentId()).contains(parent.id());
        assertThat(found.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(found.isLeaf()).isTrue();
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @Test
    void findsByCodeWithinTheTenantOnly() {
        Account account = storedAccount(tenant, "4000", AccountType.REVENUE);

        assertThat(inTx(() -> adapters().accounts().findByCode(tenant, "4000"))).map(Account::id).contains(account.id());
        assertThat(inTx(() -> adapters().accounts().findByCode(otherTenant, "4000"))).isEmpty();
        assertThat(inTx(() -> adapters().accounts().find(otherTenant, account.id()))).isEmpty();
    }

    @Test
    void refusesASecondAccountWithTheSameCodeInATenantButNotInAnother() {
        storedAccount(tenant, "1000", AccountType.ASSET);

        assertThatThrownBy(() -> storedAccount(tenant, "1000", AccountType.ASSET)).isInstanceOf(RuntimeException.class);
        Account elsewhere = storedAccount(otherTenant, "1000", AccountType.ASSET);

        assertThat(inTx(() -> adapters().accounts().findAll(tenant))).hasSize(1);
        assertThat(inTx(() -> adapters().accounts().find(otherTenant, elsewhere.id()))).isPresent();
    }

    @Test
    void findsManyByIdIgnoringUnknownAndForeignIds() {
        Account a = storedAccount(tenant, "1000", AccountType.ASSET);
        Account b = storedAccount(tenant, "2000", AccountType.LIABILITY);
        Account foreign = storedAccount(otherTenant, "3000", AccountType.EQUITY);
        AccountId unknown = AccountId.of(newId());

        Map<AccountId, Account> found = inTx(() -> adapters().accounts()
                .findAll(tenant, List.of(a.id(), b.id(), foreign.id(), unknown)));

        assertThat(found).containsOnlyKeys(a.id(), b.id());
    }

    /** What a posting reads: the same accounts as {@link #findsManyByIdIgnoringUnknownAndForeignIds}, for any number of ids. */
    @Test
    void findsTheAccountsOfAPostingLikeFindAll() {
        Account a = storedAccount(tenant, "1000", AccountType.ASSET);
        Account b = storedAccount(tenant, "2000", AccountType.LIABILITY);
        Account c = storedAccount(tenant, "3000", AccountType.EQUITY);
        Account foreign = storedAccount(otherTenant, "3000", AccountType.EQUITY);
        AccountId unknown = AccountId.of(newId());

        for (List<AccountId> ids : List.of(List.<AccountId>of(), List.of(a.id()), List.of(unknown), List.of(a.id(), b.id()),
                List.of(a.id(), a.id()), List.of(foreign.id(), b.id()), List.of(unknown, foreign.id()),
                List.of(a.id(), b.id(), c.id()), List.of(c.id(), foreign.id(), unknown, a.id()))) {
            Map<AccountId, Account> forPosting = inTx(() -> adapters().accounts().findForPosting(tenant, ids));
            Map<AccountId, Account> all = inTx(() -> adapters().accounts().findAll(tenant, ids));

            assertThat(forPosting).as("%s", ids).containsOnlyKeys(all.keySet());
            for (AccountId id : List.of(a.id(), b.id(), c.id(), foreign.id(), unknown)) {
                assertThat(forPosting.containsKey(id)).as("%s in %s", id, ids).isEqualTo(all.containsKey(id));
                assertThat(forPosting.get(id) == null).as("%s in %s", id, ids).isEqualTo(!all.containsKey(id));
            }
            forPosting.forEach((id, account) -> {
                assertThat(account.id()).isEqualTo(id);
                assertThat(account.code()).isEqualTo(all.get(id).code());
                assertThat(account.currency()).isEqualTo(all.get(id).currency());
                assertThat(account.balanceLimit()).isEqualTo(all.get(id).balanceLimit());
                assertThat(account.version()).isEqualTo(all.get(id).version());
            });
        }
    }

    @Test
    void listsAllAccountsOfATenantByCodeAndTheChildrenOfAParent() {
        Account parent = storedAccount(tenant, "5000", AccountType.EXPENSE);
        storedAccount(tenant, "1000", AccountType.ASSET);
        Account child2 = Account.open(AccountId.of(newId()), tenant, "5000.20", "Rent", AccountType.EXPENSE, EUR, parent, NOW);
        Account child1 = Account.open(AccountId.of(newId()), tenant, "5000.10", "Wages", AccountType.EXPENSE, EUR, parent, NOW);
        inTx(() -> {
            adapters().accounts().add(child2);
            adapters().accounts().add(child1);
        });
        storedAccount(otherTenant, "0001", AccountType.ASSET);

        assertThat(inTx(() -> adapters().accounts().findAll(tenant))).extracting(Account::code)
                .containsExactly("1000", "5000", "5000.10", "5000.20");
        assertThat(inTx(() -> adapters().accounts().findChildren(tenant, parent.id()))).extracting(Account::code)
                .containsExactly("5000.10", "5000.20");
        assertThat(inTx(() -> adapters().accounts().findChildren(otherTenant, parent.id()))).isEmpty();
    }

    @Test
    void updatesStateAndRefusesAStaleVersion() {
        Account account = storedAccount(tenant, "1000", AccountType.ASSET);
        Account first = inTx(() -> adapters().accounts().find(tenant, account.id())).orElseThrow();
        Account second = inTx(() -> adapters().accounts().find(tenant, account.id())).orElseThrow();

        first.rename("Cash in hand");
        first.close();
        first.becomeParent();
        inTx(() -> adapters().accounts().update(first));

        Account stored = inTx(() -> adapters().accounts().find(tenant, account.id())).orElseThrow();
        assertThat(stored.name()).isEqualTo("Cash in hand");
        assertThat(stored.status()).isEqualTo(AccountStatus.CLOSED);
        assertThat(stored.isLeaf()).isFalse();
        assertThat(stored.version()).isGreaterThan(first.version());

        second.rename("Lost update");
        assertThatThrownBy(() -> inTx(() -> adapters().accounts().update(second)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(inTx(() -> adapters().accounts().find(tenant, account.id())).orElseThrow().name())
                .isEqualTo("Cash in hand");
    }
}
