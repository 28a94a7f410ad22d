package dev.backoffice.accounts.api;

/**
 * The permission names receivables, payables and payments ask the
 * {@link dev.backoffice.common.spi.AccessPolicy} for. Use cases that post to the ledger also
 * need {@link LedgerPermissions#POST_ENTRY} (and {@link LedgerPermissions#REVERSE_ENTRY} to undo
 * an allocation, {@link LedgerPermissions#VOID_PENDING} to void an authorization): the ledger
 * checks them itself.
 */
public final class ReceivablesPermissions {

    /** Set the posting accounts and approval threshold of a currency. */
    public static final String CONFIGURE = "receivables.configure";
    /** Register and update customers and suppliers. */
    public static final String MANAGE_PARTIES = "receivables.party.manage";
    /** Draft and revise invoices, bills, credit and debit notes. */
    public static final String DRAFT_INVOICE = "receivables.invoice.draft";
    /** Issue documents (numbers them and posts them to the ledger). */
    public static final String ISSUE_INVOICE = "receivables.invoice.issue";
    /** Record incoming and outgoing payments, allocate them, undo allocations, refund. */
    public static final String RECORD_PAYMENT = "receivables.payment.record";
    /** Approve outgoing payments above the threshold (never one's own). */
    public static final String APPROVE_PAYMENT = "receivables.payment.approve";
    /** Authorize, capture, void and refund through the payment gateway; record its notifications. */
    public static final String GATEWAY = "receivables.gateway.operate";
    /** Read parties, documents, payments, aging, statements and open items. */
    public static final String READ = "receivables.read";

    private ReceivablesPermissions() {
    }
}
