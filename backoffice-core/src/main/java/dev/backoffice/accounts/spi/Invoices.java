package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored invoices, bills, credit notes and debit notes. */
public interface Invoices {

    /**
     * Stores a new document in the current unit of work.
     *
     * @param invoice the new document
     */
    void add(Invoice invoice);

    /**
     * Stores a changed document (revised draft, issue, settlements, corrections); fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException} when the stored version is not the
     * one it was loaded with, so that two payments never settle the same open amount twice.
     *
     * @param invoice the changed document
     */
    void update(Invoice invoice);

    /**
     * The document of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the document id
     * @return the document, or empty
     */
    Optional<Invoice> find(TenantId tenant, InvoiceId id);

    /**
     * The documents of a party, drafts included, oldest first.
     *
     * @param tenant the tenant
     * @param party  the customer or supplier
     * @return the documents
     */
    List<Invoice> findByParty(TenantId tenant, PartyId party);

    /**
     * The issued documents of the tenant's customers or suppliers with an issue date on or before
     * {@code issuedOnOrBefore}, by issue date then number. An adapter may leave out documents that
     * were settled in full on or before that date.
     *
     * @param tenant           the tenant
     * @param role             customers or suppliers
     * @param issuedOnOrBefore the last issue date
     * @return the documents
     */
    List<Invoice> findIssued(TenantId tenant, PartyRole role, LocalDate issuedOnOrBefore);
}
