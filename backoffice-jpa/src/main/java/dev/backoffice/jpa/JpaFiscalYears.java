package dev.backoffice.jpa;

import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.FiscalPeriodEmbeddable;
import dev.backoffice.jpa.entity.FiscalYearEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link FiscalYears} on {@code bo_fiscal_years} and {@code bo_fiscal_periods}.
 *
 * <p>A posting and a change of the calendar exclude each other: {@link #findForPosting} takes a
 * shared lock, {@link #update} and {@link #lockAll} an exclusive one, each held until the unit of
 * work ends, so closing a period waits for postings in flight and postings that start later wait
 * for the close and then see it. On PostgreSQL the lock is a transaction-level advisory lock of the
 * tenant ({@code pg_advisory_xact_lock_shared} / {@code pg_advisory_xact_lock} on the key pair
 * ({@value #ADVISORY_LOCK_CLASS}, the tenant id's {@link String#hashCode})): it lives in the
 * server's lock table only, where a shared row lock ({@code FOR SHARE}) that every posting of the
 * tenant took on the same row wrote that row's lock state to the heap and the write-ahead log and,
 * with concurrent postings, made a multixact each time. The lock is taken in its own statement
 * before the year is read, so the read (a statement of its own, with its own snapshot) sees a close
 * that committed while the posting waited; for a posting the two statements travel in one round
 * trip ({@link JdbcRows#fiscalYearUnderSharedLock}). On other databases the year's row itself is locked
 * ({@code PESSIMISTIC_READ} for a posting), then its periods read.
 */
final class JpaFiscalYears implements FiscalYears {

    /** The first key of the tenant calendar's advisory lock on PostgreSQL ("BOFY"); the second is the tenant's hash. */
    static final int ADVISORY_LOCK_CLASS = 0x424F4659;

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
            lockCalendarExclusively(em, year.tenant());
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
        // read-only, and the periods as values beside the year rather than its collection: a posting
        // only reads the year, so the flush compares nothing with a snapshot (an update loads it again)
        return uow.withEntityManager(em -> {
            if (uow.database(em) == BackOfficeMigrations.Database.POSTGRESQL) {
                // the shared calendar lock and then the year with its periods, in one round trip of
                // plain JDBC: Hibernate's query execution and result mapping of the year and its twelve
                // periods cost more than the statement, and a round trip more than both (P4 in
                // docs/benchmarks.md)
                return JdbcRows.fiscalYearUnderSharedLock(em, ADVISORY_LOCK_CLASS, lockKey(tenant), tenant.value(), date)
                        .map(year -> AggregateMapper.toDomain(year.getKey(), year.getValue()));
            }
            // the year's row locked first, then its periods read after the lock was granted (a join
            // fetch would read them before Hibernate's follow-on lock of the year)
            return em.createQuery("select f from BoFiscalYear f "
                                    + "where f.tenantId = :tenant and f.startDate <= :date and f.endDate >= :date",
                            FiscalYearEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("date", date)
                    .setLockMode(LockModeType.PESSIMISTIC_READ)
                    .setHint(HibernateHints.HINT_READ_ONLY, true)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .map(year -> AggregateMapper.toDomain(year, em.createQuery(
                                    "select p from BoFiscalYear f join f.periods p where f.id = :id", FiscalPeriodEmbeddable.class)
                            .setParameter("id", year.getId())
                            .getResultList()));
        });
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
        return uow.withEntityManager(em -> {
            boolean locked = lockCalendarExclusively(em, tenant);
            return em.createQuery("select f from BoFiscalYear f where f.tenantId = :tenant order by f.id", FiscalYearEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setLockMode(locked ? LockModeType.NONE : LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .size();
        });
    }

    /** The second key of the tenant calendar's advisory lock. */
    private static int lockKey(TenantId tenant) {
        return tenant.value().hashCode();
    }

    /**
     * On PostgreSQL, takes the tenant's calendar lock exclusively (see the class comment) until the
     * transaction ends, waiting while a posting holds it shared, and returns true; elsewhere returns
     * false and the caller locks rows instead. A posting takes it shared in the same round trip as
     * its read of the year ({@link JdbcRows#fiscalYearUnderSharedLock}).
     */
    private boolean lockCalendarExclusively(EntityManager em, TenantId tenant) {
        if (uow.database(em) != BackOfficeMigrations.Database.POSTGRESQL) {
            return false;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, ADVISORY_LOCK_CLASS);
                lock.setInt(2, lockKey(tenant));
                lock.execute();
            }
        });
        return true;
    }
}
