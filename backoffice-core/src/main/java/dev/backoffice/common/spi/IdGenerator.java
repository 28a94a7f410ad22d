package dev.backoffice.common.spi;

import java.time.Instant;
import java.util.UUID;

/** Makes the ids of new records. The default makes time-ordered UUIDv7 ids. */
@FunctionalInterface
public interface IdGenerator {

    /** {@return a new, unique id} */
    UUID newId();

    /**
     * New ids for many records made at once (a batch of entries and their audit records), in the
     * order they are made. The default asks {@link #newId()} for each; a generator may make them
     * together (the default generator reads its clock once for all).
     *
     * @param count how many, 0 or more
     * @return the new ids
     */
    default UUID[] newIds(int count) {
        UUID[] ids = new UUID[count];
        for (int i = 0; i < count; i++) {
            ids[i] = newId();
        }
        return ids;
    }

    /**
     * A new id for a record made at {@code at}, an instant the caller has just read from the
     * library's clock: a time-ordered generator may take its time from it rather than read a clock
     * again (a use case reads the clock once for all it records). The default ignores it and asks
     * {@link #newId()}.
     *
     * @param at when the record is made, from the library's clock
     * @return a new, unique id
     */
    default UUID newId(Instant at) {
        return newId();
    }

    /**
     * Like {@link #newIds(int)}, for records made at {@code at} (see {@link #newId(Instant)}). The
     * default ignores it and asks {@link #newIds(int)}.
     *
     * @param count how many, 0 or more
     * @param at    when the records are made, from the library's clock
     * @return the new ids
     */
    default UUID[] newIds(int count, Instant at) {
        return newIds(count);
    }
}
