package dev.backoffice.common;

/** The record asked for does not exist for the actor's tenant. */
public class NotFoundException extends BackOfficeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorCode errorCode, String message) {
        super(errorCode, message);
    }
}
