package dev.backoffice.personnel.domain;

import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The employment contract of one employee, as effective-dated versions. A change never edits a
 * version: it adds a new one from a date after the start of the latest, and the previous one ends
 * the day before. The history stays complete, so the contract valid on any past date can be
 * answered and payroll can prorate a month with a change in it. Every version is in one currency.
 */
public final class EmploymentContract {

    private final EmployeeId employeeId;
    private final TenantId tenant;
    private final List<ContractVersion> versions;
    private final long version;

    private EmploymentContract(EmployeeId employeeId, TenantId tenant, List<ContractVersion> versions, long version) {
        this.employeeId = Objects.requireNonNull(employeeId, "employeeId");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.versions = new ArrayList<>(versions);
        if (this.versions.isEmpty()) {
            throw new IllegalArgumentException("a contract has at least one version");
        }
        this.version = version;
    }

    /**
     * Starts the contract of an employee with its first version.
     *
     * @param employee   the employee
     * @param tenant     the tenant it belongs to
     * @param validFrom  the first day of the contract
     * @param terms      the first terms
     * @param recordedBy who records them
     * @param now        the time of the change, from the injected clock
     * @return the contract
     */
    public static EmploymentContract start(EmployeeId employee, TenantId tenant, LocalDate validFrom,
                                           ContractTerms terms, String recordedBy, Instant now) {
        return new EmploymentContract(employee, tenant, List.of(new ContractVersion(validFrom, terms, recordedBy, now)), 0);
    }

    /**
     * Rebuilds a stored contract (for adapters); versions in order of their start.
     *
     * @param employee the employee
     * @param tenant   the tenant it belongs to
     * @param versions its versions, in order of their start
     * @param version  the stored version it was read at
     * @return the contract as stored
     */
    public static EmploymentContract restore(EmployeeId employee, TenantId tenant, List<ContractVersion> versions,
                                             long version) {
        return new EmploymentContract(employee, tenant, versions, version);
    }

    /**
     * Adds a version from {@code validFrom}: refused with
     * {@code personnel.contract.change_not_after_latest} unless it starts after the latest
     * version, and with {@code personnel.contract.invalid} when the pay changes currency.
     *
     * @param validFrom  the first day of the new terms
     * @param terms      the complete new terms
     * @param recordedBy who records them
     * @param now        the time of the change, from the injected clock
     * @return the new version
     */
    public ContractVersion change(LocalDate validFrom, ContractTerms terms, String recordedBy, Instant now) {
        ContractVersion latest = latest();
        if (!validFrom.isAfter(latest.validFrom())) {
            throw new RuleViolationException(PersonnelError.CONTRACT_CHANGE_NOT_AFTER_LATEST,
                    "A contract change must take effect after " + latest.validFrom() + ", the start of the latest version.");
        }
        if (!terms.pay().amount().currency().equals(latest.terms().pay().amount().currency())) {
            throw new RuleViolationException(PersonnelError.CONTRACT_INVALID,
                    "A contract keeps its pay in one currency, " + latest.terms().pay().amount().currency() + ".");
        }
        ContractVersion added = new ContractVersion(validFrom, terms, recordedBy, now);
        versions.add(added);
        return added;
    }

    /**
     * The version in force on the day, if the contract had started by then.
     *
     * @param day the day
     * @return the version, or empty before the start
     */
    public Optional<ContractVersion> versionOn(LocalDate day) {
        ContractVersion found = null;
        for (ContractVersion v : versions) {
            if (!v.validFrom().isAfter(day)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The last day of the version at {@code index}: the day before the next starts, or empty for the latest.
     *
     * @param index the version's index, 0 for the first
     * @return its last day, or empty for the latest
     */
    public Optional<LocalDate> validTo(int index) {
        return index + 1 < versions.size() ? Optional.of(versions.get(index + 1).validFrom().minusDays(1)) : Optional.empty();
    }

    /**
     * Each version with the days of {@code range} it covers (versions outside the range left out), in order.
     *
     * @param range the days, for example a pay month
     * @return the versions in force during it, each with its days
     */
    public List<Span> spansDuring(DateRange range) {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            LocalDate end = validTo(i).orElse(LocalDate.MAX);
            if (end.isBefore(versions.get(i).validFrom())) {
                continue;
            }
            DateRange covered = new DateRange(versions.get(i).validFrom(), end);
            int index = i;
            covered.intersection(range).ifPresent(days -> spans.add(new Span(versions.get(index), days)));
        }
        return spans;
    }

    /** A contract version and the days of a range it is in force. */
    public record Span(ContractVersion version, DateRange days) {
    }

    /**
     * The latest version.
     *
     * @return the latest version
     */
    public ContractVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The first day of the first version.
     *
     * @return the first day of the first version
     */
    public LocalDate startDate() {
        return versions.get(0).validFrom();
    }

    /**
     * The employee.
     *
     * @return the employee
     */
    public EmployeeId employeeId() {
        return employeeId;
    }

    /**
     * The tenant it belongs to.
     *
     * @return the tenant it belongs to
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Every version, oldest first.
     *
     * @return the versions
     */
    public List<ContractVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    /**
     * The stored version it was read at, for optimistic locking.
     *
     * @return the stored version it was read at, for optimistic locking
     */
    public long version() {
        return version;
    }
}
