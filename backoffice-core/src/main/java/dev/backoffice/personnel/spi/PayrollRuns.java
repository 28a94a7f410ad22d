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
     */
    void add(PayrollRun run);

    /** Stores a changed run; a stale version fails with {@link dev.backoffice.common.ConcurrentUpdateException}. */
    void update(PayrollRun run);

    Optional<PayrollRun> find(TenantId tenant, PayrollRunId id);

    /** The runs of the period, regular and reversal, oldest first. */
    List<PayrollRun> findByPeriod(TenantId tenant, YearMonth period);
}
