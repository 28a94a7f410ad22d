package dev.backoffice.common.application;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.CommonError;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.ConflictException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.ValidationException;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.AuditRecords;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.common.spi.EventOutbox;
import dev.backoffice.common.spi.IdGenerator;
import dev.backoffice.common.spi.IdempotencyKeys;
import dev.backoffice.common.spi.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every use case of every context does around its own logic, in one place: check the actor
 * and its permission, validate the command, run in one unit of work, honour idempotency keys,
 * write the audit trail and hand domain events to the outbox and, after commit, to the host.
 */
public final class UseCases {

    private static final Logger LOG = LoggerFactory.getLogger(UseCases.class);

    private static final Object NO_ARGUMENTS = new NoArguments();

    private record NoArguments() {
    }

    private final UnitOfWork unitOfWork;
    private final AccessPolicy accessPolicy;
    private final CommandValidator validator;
    private final IdempotencyKeys idempotencyKeys;
    private final AuditRecords auditRecords;
    private final EventOutbox outbox;
    private final DomainEventPublisher publisher;
    private final IdGenerator ids;
    private final Clock clock;

    public UseCases(UnitOfWork unitOfWork, AccessPolicy accessPolicy, CommandValidator validator,
                    IdempotencyKeys idempotencyKeys, AuditRecords auditRecords, EventOutbox outbox,
                    DomainEventPublisher publisher, IdGenerator ids, Clock clock) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.accessPolicy = Objects.requireNonNull(accessPolicy, "accessPolicy");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.idempotencyKeys = Objects.requireNonNull(idempotencyKeys, "idempotencyKeys");
        this.auditRecords = Objects.requireNonNull(auditRecords, "auditRecords");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public UUID newId() {
        return ids.newId();
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Checks the actor and its permission and validates the command, before any work. */
    public void admit(Actor actor, String permission, Object command) {
        if (actor == null) {
            throw new ValidationException(List.of(new ValidationException.Violation("actor", "must not be null")));
        }
        if (!accessPolicy.permits(actor, permission)) {
            LOG.debug("Access denied: actor {} permission {}", actor.id(), permission);
            throw new AccessDeniedException(actor, permission);
        }
        validator.validate(command);
    }

    /**
     * Whether the access policy grants the actor the permission, without refusing anything: for a
     * use case whose behaviour depends on it (who may decide anyone's leave, who may see personal
     * data), beyond the permission {@link #admit} checked.
     */
    public boolean permits(Actor actor, String permission) {
        return actor != null && accessPolicy.permits(actor, permission);
    }

    /** A mutating call: admit, then run the work as one unit of work. */
    public <R> R command(Actor actor, String permission, Object command, Supplier<R> work) {
        admit(actor, permission, command);
        return unitOfWork.execute(actor.tenant(), work);
    }

    /**
     * Runs the work in a unit of work of the tenant, for a use case that admitted its actor already
     * and needs more than one unit of work (one before and one after a call to an outside gateway).
     */
    public <R> R execute(TenantId tenant, Supplier<R> work) {
        return unitOfWork.execute(tenant, work);
    }

    /** Like {@link #execute(TenantId, Supplier)}, read-only. */
    public <R> R read(TenantId tenant, Supplier<R> work) {
        return unitOfWork.read(tenant, work);
    }

    /**
     * A mutating call that creates a record and may carry an idempotency key. The first call with a
     * key runs {@code create} and remembers the id of its result; a later call with the same key and
     * the same command returns {@code load} of that id and changes nothing; the same key with
     * another command fails with {@code idempotency.key_reused}.
     */
    public <R> R create(Actor actor, String permission, Object command, String idempotencyKey,
                        Supplier<R> create, Function<R, UUID> idOf, Function<UUID, R> load) {
        admit(actor, permission, command);
        return unitOfWork.execute(actor.tenant(), () -> {
            Optional<UUID> earlier = recall(actor, idempotencyKey, command);
            if (earlier.isPresent()) {
                return load.apply(earlier.get());
            }
            R result;
            try {
                result = create.get();
            } catch (BackOfficeException refused) {
                throw lostRaceOr(refused, actor, idempotencyKey);
            }
            remember(actor, idempotencyKey, command, idOf.apply(result));
            return result;
        });
    }

    /**
     * A request refused because a concurrent request with the same idempotency key committed first
     * (it took the stock, the line, the code...) must answer with that first result, not the
     * refusal: when the key is now taken, the refusal becomes a conflict, which the unit of work
     * retries from the start (discarding this attempt's writes), and the retry returns the first
     * result.
     */
    private BackOfficeException lostRaceOr(BackOfficeException refused, Actor actor, String idempotencyKey) {
        if (idempotencyKey == null || refused instanceof ConcurrentUpdateException) {
            return refused;
        }
        boolean takenMeanwhile;
        try {
            takenMeanwhile = idempotencyKeys.find(actor.tenant(), idempotencyKey).isPresent();
        } catch (RuntimeException unreadable) {
            return refused; // the transaction cannot read any more: report the original refusal
        }
        return takenMeanwhile
                ? new ConcurrentUpdateException("A concurrent request with the same idempotency key went first.", refused)
                : refused;
    }

    /**
     * The id of the record an earlier command with this key created, if any, in the current unit
     * of work. Fails with {@code idempotency.key_reused} when the key was used for another command.
     */
    public Optional<UUID> recall(Actor actor, String idempotencyKey, Object command) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        Optional<IdempotencyKeys.Entry> seen = idempotencyKeys.find(actor.tenant(), idempotencyKey);
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        IdempotencyKeys.Entry entry = seen.get();
        if (!entry.operation().equals(operation(command)) || !entry.fingerprint().equals(fingerprint(command))) {
            throw new ConflictException(CommonError.IDEMPOTENCY_KEY_REUSED,
                    "The idempotency key '" + idempotencyKey + "' was already used for another request.");
        }
        return Optional.of(entry.resultId());
    }

    /** Remembers, in the current unit of work, that the command with this key created {@code resultId}. */
    public void remember(Actor actor, String idempotencyKey, Object command, UUID resultId) {
        if (idempotencyKey != null) {
            idempotencyKeys.add(new IdempotencyKeys.Entry(actor.tenant(), idempotencyKey, operation(command),
                    fingerprint(command), resultId, now()));
        }
    }

    private static String operation(Object command) {
        return command.getClass().getSimpleName();
    }

    /** A reading call without arguments beyond the actor. */
    public <R> R query(Actor actor, String permission, Supplier<R> work) {
        return query(actor, permission, NO_ARGUMENTS, work);
    }

    /** A reading call: admit, then run the work in a read-only unit of work. */
    public <R> R query(Actor actor, String permission, Object query, Supplier<R> work) {
        admit(actor, permission, query);
        return unitOfWork.read(actor.tenant(), work);
    }

    /** Appends to the audit trail in the current unit of work. */
    public void audit(Actor actor, String action, String subjectType, UUID subjectId, String detail) {
        auditRecords.append(new AuditRecord(ids.newId(), actor.tenant(), actor.id(), now(), action, subjectType,
                subjectId, detail));
    }

    /**
     * Stores events in the outbox now and hands them to the host's publisher after commit. Without a
     * publisher ({@link DomainEventPublisher#none()}) events are dropped here: nobody listens, so
     * the outbox row and its after-commit marking would be work for nothing.
     */
    public void publish(List<? extends DomainEvent> events) {
        if (events.isEmpty() || publisher == DomainEventPublisher.none()) {
            return;
        }
        List<DomainEvent> copy = List.copyOf(events);
        outbox.add(copy);
        unitOfWork.afterCommit(() -> deliver(copy));
    }

    private void deliver(List<DomainEvent> events) {
        try {
            publisher.publish(events);
            outbox.markPublished(eventIds(events));
        } catch (RuntimeException e) {
            // the events stay in the outbox, unpublished, for relayEvents() to deliver later
            LOG.warn("Publishing {} domain events failed; they stay in the outbox: {}", events.size(), e.toString());
        }
    }

    private static List<UUID> eventIds(List<DomainEvent> events) {
        UUID[] ids = new UUID[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).eventId();
        }
        return java.util.Collections.unmodifiableList(java.util.Arrays.asList(ids));
    }

    /** Delivers events that stayed in the outbox (after a crash or a failing publisher). Returns how many. */
    public int relayEvents(int limit) {
        List<DomainEvent> pending = unitOfWork.read(() -> outbox.unpublished(limit));
        if (!pending.isEmpty()) {
            publisher.publish(pending);
            outbox.markPublished(pending.stream().map(DomainEvent::eventId).toList());
        }
        return pending.size();
    }

    /** A SHA-256 over the command's canonical text form (records print every component). */
    static String fingerprint(Object command) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(command.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
