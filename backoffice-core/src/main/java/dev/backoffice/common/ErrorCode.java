package dev.backoffice.common;

/**
 * A stable, machine-readable error code such as {@code ledger.entry.unbalanced}.
 *
 * <p>Codes never change once published: hosts map them to HTTP statuses, translations and
 * monitoring. Each bounded context lists its codes in an enum that implements this interface.
 */
public interface ErrorCode {

    /**
     * The dotted code, for example {@code validation.failed}.
     *
     * @return the code, lower case, dot separated: {@code <context>.<thing>.<problem>}
     */
    String code();
}
