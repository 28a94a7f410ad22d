package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.PaymentId;
import dev.backoffice.common.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * The open items at the end of {@code asOf}.
 *
 * <p>{@code documents} are the documents with something open, on the control account's normal
 * side: an invoice or bill positive, a credit or debit note negative; their total equals the
 * balance of the receivable (or payable) account as of that day. {@code payments} are the
 * payments with an unallocated amount (the parties' credit), whose total equals the balance of
 * the customer credit (or supplier advances) account as of that day.
 *
 * @param role customers or suppliers
 * @param asOf the last day counted
 * @param documents the open documents
 * @param documentsTotal the total open on the documents
 * @param payments the payments with an unallocated part
 * @param paymentsTotal the total unallocated
 */
public record OpenItems(PartyRole role, LocalDate asOf, List<Document> documents, Money documentsTotal,
                        List<Payment> payments, Money paymentsTotal) {

    /**
     * A document with something open.
     *
     * @param open        signed: negative for a credit or debit note
     * @param daysOverdue days past the due date on {@code asOf}, zero when not yet due
     * @param party the customer or supplier
     * @param invoice the document
     * @param kind invoice, bill or note
     * @param number the document number, null while a draft
     * @param issueDate the issue date, null while a draft
     * @param dueDate the due date, null while a draft
     * @param gross the gross total, tax included
     */
    public record Document(PartyId party, InvoiceId invoice, InvoiceKind kind, String number, LocalDate issueDate,
                           LocalDate dueDate, Money gross, Money open, long daysOverdue) {
    }

    /**
     * A payment with an unallocated amount.
     *
     * @param party the customer or supplier
     * @param payment the payment
     * @param date the date
     * @param reference optional outside reference, or null
     * @param amount the amount
     * @param unallocated the part not allocated nor refunded
     */
    public record Payment(PartyId party, PaymentId payment, LocalDate date, String reference, Money amount,
                          Money unallocated) {
    }
}
