package dev.backoffice.common.spi;

import java.util.UUID;

/** Makes the ids of new records. The default makes time-ordered UUIDv7 ids. */
@FunctionalInterface
public interface IdGenerator {

    /** {@return a new, unique id} */
    UUID newId();
}
