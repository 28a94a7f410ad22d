package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The contract of {@link dev.backoffice.common.spi.UnitOfWork}: all or nothing, after-commit actions, nesting. */
public abstract class UnitOfWorkContract extends AdapterContract {

    @Test
    void commitsWhatTheWorkWrote() {
        Account account = storedAccount(tenant, "1000", AccountType.ASSET);

        assertThat(inTx(() -> adapters().accounts().find(tenant, account.id()))).isPresent();
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, account.id()))).isPresent();
    }

    @Test
    void rollsBackEverythingWhenTheWorkFails() {
        Account account = account(tenant, "1000", AccountType.ASSET);

        assertThatThrownBy(() -> inTx(() -> {
            adapters().accounts().add(account);
            adapters().accountBalances().open(account);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(inTx(() -> adapters().accounts().find(tenant, account.id()))).isEmpty();
        assertThat(inTx(() -> adapters().accountBalances().find(tenant, account.id()))).isEmpty();
        assertThat(inTx(() -> adapters().accounts().findByCode(tenant, "1000"))).isEmpty();
    }

    @Test
    void runsAfterCommitActionsOnlyAfterCommit() {
        List<String> log = new ArrayList<>();
        inTx(() -> {
            adapters().unitOfWork().afterCommit(() -> log.add("after commit"));
            log.add("work");
        });
        assertThat(log).containsExactly("work", "after commit");

        List<String> rolledBack = new ArrayList<>();
        assertThatThrownBy(() -> inTx(() -> {
            adapters().unitOfWork().afterCommit(() -> rolledBack.add("after commit"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rolledBack).isEmpty();
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOne() {
        Account first = account(tenant, "1000", AccountType.ASSET);
        Account second = account(tenant, "2000", AccountType.LIABILITY);

        assertThatThrownBy(() -> inTx(() -> {
            adapters().accounts().add(first);
            inTx(() -> adapters().accounts().add(second));
            throw new IllegalStateException("outer fails after the inner one finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(inTx(() -> adapters().accounts().findAll(tenant))).isEmpty();
    }

    @Test
    void returnsTheResultOfTheWork() {
        assertThat(adapters().unitOfWork().execute(() -> 42)).isEqualTo(42);
        assertThat(adapters().unitOfWork().read(() -> "read")).isEqualTo("read");
    }
}
