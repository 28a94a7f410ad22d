package dev.backoffice.accounts.api;

import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.common.Actor;

import java.util.List;

/**
 * Customer invoices and credit notes, supplier bills and debit notes of the actor's tenant:
 * draft, revise, issue. An issued document is never edited; it is corrected by a note linking to it.
 */
public interface Invoicing {

    /**
     * Drafts a document. Refused with {@code receivables.party.not_found},
     * {@code receivables.party.role_mismatch} (a bill to a customer), {@code receivables.tax.unknown_code},
     * {@code receivables.invoice.invalid_line} and, for a note, {@code receivables.invoice.invalid_correction}
     * when it does not correct an issued document of the right kind and party.
     *
     * @param actor   who acts
     * @param command the document
     * @return the draft
     */
    InvoiceSnapshot draft(Actor actor, DraftInvoice command);

    /**
     * Replaces the lines of a draft ({@code receivables.invoice.not_draft} once issued).
     *
     * @param actor   who acts
     * @param command the draft and its new lines
     * @return the revised draft
     */
    InvoiceSnapshot revise(Actor actor, ReviseInvoice command);

    /**
     * Issues a draft: numbers it, posts one balanced journal entry through the ledger and, for a
     * note, applies it to the corrected document. Refused with {@code receivables.invoice.not_draft},
     * {@code receivables.invoice.zero_total}, {@code receivables.configuration.missing},
     * {@code receivables.invoice.correction_exceeds_original} and the ledger's codes (a closed period...).
     *
     * @param actor   who acts
     * @param command the draft and the issue date
     * @return the issued document
     */
    InvoiceSnapshot issue(Actor actor, IssueInvoice command);

    /**
     * The document; {@code receivables.invoice.not_found} when the tenant has none with that id.
     *
     * @param actor who reads
     * @param id    the document id
     * @return the document
     */
    InvoiceSnapshot invoice(Actor actor, InvoiceId id);

    /**
     * The documents of a party, drafts included, oldest first.
     *
     * @param actor who reads
     * @param party the party
     * @return the documents
     */
    List<InvoiceSnapshot> ofParty(Actor actor, PartyId party);
}
