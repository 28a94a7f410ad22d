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
    void chunksDoubleFromSixteenRowsAndCoverEveryRowOnce() {
        assertThat(Columns.chunkOf(0)).isZero();
        assertThat(Columns.chunkOf(15)).isZero();
        assertThat(Columns.chunkOf(16)).isEqualTo(1);
        assertThat(Columns.chunkOf(47)).isEqualTo(1);
        assertThat(Columns.chunkOf(48)).isEqualTo(2);
        int chunk = 0;
        int offset = 0;
        for (int row = 0; row < 1 << 20; row++) {
            if (offset == Columns.chunkSize(chunk)) {
                chunk++;
                offset = 0;
            }
            assertThat(Columns.chunkOf(row)).isEqualTo(chunk);
            assertThat(Columns.offsetOf(row, chunk)).isEqualTo(offset);
            offset++;
        }
        assertThat(Columns.chunkOf(Integer.MAX_VALUE)).isLessThan(32);
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
}
