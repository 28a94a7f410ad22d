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

    /**
     * A used key.
     *
     * @param tenant      the tenant that used the key
     * @param key         the caller's key, 1 to 128 characters
     * @param operation   the command type, for example {@code RecordPayment}
     * @param fingerprint a SHA-256 of the command's content
     * @param resultId    the id of the record the command created
     * @param createdAt   when the key was first used
     */
    record Entry(TenantId tenant, String key, String operation, String fingerprint, UUID resultId, Instant createdAt) {
    }

    /**
     * The tenant's use of a key, in the current unit of work.
     *
     * @param tenant the tenant
     * @param key    the key
     * @return the entry, or empty when the tenant never used the key
     */
    Optional<Entry> find(TenantId tenant, String key);

    /**
     * Stores a key in the current unit of work. When another unit of work stored the same key
     * first, this one must fail at commit at the latest (a unique constraint) so that the retry
     * finds the first result.
     *
     * @param entry the used key
     */
    void add(Entry entry);
}
