package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.personnel.application.PersonnelContext;
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

    /** The context under test; overridden by the contracts that also need the ledger and gateways. */
    protected PersonnelContext newPersonnelContext(UseCases cases) {
        return new PersonnelContext(cases, personnel(), holidayCalendar());
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
