package dev.backoffice;

import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalEntries;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.accounts.spi.JournalSeals;
import dev.backoffice.accounts.spi.PendingEntries;
import dev.backoffice.accounts.spi.Reconciliations;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.spi.AuditRecords;
import dev.backoffice.common.spi.EventOutbox;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.common.spi.UnitOfWork;
import dev.backoffice.inmemory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A back office offers a context only over adapters that provide its ports. */
class ContextsProvidedTest {

    @Test
    void theInMemoryAdaptersProvideEveryContext() {
        BackOffice backOffice = BackOffice.inMemory();
        Actor actor = Actor.of("t", "alice");

        assertThat(backOffice.itemCatalog().items(actor)).isEmpty();
        assertThat(backOffice.warehousing().warehouses(actor)).isEmpty();
        assertThat(backOffice.shipping().shipments(actor, dev.backoffice.shipments.domain.ShipmentStatus.DRAFT)).isEmpty();
    }

    @Test
    void adaptersForTheLedgerAloneRefuseStockCallsWithACode() {
        BackOffice backOffice = BackOffice.builder(new LedgerOnly(new InMemoryAdapters())).build();

        assertThatThrownBy(backOffice::inventory).isInstanceOfSatisfying(BackOfficeException.class,
                e -> assertThat(e.code()).isEqualTo("backoffice.context_not_provided"));
        assertThatThrownBy(backOffice::reservations).isInstanceOf(BackOfficeException.class);
        assertThatThrownBy(backOffice::shipping).isInstanceOfSatisfying(BackOfficeException.class,
                e -> assertThat(e.code()).isEqualTo("backoffice.context_not_provided"));
        assertThatThrownBy(backOffice::carriers).isInstanceOf(BackOfficeException.class);
        assertThat(backOffice.chartOfAccounts().accounts(Actor.of("t", "alice"))).isEmpty();
    }

    /** A host's adapters that implement the ledger's ports only. */
    private record LedgerOnly(InMemoryAdapters delegate) implements BackOfficeAdapters {
        @Override public UnitOfWork unitOfWork() { return delegate.unitOfWork(); }
        @Override public IdempotencyKeys idempotencyKeys() { return delegate.idempotencyKeys(); }
        @Override public AuditRecords auditRecords() { return delegate.auditRecords(); }
        @Override public EventOutbox eventOutbox() { return delegate.eventOutbox(); }
        @Override public Accounts accounts() { return delegate.accounts(); }
        @Override public AccountBalances accountBalances() { return delegate.accountBalances(); }
        @Override public JournalEntries journalEntries() { return delegate.journalEntries(); }
        @Override public JournalLines journalLines() { return delegate.journalLines(); }
        @Override public FiscalYears fiscalYears() { return delegate.fiscalYears(); }
        @Override public PendingEntries pendingEntries() { return delegate.pendingEntries(); }
        @Override public Reconciliations reconciliations() { return delegate.reconciliations(); }
        @Override public JournalSeals journalSeals() { return delegate.journalSeals(); }
        @Override public CurrencyPolicies currencyPolicies() { return delegate.currencyPolicies(); }
    }
}
