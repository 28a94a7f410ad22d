package dev.backoffice.inmemory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnsAndUuidIndexTest {

    @Test
    void chunksDoubleFromSixteenRowsUpTo64KilobytesThenTakeTheLargestSize() {
        Columns.Longs longs = new Columns.Longs(16, 256 * 1024); // 128 bytes a row: full chunks of 2,048 rows
        assertThat(longs.chunkOf(0)).isZero();
        assertThat(longs.chunkOf(15)).isZero();
        assertThat(longs.chunkOf(16)).isEqualTo(1);
        assertThat(longs.chunkOf(47)).isEqualTo(1);
        assertThat(longs.chunkOf(48)).isEqualTo(2);
        assertThat(walk(longs, 1 << 20)).containsExactly(16, 512, 2048);
        longs.set(1 << 20, 15, 7);
        assertThat(longs.get(1 << 20, 15)).isEqualTo(7);
    }

    /**
     * A chunk of one G1 region of 1 MB less the header room holds as many rows as fit, a number that
     * is no power of two: the rows still map to chunks and offsets one after another, each once.
     */
    @Test
    void fullChunksOfARegionHoldAsManyRowsAsFitAndCoverEveryRowOnce() {
        int region = 1024 * 1024 - 64;
        Columns.Longs lines = new Columns.Longs(4, region); // 32 bytes a row
        assertThat(walk(lines, 3_000_000)).containsExactly(16, 2_048, region / 32);
        Columns.Longs entries = new Columns.Longs(12, region); // 96 bytes a row
        assertThat(walk(entries, 1_000_000)).containsExactly(16, 512, region / 96);
        // a full chunk is over half a region (humongous: allocated in the old generation), the doubling
        // ones at most 64 KB (young, like any small array, copied by young pauses until promoted)
        assertThat(region / 96 * 96L).isGreaterThan(region - 96).isGreaterThan(512 * 1024);
        assertThat(512 * 96L + 16).isLessThan(64 * 1024);
        // a table whose full chunk holds few rows doubles up to half of them
        assertThat(walk(new Columns.Longs(16, 64 * 128), 10_000)).containsExactly(16, 32, 64);
        for (int row = 0; row < 1_000_000; row += 997) {
            entries.set(row, 11, row * 3L);
        }
        for (int row = 0; row < 1_000_000; row += 997) {
            assertThat(entries.get(row, 11)).isEqualTo(row * 3L);
        }
    }

    /** The division by the rows of a full chunk, a multiplication and a shift, agrees with {@code /} everywhere. */
    @Test
    void theReciprocalDividesEveryRowNumberExactly() {
        SplittableRandom random = new SplittableRandom(17);
        int[] divisors = {1, 2, 3, 7, 16, 32, 2_048, 10_922, 32_766, 131_064, 524_256, 4_194_240, 65_535, 65_537,
                Integer.MAX_VALUE, (1 << 30) + 1};
        for (int d : divisors) {
            long m = Columns.reciprocal(d);
            int shift = Columns.reciprocalShift(d);
            for (int n : new int[]{0, 1, d - 1, d, d + 1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1,
                    Integer.MAX_VALUE / d * d, Integer.MAX_VALUE / d * d - 1}) {
                if (n >= 0) {
                    assertThat(Columns.divide(n, m, shift)).as("%d / %d", n, d).isEqualTo(n / d);
                }
            }
            for (int i = 0; i < 200_000; i++) {
                int n = random.nextInt(Integer.MAX_VALUE);
                assertThat(Columns.divide(n, m, shift) == n / d).as("%d / %d", n, d).isTrue();
            }
        }
        for (int i = 0; i < 2_000; i++) {
            int d = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            int n = random.nextInt(Integer.MAX_VALUE);
            assertThat(Columns.divide(n, Columns.reciprocal(d), Columns.reciprocalShift(d))).as("%d / %d", n, d).isEqualTo(n / d);
        }
    }

    /** The default size: G1's region for this heap (a power of two from 1 to 32 MB) less the header room. */
    @Test
    void theLargestChunkIsARegionOfTheHeapLessTheHeaderRoom() {
        int region = Columns.MAX_CHUNK_BYTES + 64;
        assertThat(Integer.bitCount(region)).isEqualTo(1);
        assertThat(region).isBetween(1 << 20, 32 << 20);
        assertThat((long) region * 2048).isGreaterThanOrEqualTo(Runtime.getRuntime().maxMemory());
    }

    /**
     * Walks the rows in order, checking that each lands at the next offset of its chunk.
     *
     * @return the size of the first chunk, of the largest one that doubled the one before, and of the last
     */
    private static List<Integer> walk(Columns.Longs longs, int rows) {
        int chunk = 0;
        int offset = 0;
        List<Integer> sizes = new ArrayList<>(List.of(longs.chunkSize(0)));
        for (int row = 0; row < rows; row++) {
            if (offset == longs.chunkSize(chunk)) {
                chunk++;
                offset = 0;
                if (longs.chunkSize(chunk) != sizes.get(sizes.size() - 1)) {
                    sizes.add(longs.chunkSize(chunk));
                }
            }
            assertThat(longs.chunkOf(row)).isEqualTo(chunk);
            assertThat(longs.offsetOf(row, chunk)).isEqualTo(offset);
            offset++;
        }
        for (int i = 1; i < sizes.size() - 1; i++) {
            assertThat(sizes.get(i)).isEqualTo(2 * sizes.get(i - 1));
        }
        return List.of(sizes.get(0), sizes.get(sizes.size() - 2), sizes.get(sizes.size() - 1));
    }

    @Test
    void columnsKeepWhatIsSetAndReadZeroOrNullElsewhere() {
        Columns.Longs longs = new Columns.Longs(3);
        Columns.Refs refs = new Columns.Refs(2);
        for (int row = 0; row < 100_000; row += 7) {
            longs.set(row, 0, row * 3L);
            longs.set(row, 2, -row);
            refs.set(row, 1, "r" + row);
        }
        for (int row = 0; row < 100_000; row += 7) {
            assertThat(longs.get(row, 0)).isEqualTo(row * 3L);
            assertThat(longs.get(row, 1)).isZero();
            assertThat(longs.get(row, 2)).isEqualTo(-row);
            assertThat(refs.<String>get(row, 0)).isNull();
            assertThat(refs.<String>get(row, 1)).isEqualTo("r" + row);
            assertThat(longs.get(row + 1, 0)).isZero();
            assertThat(refs.<String>get(row + 1, 1)).isNull();
        }
    }

    @Test
    void theIndexAgreesWithAMapThroughGrowthAndRemovals() {
        UuidIndex index = new UuidIndex();
        Map<UUID, Integer> expected = new HashMap<>();
        List<UUID> keys = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // half random, half time-ordered-like keys that differ only in their low bits
            UUID key = i % 2 == 0 ? new UUID(random.nextLong(), random.nextLong()) : new UUID(42L, i);
            keys.add(key);
            assertThat(index.putIfAbsent(key, i)).isTrue();
            expected.put(key, i);
            if (i % 3 == 0) {
                UUID gone = keys.get(random.nextInt(keys.size()));
                index.remove(gone);
                expected.remove(gone);
            }
        }
        for (UUID key : keys) {
            assertThat(index.get(key)).isEqualTo(expected.getOrDefault(key, -1));
        }
        UUID present = expected.keySet().iterator().next();
        assertThat(index.putIfAbsent(present, -5)).isFalse();
        assertThat(index.get(present)).isEqualTo(expected.get(present));
        assertThat(index.get(new UUID(1, 2))).isEqualTo(-1);
    }

    /**
     * Keys that mostly come in increasing order (time-ordered ids), now and then an older one, a
     * random one, a key removed from the middle or the end and added again: the index agrees with a
     * map throughout, and a key is never in it twice.
     */
    @Test
    void increasingKeysWithSomeOutOfOrderAgreeWithAMap() {
        UuidIndex index = new UuidIndex();
        Map<UUID, Integer> expected = new HashMap<>();
        List<UUID> keys = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(11);
        long clock = 1L << 40;
        for (int i = 0; i < 300_000; i++) {
            clock += random.nextInt(3);
            UUID key = switch (random.nextInt(20)) {
                case 0 -> new UUID(clock - 1 - random.nextInt(1000), random.nextLong()); // an older id
                case 1 -> new UUID(random.nextLong(), random.nextLong()); // another generator's
                case 2 -> keys.isEmpty() ? new UUID(clock, i) : keys.get(random.nextInt(keys.size())); // seen before
                default -> new UUID(clock, i); // the next time-ordered id
            };
            boolean absent = !expected.containsKey(key);
            assertThat(index.putIfAbsent(key, i)).as("%s", key).isEqualTo(absent);
            if (absent) {
                expected.put(key, i);
                keys.add(key);
            }
            int removal = random.nextInt(10);
            if (removal == 0 && !keys.isEmpty()) {
                UUID gone = keys.get(random.nextInt(keys.size())); // anywhere
                index.remove(gone);
                expected.remove(gone);
            } else if (removal == 1 && absent) {
                index.remove(key); // the last one added, as an undo does
                expected.remove(key);
            }
        }
        for (UUID key : keys) {
            assertThat(index.get(key)).isEqualTo(expected.getOrDefault(key, -1));
        }
        assertThat(expected.size()).isGreaterThan(150_000);
    }

    /** A key hashed while it was below the run's end, then above it after removals, is found once and not added again. */
    @Test
    void aHashedKeyAboveTheRunAfterRemovalsIsNotAddedTwice() {
        UuidIndex index = new UuidIndex();
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        UUID c = new UUID(0, 3);
        assertThat(index.putIfAbsent(a, 1)).isTrue();
        assertThat(index.putIfAbsent(c, 3)).isTrue();
        assertThat(index.putIfAbsent(b, 2)).isTrue(); // below c: hashed
        index.remove(c); // the run ends at a again

        assertThat(index.putIfAbsent(b, 20)).isFalse();
        assertThat(index.get(b)).isEqualTo(2);
        index.remove(b);
        assertThat(index.get(b)).isEqualTo(-1);
        assertThat(index.putIfAbsent(b, 21)).isTrue();
        assertThat(index.get(b)).isEqualTo(21);
        assertThat(index.get(c)).isEqualTo(-1);
        assertThat(index.get(a)).isEqualTo(1);
    }

    @Test
    void removingInReverseOrderRestoresTheIndex() {
        UuidIndex index = new UuidIndex();
        for (int i = 0; i < 1000; i++) {
            index.putIfAbsent(new UUID(0, i), i);
        }
        for (int i = 5000; i >= 1000; i--) {
            index.putIfAbsent(new UUID(0, i), i);
        }
        for (int i = 1000; i <= 5000; i++) {
            index.remove(new UUID(0, i));
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(index.get(new UUID(0, i))).isEqualTo(i);
        }
        assertThat(index.get(new UUID(0, 1000))).isEqualTo(-1);
    }

    @Test
    void textsComeBackAsWrittenAndTruncateToAReference() {
        Texts texts = new Texts();
        long empty = texts.add("");
        long first = texts.add("Cash sale, Grüße ✓");
        long none = texts.add(null);
        long second = texts.add("x".repeat(100));
        assertThat(texts.get(empty)).isEmpty();
        assertThat(texts.get(first)).isEqualTo("Cash sale, Grüße ✓");
        assertThat(none).isEqualTo(Texts.NONE);
        assertThat(texts.get(none)).isNull();
        assertThat(texts.get(second)).isEqualTo("x".repeat(100));
        assertThat(texts.matches(first, "Cash sale, Grüße ✓")).isTrue();
        assertThat(texts.matches(first, "Cash sale")).isFalse();
        assertThat(texts.matches(none, null)).isTrue();
        assertThat(texts.matches(first, null)).isFalse();

        texts.truncateTo(second);
        long third = texts.add("y");
        assertThat(third).isEqualTo(second - 100 + 1); // same start, length 1
        assertThat(texts.get(third)).isEqualTo("y");
        assertThat(texts.get(first)).isEqualTo("Cash sale, Grüße ✓");
    }

    @Test
    void textsAcrossManyChunkBoundariesComeBackWhole() {
        Texts texts = new Texts();
        SplittableRandom random = new SplittableRandom(3);
        List<String> written = new ArrayList<>();
        List<Long> references = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String text = ("Entry " + i + " ").repeat(random.nextInt(12));
            written.add(text);
            references.add(texts.add(text));
        }
        for (int i = 0; i < written.size(); i++) {
            assertThat(texts.get(references.get(i))).isEqualTo(written.get(i));
            assertThat(texts.matches(references.get(i), written.get(i))).isTrue();
        }
    }

    @Test
    void symbolsNumberValuesFromOneAndKeepZeroForNull() {
        Symbols<String> symbols = new Symbols<>();
        assertThat(symbols.numberOf(null)).isZero();
        assertThat(symbols.numberOf("a")).isEqualTo(1);
        assertThat(symbols.numberOf("b")).isEqualTo(2);
        assertThat(symbols.numberOf("a")).isEqualTo(1);
        assertThat(symbols.find("b")).isEqualTo(2);
        assertThat(symbols.find("c")).isEqualTo(-1);
        assertThat(symbols.find(null)).isZero();
        assertThat(symbols.valueOf(2)).isEqualTo("b");
        assertThat(symbols.valueOf(0)).isNull();
    }

    /**
     * The open-addressing table through many growths, with values whose hashes collide ("Aa" and "BB")
     * and equal values that are other objects: every value keeps the number it got first.
     */
    @Test
    void symbolsKeepEveryValuesNumberThroughGrowthAndCollisions() {
        Symbols<String> symbols = new Symbols<>();
        Map<String, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 20_000; i++) {
            String value = switch (random.nextInt(4)) {
                case 0 -> "Aa".repeat(1 + random.nextInt(6)); // "Aa" and "BB" hash alike, and so do their repeats
                case 1 -> "BB".repeat(1 + random.nextInt(6));
                default -> "v" + random.nextInt(3_000);
            };
            int number = symbols.numberOf(new String(value)); // an equal value, never the same object
            Integer first = expected.putIfAbsent(value, expected.size() + 1);
            assertThat(number).as(value).isEqualTo(first == null ? expected.size() : first);
        }
        assertThat(expected).hasSizeGreaterThan(2_900);
        expected.forEach((value, number) -> {
            assertThat(symbols.find(value)).isEqualTo(number);
            assertThat(symbols.valueOf(number)).isEqualTo(value);
        });
        assertThat(symbols.find("absent")).isEqualTo(-1);
    }
}
