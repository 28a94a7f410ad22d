package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.RuleViolationException;

/**
 * A batch of entries was refused as a whole because one entry failed; nothing of the batch was
 * stored. {@link #failedIndex()} is the position of the first entry that failed and
 * {@link #failure()} its own error, whose {@link BackOfficeException#code()} says why.
 */
public class LedgerBatchRejectedException extends RuleViolationException {

    private static final long serialVersionUID = 1L;

    /** The position of the refused entry in the batch, from 0. */
    private final int failedIndex;
    /** The refusal of that entry. */
    private final BackOfficeException failure;

    /**
     * A batch refused because of one of its entries, with code {@code ledger.batch.rejected}.
     *
     * @param failedIndex the position of the refused entry, from 0
     * @param failure     that entry's refusal
     */
    public LedgerBatchRejectedException(int failedIndex, BackOfficeException failure) {
        super(LedgerError.BATCH_REJECTED, "Entry " + failedIndex + " of the batch was refused ("
                + failure.code() + "): " + failure.getMessage() + " Nothing of the batch was posted.", failure);
        this.failedIndex = failedIndex;
        this.failure = failure;
    }

    /** {@return the position of the refused entry in the batch, from 0} */
    public int failedIndex() {
        return failedIndex;
    }

    /** {@return the refusal of the entry, with its own code and message} */
    public BackOfficeException failure() {
        return failure;
    }

    /**
     * The code of the failing entry's own error, for example {@code ledger.entry.unbalanced}.
     *
     * @return the failing entry's code
     */
    public String failureCode() {
        return failure.code();
    }
}
