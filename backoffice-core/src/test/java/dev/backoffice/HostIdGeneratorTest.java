package dev.backoffice;

import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.Money;
import dev.backoffice.common.spi.IdGenerator;
import dev.backoffice.inmemory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A host's own id generator makes every id, also where the library hands it the instant of the
 * change ({@link IdGenerator#newId(java.time.Instant)} and {@code newIds(count, at)}, whose defaults
 * ask the host's {@code newId()}): a posting's entry and audit ids, a batch's as well.
 */
class HostIdGeneratorTest {

    private static final long HOST = 0x4057L;

    @Test
    void everyIdOfAPostingAndABatchComesFromTheHostsGenerator() {
        AtomicLong made = new AtomicLong();
        IdGenerator host = () -> new UUID(HOST, made.incrementAndGet());
        BackOffice backOffice = BackOffice.builder(new InMemoryAdapters()).idGenerator(host).build();
        Actor actor = Actor.of("t", "alice");
        backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        AccountId cash = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("1000", "Cash", AccountType.ASSET, Money.currency("EUR"))).id();
        AccountId sales = backOffice.chartOfAccounts().openAccount(actor,
                OpenAccount.of("4000", "Sales", AccountType.REVENUE, Money.currency("EUR"))).id();
        Money amount = Money.ofMinor(1_250, Money.currency("EUR"));
        NewJournalEntry entry = NewJournalEntry.on(LocalDate.of(2026, 3, 2), "Sale")
                .debit(cash, amount).credit(sales, amount).build();
        long before = made.get();

        JournalEntrySnapshot one = backOffice.ledger().post(actor, entry);
        List<JournalEntrySnapshot> batch = backOffice.ledger().postAll(actor, List.of(entry, entry));

        assertThat(made.get() - before).as("an entry id and an audit id for each of three entries").isEqualTo(6);
        assertThat(List.of(one, batch.get(0), batch.get(1)))
                .allSatisfy(posted -> assertThat(posted.id().value().getMostSignificantBits()).isEqualTo(HOST));
        List<AuditRecord> records = backOffice.auditTrail().records(actor, AuditQuery.all());
        assertThat(records).isNotEmpty()
                .allSatisfy(record -> assertThat(record.id().getMostSignificantBits()).isEqualTo(HOST));
        assertThat(records).filteredOn(record -> record.subjectId().equals(one.id().value())).hasSize(1);
    }
}
