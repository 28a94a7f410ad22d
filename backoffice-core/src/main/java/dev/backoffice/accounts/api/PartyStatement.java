package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The account of a customer (or supplier) as one would send it: the balance owed at the start,
 * every document, payment and refund of the period with the running balance, and the balance at
 * the end. The balance is what the party owes the tenant (for a supplier: what the tenant owes
 * it): its open documents less its unallocated payments.
 *
 * @param party the customer or supplier
 * @param name the party name
 * @param from the first day, inclusive
 * @param to the last day, inclusive
 * @param openingBalance the balance at the end of the day before {@code from}
 * @param lines its lines
 * @param closingBalance the balance at the end of {@code to}
 */
public record PartyStatement(PartyId party, String name, LocalDate from, LocalDate to, Money openingBalance,
                             List<Line> lines, Money closingBalance) {

    /** What a line of the statement is. */
    public enum LineType {
        /** A customer invoice: the customer owes more. */
        INVOICE,
        /** A credit note correcting a customer invoice: the customer owes less. */
        CREDIT_NOTE,
        /** A supplier bill: the tenant owes the supplier more. */
        BILL,
        /** A debit note correcting a supplier bill: the tenant owes less. */
        DEBIT_NOTE,
        /** Money received from or paid to the party. */
        PAYMENT,
        /** Money given back to or received back from the party. */
        REFUND
    }

    /**
     * One line: {@code amount} raises the balance when positive, lowers it when negative.
     *
     * @param date the date
     * @param type what the line is
     * @param reference optional outside reference, or null
     * @param amount the amount
     * @param balance the balance after the line
     */
    public record Line(LocalDate date, LineType type, String reference, Money amount, Money balance) {
    }
}
