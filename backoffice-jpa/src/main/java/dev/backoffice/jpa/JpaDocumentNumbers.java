package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.InvoiceKind;
import dev.backoffice.accounts.spi.DocumentNumbers;
import dev.backoffice.common.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * {@link DocumentNumbers} on {@code bo_document_numbers}, one counter row per tenant, kind and year,
 * incremented in the issuing transaction. The row lock the increment takes serializes the issuers
 * of one series until their transactions end, so a rolled back issue gives its number back (no gap)
 * and no number is given twice (the unique number of {@code bo_invoices} stands behind it).
 *
 * <p>PostgreSQL: one atomic upsert, {@code INSERT ... ON CONFLICT DO UPDATE SET last_number =
 * last_number + 1 RETURNING last_number}. H2: {@code UPDATE ... SET last_number = last_number + 1},
 * the insert of the first number when no row was there (two first issues at once collide on the
 * primary key, which the unit of work retries), then the row's value.
 */
final class JpaDocumentNumbers implements DocumentNumbers {

    private static final String NEXT_POSTGRESQL = "insert into bo_document_numbers"
            + " (tenant_id, document_kind, series_year, last_number) values (:tenant, :kind, :year, 1)"
            + " on conflict (tenant_id, document_kind, series_year)"
            + " do update set last_number = bo_document_numbers.last_number + 1 returning last_number";
    private static final String INCREMENT = "update bo_document_numbers set last_number = last_number + 1"
            + " where tenant_id = :tenant and document_kind = :kind and series_year = :year";
    private static final String FIRST = "insert into bo_document_numbers"
            + " (tenant_id, document_kind, series_year, last_number) values (:tenant, :kind, :year, 1)";
    private static final String LAST = "select last_number from bo_document_numbers"
            + " where tenant_id = :tenant and document_kind = :kind and series_year = :year";

    private final JpaUnitOfWork uow;

    JpaDocumentNumbers(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public long next(TenantId tenant, InvoiceKind kind, int year) {
        return uow.withEntityManager(em -> {
            if (uow.database(em) == BackOfficeMigrations.Database.POSTGRESQL) {
                return NativeValues.longValue(series(em, NEXT_POSTGRESQL, tenant, kind, year).getSingleResult());
            }
            if (series(em, INCREMENT, tenant, kind, year).executeUpdate() == 0) {
                series(em, FIRST, tenant, kind, year).executeUpdate();
                return 1L;
            }
            return NativeValues.longValue(series(em, LAST, tenant, kind, year).getSingleResult());
        });
    }

    @Override
    public long last(TenantId tenant, InvoiceKind kind, int year) {
        return uow.readWithEntityManager(em -> {
            java.util.List<?> rows = series(em, LAST, tenant, kind, year).getResultList();
            return rows.isEmpty() ? 0L : NativeValues.longValue(rows.get(0));
        });
    }

    private static Query series(EntityManager em, String sql, TenantId tenant, InvoiceKind kind, int year) {
        return em.createNativeQuery(sql)
                .setParameter("tenant", tenant.value())
                .setParameter("kind", kind.name())
                .setParameter("year", year);
    }
}
