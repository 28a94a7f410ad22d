package dev.backoffice.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.personnel.application.PersonnelContext;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import dev.backoffice.personnel.spi.PayrollRules;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The base of the personnel contracts that go through the public api: a personnel context over
 * the adapters under test, with an access policy a test can change, and the events it published.
 */
public abstract class PersonnelApiContract extends PersonnelAdapterContract {

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    protected UseCases useCases;
    protected PersonnelContext personnelContext;
    protected Actor hr;
    protected Actor intruder;
    /** Decides what the actors may do; every test starts with everything allowed. */
    protected AccessPolicy policy;

    @BeforeEach
    void personnelContextOverTheAdaptersUnderTest() {
        policy = AccessPolicy.allowAll();
        useCases = new UseCases(adapters().unitOfWork(), (actor, permission) -> policy.permits(actor, permission),
                new CommandValidator(), adapters().idempotencyKeys(), adapters().auditRecords(),
                adapters().eventOutbox(), published::addAll, new TimeOrderedIds(clock), clock);
        personnelContext = newPersonnelContext(useCases);
        hr = Actor.of(tenant, "hr");
        intruder = Actor.of(otherTenant, "intruder");
    }

    /** The accounts context over the same adapters and use cases, for payroll postings. */
    protected AccountsContext accountsContext;

    /** The context under test, posting payroll through the ledger of {@link #accountsContext}. */
    protected PersonnelContext newPersonnelContext(UseCases cases) {
        BackOfficeAdapters a = adapters();
        accountsContext = new AccountsContext(cases, a.accounts(), a.accountBalances(), a.journalEntries(),
                a.journalLines(), a.fiscalYears(), a.reconciliations(), a.pendingEntries(), a.journalSeals(),
                a.currencyPolicies(), ExchangeRates.none());
        return new PersonnelContext(cases, personnel(), accountsContext.ledger(), accountsContext.chartOfAccounts(),
                holidayCalendar(), payrollRules(),
                retention());
    }

    /** How long terminated employees' personal data is kept: the default unless a contract says otherwise. */
    protected java.time.Period retention() {
        return PersonnelContext.DEFAULT_RETENTION;
    }

    /** The payroll rules of the context under test: none unless a contract says otherwise. */
    protected PayrollRules payrollRules() {
        return FlatRatePayrollRules.none();
    }

    /** The holiday calendar of the context under test: weekends only unless a contract says otherwise. */
    protected dev.backoffice.personnel.spi.HolidayCalendar holidayCalendar() {
        return dev.backoffice.personnel.spi.HolidayCalendar.weekendsOnly();
    }

    protected List<AuditRecord> auditOf(UUID subject) {
        return inTx(() -> adapters().auditRecords().find(tenant, subject, null, null, null, 100));
    }

    @SuppressWarnings("unchecked")
    protected <E extends DomainEvent> List<E> events(Class<E> type) {
        synchronized (published) {
            return published.stream().filter(type::isInstance).map(e -> (E) e).toList();
        }
    }
}
