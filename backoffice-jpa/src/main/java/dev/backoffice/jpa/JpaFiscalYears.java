package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.FiscalYearEntity;
import jakarta.persistence.LockModeType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link FiscalYears} on {@code bo_fiscal_years} and {@code bo_fiscal_periods}.
 * {@link #findForPosting} takes a shared row lock ({@code FOR SHARE} on PostgreSQL) on the year,
 * so that closing one of its periods (an update of the versioned row) waits for postings in flight.
 */
final class JpaFiscalYears implements FiscalYears {

    private final JpaUnitOfWork uow;

    JpaFiscalYears(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(FiscalYear year) {
        uow.withEntityManager(em -> {
            em.persist(AggregateMapper.newEntity(year));
            return null;
        });
    }

    @Override
    public void update(FiscalYear year) {
        uow.withEntityManager(em -> {
            FiscalYearEntity entity = VersionedRows.forUpdate(em, FiscalYearEntity.class, year.id().value(),
                    year.tenant(), year.version(), LedgerError.FISCAL_YEAR_NOT_FOUND, "Fiscal year " + year.name());
            AggregateMapper.copyChangeable(year, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<FiscalYear> find(TenantId tenant, FiscalYearId id) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select f from BoFiscalYear f where f.tenantId = :tenant and f.id = :id", FiscalYearEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("id", id.value())
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    @Override
    public Optional<FiscalYear> findForPosting(TenantId tenant, LocalDate date) {
        return uow.withEntityManager(em -> em.createQuery(
                        "select f from BoFiscalYear f where f.tenantId = :tenant and f.startDate <= :date and f.endDate >= :date",
                        FiscalYearEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("date", date)
                .setLockMode(LockModeType.PESSIMISTIC_READ)
                .getResultStream()
                .findFirst()
                .map(AggregateMapper::toDomain));
    }

    @Override
    public List<FiscalYear> findAll(TenantId tenant) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select f from BoFiscalYear f where f.tenantId = :tenant order by f.startDate", FiscalYearEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(AggregateMapper::toDomain)
                .toList());
    }

    @Override
    public int lockAll(TenantId tenant) {
        return uow.withEntityManager(em -> em.createQuery(
                        "select f from BoFiscalYear f where f.tenantId = :tenant order by f.id", FiscalYearEntity.class)
                .setParameter("tenant", tenant.value())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()
                .size());
    }
}
