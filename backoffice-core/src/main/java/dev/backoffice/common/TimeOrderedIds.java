package dev.backoffice.common;

import dev.backoffice.common.spi.IdGenerator;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes UUIDv7 ids (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * made in the same millisecond in order, then random bits. Ids sort by creation time, which keeps
 * database indexes compact and lets adapters batch inserts with ids known in advance.
 */
public final class TimeOrderedIds implements IdGenerator {

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ReentrantLock lock = new ReentrantLock();
    private long lastMillis = -1;
    private int sequence;

    public TimeOrderedIds() {
        this(Clock.systemUTC());
    }

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public UUID newId() {
        long millis;
        int seq;
        lock.lock();
        try {
            millis = Math.max(clock.millis(), lastMillis);
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
            seq = sequence;
        } finally {
            lock.unlock();
        }
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (seq & 0xFFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
