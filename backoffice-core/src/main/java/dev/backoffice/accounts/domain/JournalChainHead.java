package dev.backoffice.accounts.domain;

import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.util.Objects;

/**
 * The end of a tenant's journal chain: the sequence and chain hash of its last seal, or
 * {@link #genesis} (sequence 0, {@link EntryDigest#GENESIS}) before the first. {@link #seal}
 * appends an entry to the chain.
 *
 * @param tenant the tenant
 * @param sequence the sequence of the last seal, 0 for none
 * @param chainHash the chain hash of the last seal, hexadecimal
 */
public record JournalChainHead(TenantId tenant, long sequence, String chainHash) {

    /**
     * Requires tenant and chain hash and a sequence of 0 or more.
     *
     * @param tenant the tenant
     * @param sequence the position in the tenant's chain
     * @param chainHash the chain hash, hexadecimal
     */
    public JournalChainHead {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(chainHash, "chainHash");
        if (sequence < 0) {
            throw new IllegalArgumentException("a chain head's sequence is 0 or more, not " + sequence);
        }
    }

    /**
     * The head of a chain without seals.
     *
     * @param tenant the tenant
     * @return the genesis head, sequence 0
     */
    public static JournalChainHead genesis(TenantId tenant) {
        return new JournalChainHead(tenant, 0, EntryDigest.GENESIS);
    }

    /**
     * Whether no entry was sealed yet.
     *
     * @return true for the genesis head
     */
    public boolean isGenesis() {
        return sequence == 0;
    }

    /**
     * The seal that appends the posted entry to this chain: the next sequence, the entry's hash and
     * the chain hash linking it to this head. The head itself does not change; continue from
     * {@link #after(JournalSeal)}.
     *
     * @param entry    the posted entry to seal
     * @param sealedAt when it is sealed
     * @return the seal
     */
    public JournalSeal seal(JournalEntry entry, Instant sealedAt) {
        Objects.requireNonNull(entry, "entry");
        if (!entry.tenant().equals(tenant)) {
            throw new IllegalArgumentException("Entry " + entry.id() + " belongs to another tenant's chain.");
        }
        String entryHash = EntryDigest.entryHash(entry);
        return new JournalSeal(tenant, sequence + 1, entry.id(), EntryDigest.VERSION, entryHash,
                EntryDigest.chainHash(chainHash, entryHash), sealedAt);
    }

    /**
     * The head after the seal, which must be the next one.
     *
     * @param seal the next seal
     * @return the new head
     */
    public JournalChainHead after(JournalSeal seal) {
        if (!seal.tenant().equals(tenant) || seal.sequence() != sequence + 1) {
            throw new IllegalArgumentException("Seal " + seal.sequence() + " does not follow head " + sequence + ".");
        }
        return new JournalChainHead(tenant, seal.sequence(), seal.chainHash());
    }
}
