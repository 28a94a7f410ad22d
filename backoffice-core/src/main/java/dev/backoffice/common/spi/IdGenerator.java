package dev.backoffice.common.spi;

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
}
