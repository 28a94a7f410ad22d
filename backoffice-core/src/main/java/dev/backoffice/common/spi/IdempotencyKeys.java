package dev.backoffice.common.spi;

import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers which idempotency keys a tenant has used, for which command (a fingerprint of its
 * content) and with which result (the id of the record it created).
 */
public interface IdempotencyKeys {

    /** A used key. */
    record Entry(TenantId tenant, String key, String operation, String fingerprint, UUID resultId, Instant createdAt) {
    }

    Optional<Entry> find(TenantId tenant, String key);

    /**
     * Stores a key in the current unit of work. When another unit of work stored the same key
     * first, this one must fail at commit at the latest (a unique constraint) so that the retry
     * finds the first result.
     */
    void add(Entry entry);
}
