package dev.backoffice.contract;

import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.stock.application.StockContext;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The base of the stock context's contracts through its public api, over the adapters under test:
 * a {@link StockContext} on the same {@link UseCases} a {@code BackOffice} builds.
 */
public abstract class StockApiContract extends StockAdapterContract {

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected StockContext stock;
    protected Actor alice;
    protected Actor mallory;

    @BeforeEach
    void stockContext() {
        stock = stockContext(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
    }

    protected StockContext stockContext(AccessPolicy policy) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        UseCases useCases = new UseCases(adapters().unitOfWork(), policy, new CommandValidator(),
                adapters().idempotencyKeys(), adapters().auditRecords(), adapters().eventOutbox(), published::addAll,
                new TimeOrderedIds(clock), clock);
        return new StockContext(useCases, stockAdapters());
    }

    protected List<AuditRecord> auditTrail(Actor actor) {
        return inTx(() -> adapters().auditRecords().find(actor.tenant(), null, null, null, null, 100_000));
    }

    /** What a refused call must leave as it was; subclasses add the state they care about. */
    protected Object observableState() {
        return List.of();
    }

    /**
     * Asserts the call fails with the code, and that the observable state and the audit trail did
     * not change and no event was published.
     */
    protected BackOfficeException assertRefused(ThrowingCallable call, String code) {
        Object before = observableState();
        int auditBefore = auditTrail(alice).size();
        published.clear();

        Throwable thrown = catchThrowable(call);

        assertThat(thrown).as("expected a refusal with code %s", code).isInstanceOf(BackOfficeException.class);
        assertThat(((BackOfficeException) thrown).code()).as("code of %s", thrown).isEqualTo(code);
        assertThat(observableState()).isEqualTo(before);
        assertThat(auditTrail(alice)).hasSize(auditBefore);
        assertThat(published).isEmpty();
        return (BackOfficeException) thrown;
    }
}
