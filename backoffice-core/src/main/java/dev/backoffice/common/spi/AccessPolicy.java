package dev.backoffice.common.spi;

import dev.backoffice.common.Actor;

/**
 * Decides whether an actor may do something. The library asks it before every mutating call with
 * a permission name such as {@code ledger.entry.post} (each context lists its names in its api
 * package). The default allows everything; a host plugs in its own roles and rules.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * Whether the actor may do what the permission names.
     *
     * @param actor      who acts, never null
     * @param permission the permission name, for example {@code ledger.entry.post}
     * @return true to allow, false to refuse with {@code access.denied}
     */
    boolean permits(Actor actor, String permission);

    /**
     * Allows every actor every permission.
     *
     * @return a policy that allows everything
     */
    static AccessPolicy allowAll() {
        return (actor, permission) -> true;
    }

    /**
     * Refuses every actor every permission (for tests of the host's wiring).
     *
     * @return a policy that refuses everything
     */
    static AccessPolicy denyAll() {
        return (actor, permission) -> false;
    }
}
