package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.PartyId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drafts an invoice, bill or note for a party, in the party's currency.
 *
 * @param party          the customer or supplier; for a note, null or the party of the corrected document
 * @param correctionOf   for a credit or debit note, the issued invoice or bill it corrects; else null
 * @param reference      optional outside reference, for example the supplier's own bill number
 * @param idempotencyKey optional: the same key again returns the first draft
 * @param kind invoice, bill or note
 * @param lines its lines
 */
public record DraftInvoice(@NotNull InvoiceKind kind,
                           PartyId party,
                           InvoiceId correctionOf,
                           @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid InvoiceLineInput> lines,
                           @Size(max = 128) String reference,
                           @Size(min = 1, max = 128) String idempotencyKey) {

    /**
     * Copies the lines into an unmodifiable list.
     *
     * @param kind           invoice, bill, credit note or debit note
     * @param party          the customer or supplier; null for a note (it takes the corrected document's)
     * @param correctionOf   the document a note corrects; null for an invoice or bill
     * @param lines          the lines, at least one
     * @param reference      the supplier's own number of a bill, or null
     * @param idempotencyKey optional key
     */
    public DraftInvoice {
        lines = lines == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * A customer invoice.
     *
     * @param customer the customer
     * @param lines    the lines
     * @return the command
     */
    public static DraftInvoice customerInvoice(PartyId customer, InvoiceLineInput... lines) {
        return new DraftInvoice(InvoiceKind.CUSTOMER_INVOICE, customer, null, Arrays.asList(lines), null, null);
    }

    /**
     * A supplier bill.
     *
     * @param supplier          the supplier
     * @param supplierReference the supplier's own number of the bill, or null
     * @param lines             the lines
     * @return the command
     */
    public static DraftInvoice supplierBill(PartyId supplier, String supplierReference, InvoiceLineInput... lines) {
        return new DraftInvoice(InvoiceKind.SUPPLIER_BILL, supplier, null, Arrays.asList(lines), supplierReference, null);
    }

    /**
     * A credit note correcting a customer invoice.
     *
     * @param invoice the issued customer invoice it corrects
     * @param lines   the lines credited
     * @return the command
     */
    public static DraftInvoice creditNote(InvoiceId invoice, InvoiceLineInput... lines) {
        return new DraftInvoice(InvoiceKind.CUSTOMER_CREDIT_NOTE, null, invoice, Arrays.asList(lines), null, null);
    }

    /**
     * A debit note correcting a supplier bill.
     *
     * @param bill  the issued supplier bill it corrects
     * @param lines the lines debited
     * @return the command
     */
    public static DraftInvoice debitNote(InvoiceId bill, InvoiceLineInput... lines) {
        return new DraftInvoice(InvoiceKind.SUPPLIER_DEBIT_NOTE, null, bill, Arrays.asList(lines), null, null);
    }

    /**
     * The same command with an idempotency key.
     *
     * @param key the key, 1 to 128 characters
     * @return the command with the key
     */
    public DraftInvoice withIdempotencyKey(String key) {
        return new DraftInvoice(kind, party, correctionOf, lines, reference, key);
    }
}
