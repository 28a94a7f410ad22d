package dev.backoffice.common;

/** The record asked for does not exist for the actor's tenant. */
public class NotFoundException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    /**
     * A missing record with the given code.
     *
     * @param errorCode the stable code, for example {@code ledger.account.not_found}
     * @param message   which record was not found
     */
    public NotFoundException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }
}
