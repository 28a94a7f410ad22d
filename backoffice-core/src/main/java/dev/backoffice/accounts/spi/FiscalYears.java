package dev.backoffice.accounts.spi;

import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The fiscal years of every tenant, with their periods. */
public interface FiscalYears {

    /**
     * Stores a new fiscal year; one that overlaps another of the tenant must fail.
     *
     * @param year the new year
     */
    void add(FiscalYear year);

    /**
     * Stores changed period states; fails with {@code ConcurrentUpdateException} on a stale version.
     *
     * @param year the changed year
     */
    void update(FiscalYear year);

    /**
     * The fiscal year of the tenant, empty when the tenant has none with that id.
     *
     * @param tenant the tenant
     * @param id     the fiscal year id
     * @return the year, or empty
     */
    Optional<FiscalYear> find(TenantId tenant, FiscalYearId id);

    /**
     * The fiscal year containing the date, for a posting. A database adapter takes a shared lock
     * (on the year's row, or on the tenant's calendar as the JPA adapter does on PostgreSQL) before
     * it reads the year, so that a concurrent close of the period waits until the posting has
     * committed and a posting that waited sees the close. The posting only reads the year: an
     * adapter may hand out an instance it shares with other readers (the in-memory adapter hands out
     * the one it stores, which it never changes in place), which the caller must not change.
     *
     * @param tenant the tenant
     * @param date   the accounting date of the posting
     * @return the year, or empty when no year contains the date
     */
    Optional<FiscalYear> findForPosting(TenantId tenant, LocalDate date);

    /**
     * All fiscal years of the tenant, ordered by start date.
     *
     * @param tenant the tenant
     * @return the years
     */
    List<FiscalYear> findAll(TenantId tenant);

    /**
     * Locks every fiscal year of the tenant until the unit of work ends, as an update would, and
     * returns how many there are: postings in flight (which hold the shared lock of {@link #findForPosting})
     * finish first, and postings that start later wait. A change of a tenant-wide setting that
     * postings read (the functional currency) takes this lock before it checks the journal.
     *
     * @param tenant the tenant
     * @return the number of fiscal years
     */
    int lockAll(TenantId tenant);
}
