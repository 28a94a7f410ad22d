package dev.backoffice.common;

import dev.backoffice.common.spi.IdGenerator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * made in the same millisecond in order, then random bits. Ids sort by creation time, which keeps
 * database indexes compact and lets adapters batch inserts with ids known in advance.
 *
 * <p><b>Random bits.</b> The random bits (the counter's starting value in each millisecond and the
 * 62 bits after the variant) come from a {@link SplittableRandom} seeded once, per generator, with
 * 64 bits from {@link SecureRandom}, and drawn under the generator's lock. They are there to keep
 * ids of different generators (other JVMs, other {@code BackOffice} instances) apart, not to be
 * unguessable: RFC 9562 (section 6.9) asks of UUIDv7 random bits uniqueness, not cryptographic
 * strength, and nothing in this library treats an id as a secret. Two generators draw from
 * independent seeds, so two of their ids with the same millisecond and counter collide with a
 * probability of about 2<sup>-62</sup>. Drawing every id from {@code SecureRandom} instead (a
 * synchronized read of the operating system's generator, several times per posting) was the
 * largest single cost of an in-memory posting after validation.
 */
public final class TimeOrderedIds implements IdGenerator {

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private final SplittableRandom random;
    private long lastMillis = -1;
    private int sequence;

    /** A generator on the system clock in UTC. */
    public TimeOrderedIds() {
        this(Clock.systemUTC());
    }

    /**
     * A generator on the given clock (a fixed clock in tests still yields distinct, increasing ids).
     *
     * @param clock where the millisecond timestamp comes from
     */
    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
        this.random = new SplittableRandom(new SecureRandom().nextLong());
    }

    @Override
    public UUID newId() {
        return newId(clock.millis());
    }

    /** Ids made together: one reading of the clock, then the counter runs on (into the next millisecond when it must). */
    @Override
    public UUID[] newIds(int count) {
        return count == 0 ? new UUID[0] : newIds(count, clock.millis());
    }

    /**
     * The millisecond of {@code at} instead of a reading of this generator's clock (the library hands
     * it an instant it read from the same clock). An instant earlier than an id made before still
     * gives a later id: the millisecond never goes back (see {@link #next}).
     */
    @Override
    public UUID newId(Instant at) {
        return newId(at.toEpochMilli());
    }

    private UUID newId(long millis) {
        lock.lock();
        try {
            return next(millis);
        } finally {
            lock.unlock();
        }
    }

    /** Like {@link #newId(Instant)}, for ids made together. */
    @Override
    public UUID[] newIds(int count, Instant at) {
        return newIds(count, at.toEpochMilli());
    }

    private UUID[] newIds(int count, long millis) {
        UUID[] ids = new UUID[count];
        lock.lock();
        try {
            for (int i = 0; i < count; i++) {
                ids[i] = next(millis);
            }
        } finally {
            lock.unlock();
        }
        return ids;
    }

    /** The next id at the clock's reading {@code now}; under the lock. */
    private UUID next(long now) {
        long millis = Math.max(now, lastMillis);
        if (millis == lastMillis) {
            sequence++;
            if (sequence > 0xFFF) {
                // counter exhausted within one millisecond: borrow the next millisecond
                millis++;
                sequence = 0;
            }
        } else {
            sequence = random.nextInt(0x400);
        }
        lastMillis = millis;
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (sequence & 0xFFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
