package dev.backoffice.common.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.inmemory.InMemoryAdapters;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request refused because a concurrent request with the same idempotency key committed first
 * becomes a retryable conflict (whose retry returns the first result), not the refusal.
 */
class UseCasesIdempotencyRaceTest {

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private final UseCases useCases = new UseCases(adapters.unitOfWork(), AccessPolicy.allowAll(), new CommandValidator(),
            adapters.idempotencyKeys(), adapters.auditRecords(), adapters.eventOutbox(), DomainEventPublisher.none(),
            new TimeOrderedIds(), Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
    private final Actor actor = Actor.of("acme", "alice");

    record Command(String key) {
    }

    @Test
    void aRefusalAfterAConcurrentWinnerTookTheKeyIsAConflictToRetry() {
        Command command = new Command("k-1");

        assertThatThrownBy(() -> useCases.create(actor, "test.create", command, "k-1", () -> {
            // the concurrent request commits first: its key is visible now
            adapters.idempotencyKeys().add(new IdempotencyKeys.Entry(actor.tenant(), "k-1", "Command",
                    UseCases.fingerprint(command), UUID.randomUUID(), Instant.now()));
            throw new RuleViolationException(CommonError.VALIDATION_FAILED, "the line is taken");
        }, id -> id, id -> id)).isInstanceOf(ConcurrentUpdateException.class)
                .hasCauseInstanceOf(RuleViolationException.class);
    }

    @Test
    void aRefusalWithoutAConcurrentWinnerStaysTheRefusal() {
        Command command = new Command("k-2");

        assertThatThrownBy(() -> useCases.create(actor, "test.create", command, "k-2", () -> {
            throw new RuleViolationException(CommonError.VALIDATION_FAILED, "refused");
        }, id -> (UUID) id, id -> id)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BackOfficeException) e).code())
                        .isEqualTo("validation.failed"));
    }
}
