package dev.backoffice.common;

import java.io.Serializable;

/**
 * Who acts, and for which tenant. Every use case takes an actor: its tenant scopes what the call
 * can read or change, its id is written to the audit trail, and the
 * {@link dev.backoffice.common.spi.AccessPolicy} decides what it may do.
 *
 * @param tenant the tenant the actor works for; it scopes every read and write of the call
 * @param id     the host's id of the user or system acting, 1 to 128 characters, written to the audit trail
 * @serial exclude
 */
public record Actor(TenantId tenant, String id) implements Serializable {

    /**
     * Refuses a missing tenant or an id that is blank or longer than 128 characters with {@code actor.invalid}.
     *
     * @param tenant the tenant, required
     * @param id     the actor's id, required
     */
    public Actor {
        if (tenant == null) {
            throw new BackOfficeException(CommonError.ACTOR_INVALID, "An actor needs a tenant.");
        }
        if (id == null || id.isBlank() || id.length() > 128) {
            throw new BackOfficeException(CommonError.ACTOR_INVALID, "An actor needs an id of 1 to 128 characters.");
        }
    }

    /**
     * An actor of a tenant given by its id text.
     *
     * @param tenant the tenant id, 1 to 64 characters of {@code [A-Za-z0-9._-]}
     * @param id     the actor's id, 1 to 128 characters
     * @return the actor
     */
    public static Actor of(String tenant, String id) {
        return new Actor(TenantId.of(tenant), id);
    }

    /**
     * An actor of a tenant.
     *
     * @param tenant the tenant
     * @param id     the actor's id, 1 to 128 characters
     * @return the actor
     */
    public static Actor of(TenantId tenant, String id) {
        return new Actor(tenant, id);
    }
}
