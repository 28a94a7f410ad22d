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
    void chunksDoubleFromSixteenRowsUpTo256KilobytesAndCoverEveryRowOnce() {
        Columns.Longs longs = new Columns.Longs(16); // 128 bytes a row: chunks of at most 2,048 rows
        assertThat(longs.chunkOf(0)).isZero();
        assertThat(longs.chunkOf(15)).isZero();
        assertThat(longs.chunkOf(16)).isEqualTo(1);
        assertThat(longs.chunkOf(47)).isEqualTo(1);
        assertThat(longs.chunkOf(48)).isEqualTo(2);
        int chunk = 0;
        int offset = 0;
        int largest = 0;
        for (int row = 0; row < 1 << 20; row++) {
            if (offset == longs.chunkSize(chunk)) {
                chunk++;
                offset = 0;
            }
            assertThat(longs.chunkOf(row)).isEqualTo(chunk);
            assertThat(longs.offsetOf(row, chunk)).isEqualTo(offset);
            largest = Math.max(largest, longs.chunkSize(chunk));
            offset++;
        }
        assertThat(largest).isEqualTo(2048);
        assertThat(largest * 16L * Long.BYTES).isLessThanOrEqualTo(256 * 1024);
        longs.set(1 << 20, 15, 7);
        assertThat(longs.get(1 << 20, 15)).isEqualTo(7);
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
}
