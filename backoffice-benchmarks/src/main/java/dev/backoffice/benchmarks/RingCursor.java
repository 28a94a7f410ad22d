package dev.backoffice.benchmarks;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.ThreadLocalRandom;

/** A benchmark thread's position in a fixture's ring of entries, starting at a random place. */
@State(Scope.Thread)
public class RingCursor {

    private int next = ThreadLocalRandom.current().nextInt(1 << 20);

    /** The index of the next entry in a ring of {@code ringSize} entries, a power of two. */
    int next(int ringSize) {
        return next++ & (ringSize - 1);
    }
}
