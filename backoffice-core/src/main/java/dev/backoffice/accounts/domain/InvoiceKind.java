package dev.backoffice.accounts.domain;

/**
 * The four kinds of document: what the tenant invoices its customers and credits back, and what
 * its suppliers bill and the tenant debits back. A credit or debit note corrects an issued
 * invoice or bill and reduces what is owed on it.
 */
public enum InvoiceKind {
    /** The customer owes the tenant: debits receivable, credits revenue and output tax. */
    CUSTOMER_INVOICE("INV", PartyRole.CUSTOMER, Side.DEBIT, PaymentDirection.INCOMING),
    /** Corrects a customer invoice: credits receivable, debits revenue and output tax. */
    CUSTOMER_CREDIT_NOTE("CN", PartyRole.CUSTOMER, Side.CREDIT, PaymentDirection.OUTGOING),
    /** The tenant owes the supplier: credits payable, debits expense and input tax. */
    SUPPLIER_BILL("BILL", PartyRole.SUPPLIER, Side.CREDIT, PaymentDirection.OUTGOING),
    /** Corrects a supplier bill: debits payable, credits expense and input tax. */
    SUPPLIER_DEBIT_NOTE("DN", PartyRole.SUPPLIER, Side.DEBIT, PaymentDirection.INCOMING);

    private final String prefix;
    private final PartyRole role;
    private final Side controlSide;
    private final PaymentDirection settledBy;

    InvoiceKind(String prefix, PartyRole role, Side controlSide, PaymentDirection settledBy) {
        this.prefix = prefix;
        this.role = role;
        this.controlSide = controlSide;
        this.settledBy = settledBy;
    }

    /**
     * The role of the party the document is for.
     *
     * @return customer or supplier
     */
    public PartyRole role() {
        return role;
    }

    /**
     * Whether it is a credit or debit note.
     *
     * @return true for credit and debit notes
     */
    public boolean isCorrection() {
        return this == CUSTOMER_CREDIT_NOTE || this == SUPPLIER_DEBIT_NOTE;
    }

    /**
     * The kind of note that corrects a document of this kind: a credit note corrects a customer
     * invoice, a debit note a supplier bill; nothing corrects a note (a note of a note would move the
     * control account one way and the original's open amount the other).
     *
     * @return the note kind; empty for credit and debit notes
     */
    public java.util.Optional<InvoiceKind> correctedBy() {
        if (isCorrection()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(role == PartyRole.CUSTOMER ? CUSTOMER_CREDIT_NOTE : SUPPLIER_DEBIT_NOTE);
    }

    /**
     * The side of the control account (receivable or payable) the gross amount posts to.
     *
     * @return debit or credit
     */
    public Side controlSide() {
        return controlSide;
    }

    /**
     * The direction of the payments that settle it (an invoice is paid in, a credit note paid out).
     *
     * @return incoming or outgoing
     */
    public PaymentDirection settledBy() {
        return settledBy;
    }

    /**
     * The sign of its open amount on the control account, on the account's normal side: +1 for
     * invoices and bills (owed), -1 for notes (owed back).
     *
     * @return +1 or -1
     */
    public int sign() {
        return isCorrection() ? -1 : 1;
    }

    /**
     * The document number for a sequence number in a year, for example {@code INV-2026-000042}.
     *
     * @param year     the year of the issue date
     * @param sequence the number taken in the year's series
     * @return the document number
     */
    public String number(int year, long sequence) {
        return String.format(java.util.Locale.ROOT, "%s-%04d-%06d", prefix, year, sequence);
    }
}
