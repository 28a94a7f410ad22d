package dev.backoffice.jpa.entity;

/** An entity of a versioned aggregate: owned by a tenant and guarded by an optimistic version. */
public interface VersionedEntity {

    String getTenantId();

    long getVersion();
}
