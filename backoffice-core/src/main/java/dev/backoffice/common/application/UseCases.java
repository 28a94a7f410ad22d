package dev.backoffice.common.application;

import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditChange;
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
import java.util.Arrays;
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

    /**
     * The shared plumbing of every use case. All collaborators are required; the adapters come from
     * {@code BackOffice}'s wiring.
     *
     * @param unitOfWork      runs each call as one transaction
     * @param accessPolicy    decides who may do what
     * @param validator       checks command records
     * @param idempotencyKeys remembers used idempotency keys
     * @param auditRecords    the audit trail
     * @param outbox          keeps events until the host received them
     * @param publisher       the host's event publisher, or {@link DomainEventPublisher#none()}
     * @param ids             makes ids of new records
     * @param clock           the library's clock
     */
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

    /** {@return the clock of the library, for dates and times of records} */
    public Clock clock() {
        return clock;
    }

    /** {@return the current instant of the library's clock} */
    public Instant now() {
        return clock.instant();
    }

    /** {@return a new record id from the id generator} */
    public UUID newId() {
        return ids.newId();
    }

    /**
     * A new record id for a record made at {@code at}, read from {@link #now()} by the use case: the
     * default generator takes its time from it instead of reading the clock again.
     *
     * @param at the instant of the change
     * @return the id
     */
    public UUID newId(Instant at) {
        return ids.newId(at);
    }

    /**
     * New record ids for many records made at once, at {@code at} (see {@link #newId(Instant)}).
     *
     * @param count how many
     * @param at    the instant of the change
     * @return the ids, in order
     */
    public UUID[] newIds(int count, Instant at) {
        return ids.newIds(count, at);
    }

    /** The id of the events nobody receives (see {@link #eventIds()}). */
    private static final UUID UNPUBLISHED_EVENT = new UUID(0, 0);

    /**
     * The ids for the events a change records: new ids when the events reach a publisher; without
     * one ({@link DomainEventPublisher#none()}) {@link #publish} drops the events, so their ids are
     * never seen and they all take the nil UUID rather than a reading of the clock each.
     *
     * @return the supplier of event ids to hand to the aggregates
     */
    public Supplier<UUID> eventIds() {
        return publishesEvents() ? ids::newId : () -> UNPUBLISHED_EVENT;
    }

    /** {@return the unit of work use cases run in} */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /**
     * Checks the actor and its permission and validates the command, before any work.
     * Refuses a null actor or an invalid command with {@code validation.failed} and a missing permission with
     * {@code access.denied}.
     *
     * @param actor      who acts
     * @param permission the permission the use case needs
     * @param command    the command or query record, validated with Bean Validation
     */
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
     *
     * @param actor      who acts, may be null (then false)
     * @param permission the permission name
     * @return whether the policy grants it
     */
    public boolean permits(Actor actor, String permission) {
        return actor != null && accessPolicy.permits(actor, permission);
    }

    /**
     * A mutating call: admit, then run the work as one unit of work.
     *
     * @param <R>        the result type
     * @param actor      who acts
     * @param permission the permission the use case needs
     * @param command     the command record
     * @param work       the change, run inside the unit of work
     * @return the work's result, after commit
     */
    public <R> R command(Actor actor, String permission, Object command, Supplier<R> work) {
        admit(actor, permission, command);
        return unitOfWork.execute(actor.tenant(), work);
    }

    /**
     * Runs the work in a unit of work of the tenant, for a use case that admitted its actor already
     * and needs more than one unit of work (one before and one after a call to an outside gateway).
     *
     * @param <R>    the result type
     * @param tenant the tenant of the unit of work
     * @param work   the work
     * @return the work's result, after commit
     */
    public <R> R execute(TenantId tenant, Supplier<R> work) {
        return unitOfWork.execute(tenant, work);
    }

    /**
     * Like {@link #execute(TenantId, Supplier)}, read-only.
     *
     * @param <R>    the result type
     * @param tenant the tenant of the unit of work
     * @param work   the reading work
     * @return the work's result
     */
    public <R> R read(TenantId tenant, Supplier<R> work) {
        return unitOfWork.read(tenant, work);
    }

    /**
     * A mutating call that creates a record and may carry an idempotency key. The first call with a
     * key runs {@code create} and remembers the id of its result; a later call with the same key and
     * the same command returns {@code load} of that id and changes nothing; the same key with
     * another command fails with {@code idempotency.key_reused}.
     *
     * @param <R>            the result type
     * @param actor          who acts
     * @param permission     the permission the use case needs
     * @param command        the command record; its text form is the key's fingerprint
     * @param idempotencyKey the caller's key, or null for none
     * @param create         creates the record, run once per key
     * @param idOf           the id of a created record, remembered for the key
     * @param load           loads the record created earlier with the key
     * @return the created record, or the one created earlier with the same key
     */
    public <R> R create(Actor actor, String permission, Object command, String idempotencyKey,
                        Supplier<R> create, Function<R, UUID> idOf, Function<UUID, R> load) {
        admit(actor, permission, command);
        if (idempotencyKey == null) {
            // nothing to recall or remember, and a refusal stays a refusal (see lostRaceOr)
            return unitOfWork.execute(actor.tenant(), create);
        }
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
     *
     * @param actor          who acts; its tenant scopes the key
     * @param idempotencyKey the key, or null (then empty)
     * @param command        the command, compared with the one the key was first used for
     * @return the id of the record created with the key, or empty when the key is new
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

    /**
     * Remembers, in the current unit of work, that the command with this key created {@code resultId}.
     * Does nothing without a key.
     *
     * @param actor          who acts; its tenant scopes the key
     * @param idempotencyKey the key, or null
     * @param command        the command the key was used for
     * @param resultId       the id of the record the command created
     */
    public void remember(Actor actor, String idempotencyKey, Object command, UUID resultId) {
        if (idempotencyKey != null) {
            idempotencyKeys.add(new IdempotencyKeys.Entry(actor.tenant(), idempotencyKey, operation(command),
                    fingerprint(command), resultId, now()));
        }
    }

    private static String operation(Object command) {
        return command.getClass().getSimpleName();
    }

    /**
     * A reading call without arguments beyond the actor.
     *
     * @param <R>        the result type
     * @param actor      who reads
     * @param permission the permission the query needs
     * @param work       the reading work
     * @return the work's result
     */
    public <R> R query(Actor actor, String permission, Supplier<R> work) {
        return query(actor, permission, NO_ARGUMENTS, work);
    }

    /**
     * A reading call: admit, then run the work in a read-only unit of work.
     *
     * @param <R>        the result type
     * @param actor      who reads
     * @param permission the permission the query needs
     * @param query      the query record, validated
     * @param work       the reading work
     * @return the work's result
     */
    public <R> R query(Actor actor, String permission, Object query, Supplier<R> work) {
        admit(actor, permission, query);
        return unitOfWork.read(actor.tenant(), work);
    }

    /**
     * Appends to the audit trail in the current unit of work.
     *
     * @param actor       who acted
     * @param action      the permission name of the use case, for example {@code ledger.entry.post}
     * @param subjectType the kind of record changed, for example {@code JournalEntry}
     * @param subjectId   the id of the record changed
     * @param detail      a short description without personal data or amounts
     */
    public void audit(Actor actor, String action, String subjectType, UUID subjectId, String detail) {
        audit(actor, action, subjectType, subjectId, detail, now());
    }

    /**
     * Like {@link #audit(Actor, String, String, UUID, String)}, at the instant the use case read
     * from {@link #now()} for the change (so that the clock is read once per change).
     *
     * @param actor       who acted
     * @param action      the permission name of the use case
     * @param subjectType the kind of record changed
     * @param subjectId   the id of the record changed
     * @param detail      a short description without personal data or amounts
     * @param at          when, from this library's clock
     */
    public void audit(Actor actor, String action, String subjectType, UUID subjectId, String detail, Instant at) {
        auditRecords.append(new AuditRecord(ids.newId(at), actor.tenant(), actor.id(), at, action, subjectType,
                subjectId, detail));
    }

    /**
     * Records the same change of many records in the audit trail at once (one round trip on a
     * database): one record each, in their order, all at the instant the use case read from
     * {@link #now()} for the change (so that the clock is read once per change).
     *
     * @param actor       who acted
     * @param action      the permission or action name
     * @param subjectType what kind of record changed
     * @param subjectIds  the ids of the records that changed
     * @param detail      what happened to each, in words
     * @param at          when, from this library's clock
     */
    public void auditAll(Actor actor, String action, String subjectType, List<UUID> subjectIds, String detail,
                         Instant at) {
        auditRecords.appendChange(new AuditChange(actor.tenant(), actor.id(), at, action, subjectType, detail,
                Arrays.asList(ids.newIds(subjectIds.size(), at)), subjectIds));
    }

    /**
     * Whether the host listens to domain events: false when built with
     * {@link DomainEventPublisher#none()}, where {@link #publish} drops them. Work done only to
     * record an event (reading what a change crossed) can be skipped then.
     *
     * @return true when events reach a publisher
     */
    public boolean publishesEvents() {
        return publisher != DomainEventPublisher.none();
    }

    /**
     * Stores events in the outbox now and hands them to the host's publisher after commit. Without a
     * publisher ({@link DomainEventPublisher#none()}) events are dropped here: nobody listens, so
     * the outbox row and its after-commit marking would be work for nothing.
     *
     * @param events the events recorded by the aggregates the call changed
     */
    public void publish(List<? extends DomainEvent> events) {
        if (events.isEmpty() || !publishesEvents()) {
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

    /**
     * Delivers events that stayed in the outbox (after a crash or a failing publisher). Returns how many.
     *
     * @param limit at most this many events
     * @return how many events were delivered
     */
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
