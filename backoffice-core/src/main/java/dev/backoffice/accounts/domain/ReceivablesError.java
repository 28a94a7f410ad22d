package dev.backoffice.accounts.domain;

import dev.backoffice.common.ErrorCode;

/** The error codes of receivables, payables and payments. They never change once published. */
public enum ReceivablesError implements ErrorCode {
    /** No party with that id in the tenant. */
    PARTY_NOT_FOUND("receivables.party.not_found"),
    /** Payment terms outside 0 to 365 days. */
    PARTY_INVALID_TERMS("receivables.party.invalid_terms"),
    /** A customer where a supplier is needed, or the reverse (a bill to a customer, a payment to the wrong role). */
    PARTY_ROLE_MISMATCH("receivables.party.role_mismatch"),
    /** No posting accounts are configured for the tenant in the document's or payment's currency. */
    CONFIGURATION_MISSING("receivables.configuration.missing"),
    /** The configuration is not usable (an account of another currency, a threshold in another currency). */
    CONFIGURATION_INVALID("receivables.configuration.invalid"),
    /** The tax policy knows no rate for a line's tax code. */
    TAX_UNKNOWN_CODE("receivables.tax.unknown_code"),
    /** No invoice, bill or note with that id in the tenant. */
    INVOICE_NOT_FOUND("receivables.invoice.not_found"),
    /** Only a draft can be revised or issued; an issued document is corrected by a credit or debit note. */
    INVOICE_NOT_DRAFT("receivables.invoice.not_draft"),
    /** A line is not valid: a quantity or price of zero or less, a discount outside 0 to 100 %. */
    INVOICE_INVALID_LINE("receivables.invoice.invalid_line"),
    /** A document must have a total above zero to be issued. */
    INVOICE_ZERO_TOTAL("receivables.invoice.zero_total"),
    /** The document is not open: a draft, or settled in full. */
    INVOICE_NOT_OPEN("receivables.invoice.not_open"),
    /** A credit or debit note must correct an issued invoice or bill of the same party and currency. */
    INVOICE_INVALID_CORRECTION("receivables.invoice.invalid_correction"),
    /** The notes of a document would credit more than it was issued for. */
    INVOICE_CORRECTION_EXCEEDS_ORIGINAL("receivables.invoice.correction_exceeds_original"),
    /** No payment with that id in the tenant. */
    PAYMENT_NOT_FOUND("receivables.payment.not_found"),
    /** A payment, allocation or refund amount of zero or less. */
    PAYMENT_INVALID_AMOUNT("receivables.payment.invalid_amount"),
    /** The allocations would use more than the payment's unallocated amount. */
    PAYMENT_OVER_ALLOCATED("receivables.payment.over_allocated"),
    /** An allocation is larger than the document's open amount. */
    PAYMENT_ALLOCATION_EXCEEDS_OPEN("receivables.payment.allocation_exceeds_open"),
    /** The document belongs to another party, or is not settled by a payment in that direction. */
    PAYMENT_DOCUMENT_MISMATCH("receivables.payment.document_mismatch"),
    /** The payment and the document are in different currencies. */
    PAYMENT_CURRENCY_MISMATCH("receivables.payment.currency_mismatch"),
    /** No allocation with that id on the payment. */
    PAYMENT_ALLOCATION_NOT_FOUND("receivables.payment.allocation_not_found"),
    /** The allocation was undone already. */
    PAYMENT_ALLOCATION_ALREADY_UNDONE("receivables.payment.allocation_already_undone"),
    /**
     * An allocation, undo or refund dated before what it depends on (the payment, the document,
     * the allocation): the subledger and the ledger would disagree on earlier dates.
     */
    PAYMENT_INVALID_DATE("receivables.payment.invalid_date"),
    /** The payment waits for approval: it cannot be allocated or refunded yet. */
    PAYMENT_NOT_APPROVED("receivables.payment.not_approved"),
    /** The payment does not wait for approval (it needed none, or was approved already). */
    PAYMENT_NOT_AWAITING_APPROVAL("receivables.payment.not_awaiting_approval"),
    /** The creator of a payment cannot approve it. */
    PAYMENT_SELF_APPROVAL("receivables.payment.self_approval"),
    /** A refund larger than what is left of the payment. */
    PAYMENT_REFUND_EXCEEDS_PAYMENT("receivables.payment.refund_exceeds_payment"),
    /** A report period that ends before it starts. */
    REPORT_INVALID_PERIOD("receivables.report.invalid_period"),
    /** The payment gateway declined the operation; nothing was changed. */
    GATEWAY_DECLINED("receivables.gateway.declined"),
    /** The payment gateway did not answer in time; nothing was changed here, the outcome comes later. */
    GATEWAY_TIMEOUT("receivables.gateway.timeout"),
    /** No gateway charge with that id (or gateway reference) in the tenant. */
    GATEWAY_CHARGE_NOT_FOUND("receivables.gateway.charge_not_found"),
    /** The charge is not in a state that allows the operation (capturing a voided authorization...). */
    GATEWAY_INVALID_STATE("receivables.gateway.invalid_state"),
    /** A capture larger than what is authorized and not yet captured. */
    GATEWAY_CAPTURE_EXCEEDS_AUTHORIZED("receivables.gateway.capture_exceeds_authorized"),
    /** A refund larger than what was captured and not yet refunded. */
    GATEWAY_REFUND_EXCEEDS_CAPTURED("receivables.gateway.refund_exceeds_captured"),
    /** No gateway clearing account is configured for the currency. */
    GATEWAY_NOT_CONFIGURED("receivables.gateway.not_configured");

    private final String code;

    ReceivablesError(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
