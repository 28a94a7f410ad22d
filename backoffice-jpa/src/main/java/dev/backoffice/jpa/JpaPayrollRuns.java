package dev.backoffice.jpa;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.PayrollRunEntity;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.spi.PayrollRuns;
import jakarta.persistence.PersistenceException;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * {@link PayrollRuns} on {@code bo_payroll_runs}, {@code bo_payslips} and
 * {@code bo_payslip_components}; optimistic locking through {@code @Version}. One regular run not
 * reversed per tenant and month is kept by the unique index {@code bo_payroll_runs_period_uq}
 * (partial on PostgreSQL): a run added while another unit of work adds one for the same month waits
 * for it and, when it commits, fails with {@code personnel.payroll.period_already_run}.
 */
final class JpaPayrollRuns implements PayrollRuns {

    private static final String PERIOD_CONSTRAINT = "bo_payroll_runs_period_uq";

    private final JpaUnitOfWork uow;

    JpaPayrollRuns(JpaUnitOfWork uow) {
        this.uow = uow;
    }

    @Override
    public void add(PayrollRun run) {
        uow.withEntityManager(em -> {
            if (run.holdsPeriod() && findByPeriod(run.tenant(), run.period()).stream().anyMatch(PayrollRun::holdsPeriod)) {
                throw periodAlreadyRun(run.period(), null);
            }
            em.persist(PersonnelMapper.newEntity(run));
            try {
                em.flush(); // the period index decides here, while the failure can still be named
            } catch (PersistenceException e) {
                if (JpaUnitOfWork.isUniqueViolationOf(e, PERIOD_CONSTRAINT)) {
                    throw periodAlreadyRun(run.period(), e);
                }
                throw e;
            }
            return null;
        });
    }

    private static RuleViolationException periodAlreadyRun(YearMonth period, Throwable cause) {
        return new RuleViolationException(PersonnelError.PAYROLL_PERIOD_ALREADY_RUN,
                "The payroll of " + period + " has been run already; reverse it to run it again.", cause);
    }

    @Override
    public void update(PayrollRun run) {
        uow.withEntityManager(em -> {
            PayrollRunEntity entity = VersionedRows.forUpdate(em, PayrollRunEntity.class, run.id().value(), run.tenant(),
                    run.version(), PersonnelError.PAYROLL_RUN_NOT_FOUND, "The payroll run of " + run.period());
            PersonnelMapper.copyChangeable(run, entity);
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<PayrollRun> find(TenantId tenant, PayrollRunId id) {
        return uow.readWithEntityManager(em -> Optional.ofNullable(em.find(PayrollRunEntity.class, id.value()))
                .filter(r -> r.getTenantId().equals(tenant.value()))
                .map(PersonnelMapper::toDomain));
    }

    @Override
    public List<PayrollRun> findByPeriod(TenantId tenant, YearMonth period) {
        return uow.readWithEntityManager(em -> em.createQuery(
                        "select r from BoPayrollRun r where r.tenantId = :tenant and r.periodMonth = :month"
                                + " order by r.preparedAt, r.id", PayrollRunEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("month", period.atDay(1))
                .getResultStream()
                .map(PersonnelMapper::toDomain)
                .toList());
    }
}
