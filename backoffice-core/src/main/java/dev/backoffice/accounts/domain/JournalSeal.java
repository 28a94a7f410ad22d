package dev.backoffice.accounts.domain;

import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * One link of a tenant's tamper-evident journal chain: the seal of one posted entry.
 *
 * @param tenant        the tenant whose chain this is
 * @param sequence      the position in the chain, from 1, without gaps
 * @param entryId       the sealed entry
 * @param digestVersion the version of {@link EntryDigest}'s canonical form the entry hash was made with
 * @param entryHash     SHA-256 of the entry's canonical form (lower-case hexadecimal)
 * @param chainHash     SHA-256 of the previous seal's chain hash and this entry hash
 * @param sealedAt      when the seal was made
 */
public record JournalSeal(TenantId tenant, long sequence, JournalEntryId entryId, int digestVersion,
                          String entryHash, String chainHash, Instant sealedAt) {

    /**
     * Requires every component and a sequence of 1 or more.
     *
     * @param tenant the tenant
     * @param sequence the position in the tenant's chain
     * @param entryId the entry
     * @param digestVersion the version of the canonical form hashed
     * @param entryHash the SHA-256 of the entry's canonical form, hexadecimal
     * @param chainHash the chain hash, hexadecimal
     * @param sealedAt when the entry was sealed
     */
    public JournalSeal {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryHash, "entryHash");
        Objects.requireNonNull(chainHash, "chainHash");
        Objects.requireNonNull(sealedAt, "sealedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("a seal's sequence starts at 1, not " + sequence);
        }
    }
}
