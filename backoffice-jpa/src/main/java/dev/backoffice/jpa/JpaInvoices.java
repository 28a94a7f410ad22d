package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.Invoice;
import dev.backoffice.accounts.domain.InvoiceId;
import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.domain.InvoiceStatus;
import dev.backoffice.accounts.domain.PartyId;
import dev.backoffice.accounts.domain.PartyRole;
import dev.backoffice.accounts.domain.ReceivablesError;
import dev.backoffice.accounts.spi.Invoices;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.InvoiceEntity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link Invoices} on {@code bo_invoices} and its line, total, tax and settlement tables; changes
 * guarded by the row's {@code @Version}, so that two payments never settle the same open amount.
 *
 * <p>The content of a draft (lines, line totals, taxes) is written before its status changes, in a
 * flush of its own: on PostgreSQL a trigger refuses any change to the content of an issued document.
 */
final class JpaInvoices implements Invoices {

    private final JpaUnitOfWork uow;

    JpaInvoices(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(Invoice invoice) {
        uow.withEntityManager(em -> {
            em.persist(ReceivablesMapper.newEntity(invoice));
            return null;
        });
    }

    @Override
    public void update(Invoice invoice) {
        uow.withEntityManager(em -> {
            InvoiceEntity entity = VersionedRows.forUpdate(em, InvoiceEntity.class, invoice.id().value(),
                    invoice.tenant(), invoice.version(), ReceivablesError.INVOICE_NOT_FOUND, "Document " + invoice.id());
            if (entity.getStatus() == InvoiceStatus.DRAFT && ReceivablesMapper.contentDiffers(invoice, entity)) {
                ReceivablesMapper.replaceContent(invoice, entity);
                em.flush();
            }
            ReceivablesMapper.copyState(invoice, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<Invoice> find(TenantId tenant, InvoiceId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select i from BoInvoice i where i.tenantId = :tenant and i.id = :id", InvoiceEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(ReceivablesMapper::toDomain));
    }

    @Override
    public List<Invoice> findByParty(TenantId tenant, PartyId party) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select i from BoInvoice i where i.tenantId = :tenant and i.partyId = :party"
                                + " order by i.createdAt, i.id", InvoiceEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("party", party.value())
                .getResultStream()
                .map(ReceivablesMapper::toDomain)
                .toList());
    }

    @Override
    public List<Invoice> findIssued(TenantId tenant, PartyRole role, LocalDate issuedOnOrBefore) {
        List<InvoiceKind> kinds = Arrays.stream(InvoiceKind.values()).filter(kind -> kind.role() == role).toList();
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select i from BoInvoice i where i.tenantId = :tenant and i.kind in :kinds"
                                + " and i.status <> :draft and i.issueDate <= :day order by i.issueDate, i.number",
                        InvoiceEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("kinds", kinds)
                .setParameter("draft", InvoiceStatus.DRAFT)
                .setParameter("day", issuedOnOrBefore)
                .getResultStream()
                .map(ReceivablesMapper::toDomain)
                .toList());
    }
}
