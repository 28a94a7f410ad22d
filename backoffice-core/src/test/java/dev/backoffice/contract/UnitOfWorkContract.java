package dev.backoffice.contract;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.AuditRecord;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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

    /**
     * Rows that an adapter writes straight away rather than at the flush (the JPA adapter sends new
     * journal entries and audit records as plain JDBC statements when they are added) are undone
     * with the rest.
     */
    @Test
    void rollsBackJournalEntriesAndAuditRecordsWrittenBeforeTheFailure() {
        Account cash = storedAccount(tenant, "1000", AccountType.ASSET);
        Account sales = storedAccount(tenant, "4000", AccountType.REVENUE);
        JournalEntry entry = posted(tenant, LocalDate.of(2026, 3, 1),
                line(1, cash, Side.DEBIT, "10.00"), line(2, sales, Side.CREDIT, "10.00"));
        UUID subject = newId();

        assertThatThrownBy(() -> inTx(() -> {
            adapters().journalEntries().addAll(List.of(entry));
            adapters().auditRecords().append(new AuditRecord(newId(), tenant, "alice", NOW, "test.one", "Thing", subject, "one"));
            adapters().auditRecords().appendAll(List.of(
                    new AuditRecord(newId(), tenant, "alice", NOW, "test.two", "Thing", subject, "two"),
                    new AuditRecord(newId(), tenant, "alice", NOW, "test.three", "Thing", subject, "three")));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(inTx(() -> adapters().journalEntries().find(tenant, entry.id()))).isEmpty();
        assertThat(inTx(() -> adapters().auditRecords().find(tenant, subject, null, null, null, 10))).isEmpty();
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
