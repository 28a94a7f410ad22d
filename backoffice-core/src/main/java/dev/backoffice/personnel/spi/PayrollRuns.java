package dev.backoffice.personnel.spi;

import dev.backoffice.common.TenantId;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** The payroll runs of every tenant. Every method is scoped to one tenant. */
public interface PayrollRuns {

    /**
     * Stores a new run. A regular run for a period that already has a regular run not reversed
     * must fail with code {@code personnel.payroll.period_already_run}, at commit at the latest
     * (a database adapter backs it with a unique index), so two concurrent runs never both pass.
     *
     * @param run the new payroll run
     */
    void add(PayrollRun run);

    /**
     * Stores a changed run; a stale version fails with
     * {@link dev.backoffice.common.ConcurrentUpdateException}.
     *
     * @param run the run as changed, with the version it was read at
     */
    void update(PayrollRun run);

    /**
     * The payroll run with that id in the tenant.
     *
     * @param tenant the tenant the call is scoped to
     * @param id     the run's id
     * @return the run, or empty when the tenant has none with that id
     */
    Optional<PayrollRun> find(TenantId tenant, PayrollRunId id);

    /**
     * The runs of the period, regular and reversal, oldest first.
     *
     * @param tenant the tenant the call is scoped to
     * @param period the pay month
     * @return the runs of that month, regular and reversals
     */
    List<PayrollRun> findByPeriod(TenantId tenant, YearMonth period);
}
