package dev.backoffice.common;

import java.io.Serializable;

/**
 * Who acts, and for which tenant. Every use case takes an actor: its tenant scopes what the call
 * can read or change, its id is written to the audit trail, and the
 * {@link dev.backoffice.common.spi.AccessPolicy} decides what it may do.
 */
public record Actor(TenantId tenant, String id) implements Serializable {

    public Actor {
        if (tenant == null) {
            throw new BackOfficeException(CommonError.ACTOR_INVALID, "An actor needs a tenant.");
        }
        if (id == null || id.isBlank() || id.length() > 128) {
            throw new BackOfficeException(CommonError.ACTOR_INVALID, "An actor needs an id of 1 to 128 characters.");
        }
    }

    public static Actor of(String tenant, String id) {
        return new Actor(TenantId.of(tenant), id);
    }

    public static Actor of(TenantId tenant, String id) {
        return new Actor(tenant, id);
    }
}
