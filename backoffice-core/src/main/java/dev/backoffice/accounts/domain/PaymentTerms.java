package dev.backoffice.accounts.domain;

import dev.backoffice.common.RuleViolationException;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a party pays, or is paid: net {@code netDays} days after the issue date of the document.
 * {@code netDays} lies between 0 (due on receipt) and 365.
 *
 * @param netDays days from the issue date to the due date
 * @serial exclude
 */
public record PaymentTerms(int netDays) implements Serializable {

    /** Due on the day of issue. */
    public static final PaymentTerms DUE_ON_RECEIPT = new PaymentTerms(0);

    /**
     * Refuses terms outside 0 to 365 days with {@code receivables.party.invalid_terms}.
     *
     * @param netDays days from the issue date to the due date
     */
    public PaymentTerms {
        if (netDays < 0 || netDays > 365) {
            throw new RuleViolationException(ReceivablesError.PARTY_INVALID_TERMS,
                    "Payment terms are 0 to 365 days net, not " + netDays + ".");
        }
    }

    /**
     * Net {@code days} days.
     *
     * @param days days from issue to due date, 0 or more
     * @return the terms
     */
    public static PaymentTerms net(int days) {
        return new PaymentTerms(days);
    }

    /**
     * The due date of a document issued on {@code issueDate}.
     *
     * @param issueDate the issue date
     * @return the due date
     */
    public LocalDate dueDate(LocalDate issueDate) {
        return issueDate.plusDays(netDays);
    }
}
