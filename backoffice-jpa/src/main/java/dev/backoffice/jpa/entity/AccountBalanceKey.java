package dev.backoffice.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a balance row: the account and the bucket (0 for an account kept in one row). */
@Embeddable
public class AccountBalanceKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false, updatable = false)
    private UUID accountId;

    @Column(name = "bucket", nullable = false, updatable = false)
    private int bucket;

    public AccountBalanceKey() {
    }

    public AccountBalanceKey(UUID accountId, int bucket) {
        this.accountId = accountId;
        this.bucket = bucket;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public void setAccountId(UUID accountId) {
        this.accountId = accountId;
    }

    public int getBucket() {
        return bucket;
    }

    public void setBucket(int bucket) {
        this.bucket = bucket;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountBalanceKey other && bucket == other.bucket && Objects.equals(accountId, other.accountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, bucket);
    }
}
