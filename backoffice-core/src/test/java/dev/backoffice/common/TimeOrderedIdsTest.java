package dev.backoffice.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdsTest {

    /** UUIDs compared as unsigned 128-bit numbers, most significant long first (the byte order a database sorts). */
    private static final Comparator<UUID> UNSIGNED = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30.123Z");

    private static List<UUID> make(TimeOrderedIds ids, int count) {
        List<UUID> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(ids.newId());
        }
        return made;
    }

    private static void assertStrictlyIncreasing(List<UUID> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertThat(UNSIGNED.compare(ids.get(i - 1), ids.get(i)))
                    .as("id %d (%s) sorts after id %d (%s)", i, ids.get(i), i - 1, ids.get(i - 1))
                    .isNegative();
        }
    }

    private static long timestampOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }

    @Test
    void ids_are_version_7_with_the_rfc_variant() {
        TimeOrderedIds ids = new TimeOrderedIds();

        for (UUID id : make(ids, 1000)) {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
    }

    @Test
    void ids_start_with_the_clock_milliseconds() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));

        UUID id = ids.newId();

        assertThat(timestampOf(id)).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void ids_made_in_a_loop_strictly_increase_and_are_unique() {
        List<UUID> made = make(new TimeOrderedIds(), 20_000);

        assertStrictlyIncreasing(made);
        assertThat(new HashSet<>(made)).hasSize(made.size());
    }

    @Test
    void ids_made_in_the_same_millisecond_still_strictly_increase() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));

        List<UUID> made = make(ids, 1000);

        assertStrictlyIncreasing(made);
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(timestampOf(made.get(0))).isEqualTo(NOW.toEpochMilli());
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
    }

    @Test
    void more_ids_than_the_counter_holds_in_one_millisecond_still_strictly_increase() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));

        List<UUID> made = make(ids, 10_000); // the 12-bit counter holds at most 4096 per millisecond

        assertStrictlyIncreasing(made);
        assertThat(new HashSet<>(made)).hasSize(made.size());
        // borrowing milliseconds ahead stays close to the clock
        assertThat(timestampOf(made.get(made.size() - 1)) - NOW.toEpochMilli()).isBetween(1L, 10L);
    }

    /** Ids made together read the clock once and continue the sequence of single ones, in order and unique. */
    @Test
    void ids_made_together_continue_the_sequence_with_one_reading_of_the_clock() {
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        CountingClock clock = new CountingClock(millis);
        AtomicLong readings = clock.readings;
        TimeOrderedIds ids = new TimeOrderedIds(clock);

        List<UUID> made = new ArrayList<>(make(ids, 3));
        long before = readings.get();
        made.addAll(List.of(ids.newIds(10_000)));
        assertThat(readings.get() - before).isEqualTo(1);
        millis.incrementAndGet();
        made.addAll(make(ids, 3));
        made.addAll(List.of(ids.newIds(0)));

        assertThat(made).hasSize(10_006);
        assertStrictlyIncreasing(made);
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).allSatisfy(id -> assertThat(id.version()).isEqualTo(7));
        assertThat(timestampOf(made.get(3))).isEqualTo(NOW.toEpochMilli());
        // 10,000 ids need three milliseconds of the 12-bit counter: borrowed ahead, then the clock catches up
        assertThat(timestampOf(made.get(10_002)) - NOW.toEpochMilli()).isBetween(2L, 3L);
    }

    /**
     * Ids for an instant the caller read take their millisecond from it and read no clock; they
     * continue the sequence of the others, in order, also when the instant is earlier than an id made before.
     */
    @Test
    void ids_for_a_given_instant_take_its_millisecond_without_reading_the_clock() {
        CountingClock clock = new CountingClock(new AtomicLong(NOW.toEpochMilli()));
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        Instant later = NOW.plusMillis(5);

        List<UUID> made = new ArrayList<>(make(ids, 2));
        long before = clock.readings.get();
        made.add(ids.newId(later));
        made.addAll(List.of(ids.newIds(3, later)));
        made.add(ids.newId(NOW)); // earlier than the ids just made
        made.addAll(List.of(ids.newIds(2, NOW.minusSeconds(60))));
        assertThat(clock.readings.get()).isEqualTo(before);
        made.addAll(make(ids, 2));

        assertThat(made).hasSize(11);
        assertStrictlyIncreasing(made);
        assertThat(timestampOf(made.get(2))).isEqualTo(later.toEpochMilli());
        assertThat(made.subList(2, 9)).allSatisfy(id -> assertThat(timestampOf(id)).isEqualTo(later.toEpochMilli()));
        assertThat(ids.newIds(0, NOW)).isEmpty();
    }

    @Test
    void ids_keep_increasing_when_the_clock_goes_back() {
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        TimeOrderedIds ids = new TimeOrderedIds(new SteppingClock(millis));

        UUID before = ids.newId();
        millis.addAndGet(-60_000); // the wall clock is set back a minute
        List<UUID> after = make(ids, 100);

        List<UUID> all = new ArrayList<>();
        all.add(before);
        all.addAll(after);
        assertStrictlyIncreasing(all);
    }

    @Test
    void ids_follow_the_clock_across_milliseconds() {
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        TimeOrderedIds ids = new TimeOrderedIds(new SteppingClock(millis));
        List<UUID> made = new ArrayList<>();

        for (int ms = 0; ms < 50; ms++) {
            made.addAll(make(ids, 7));
            millis.incrementAndGet();
        }

        assertStrictlyIncreasing(made);
        assertThat(timestampOf(made.get(made.size() - 1))).isEqualTo(NOW.toEpochMilli() + 49);
    }

    @Test
    void ids_made_by_many_threads_are_unique() throws Exception {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<UUID>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> make(ids, 2_500)));
            }
            for (Future<List<UUID>> future : futures) {
                List<UUID> made = future.get(30, TimeUnit.SECONDS);
                assertStrictlyIncreasing(made); // each thread sees its own ids in order
                seen.addAll(made);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void generators_on_the_same_clock_draw_different_random_bits() {
        // the random bits are seeded per generator from SecureRandom: two generators (two JVMs, two
        // back offices) on the same millisecond and counter still make different ids
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        List<UUID> first = make(new TimeOrderedIds(clock), 4_000);
        List<UUID> second = make(new TimeOrderedIds(clock), 4_000);

        Set<UUID> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).hasSize(8_000);
        Set<Long> randomBits = new HashSet<>();
        first.forEach(id -> randomBits.add(id.getLeastSignificantBits()));
        second.forEach(id -> randomBits.add(id.getLeastSignificantBits()));
        assertThat(randomBits).hasSize(8_000);
    }

    /** A clock whose milliseconds a test sets. */
    /** A stepping clock that counts how often its milliseconds are read. */
    private static final class CountingClock extends SteppingClock {

        private final AtomicLong readings = new AtomicLong();

        CountingClock(AtomicLong millis) {
            super(millis);
        }

        @Override
        public long millis() {
            readings.incrementAndGet();
            return super.millis();
        }
    }

    private static class SteppingClock extends Clock {

        private final AtomicLong millis;

        SteppingClock(AtomicLong millis) {
            this.millis = millis;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }
}
