package dev.backoffice.common;

/** The {@link dev.backoffice.common.spi.AccessPolicy} refused the actor a permission. */
public class AccessDeniedException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /** The permission that was refused. */
    private final String permission;

    /**
     * Refuses the actor a permission, with code {@code access.denied}.
     *
     * @param actor      the actor that asked
     * @param permission the permission it lacks, for example {@code ledger.entry.post}
     */
    public AccessDeniedException(Actor actor, String permission) {
        super(CommonError.ACCESS_DENIED,
                "Actor '" + actor.id() + "' of tenant '" + actor.tenant().value()
                        + "' may not " + permission + ".");
        this.permission = permission;
    }

    /**
     * The permission that was refused, for example {@code ledger.entry.post}.
     *
     * @return the permission name
     */
    public String permission() {
        return permission;
    }
}
