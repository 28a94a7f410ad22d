package dev.backoffice.personnel.domain;

import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The payroll of one tenant for one month: a payslip per employee paid. Prepared as a draft,
 * approved by someone other than its preparer, posted to the ledger as one balanced journal
 * entry, then marked paid. Its payslips never change; a posted run is corrected by a reversal run
 * that negates every amount and reverses the journal entry, after which the period can be run again.
 */
public final class PayrollRun {

    private final PayrollRunId id;
    private final TenantId tenant;
    private final YearMonth period;
    private final RunKind kind;
    private final PayrollRunId reversalOf;
    private PayrollRunId reversedBy;
    private RunStatus status;
    private final Currency currency;
    private final List<Payslip> payslips;
    private final String preparedBy;
    private final Instant preparedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String postedBy;
    private Instant postedAt;
    private UUID journalEntryId;
    private LocalDate paidOn;
    private List<UUID> paymentEntryIds;
    private final long version;

    private PayrollRun(PayrollRunId id, TenantId tenant, YearMonth period, RunKind kind, PayrollRunId reversalOf,
                       PayrollRunId reversedBy, RunStatus status, Currency currency, List<Payslip> payslips,
                       String preparedBy, Instant preparedAt, String approvedBy, Instant approvedAt, String postedBy,
                       Instant postedAt, UUID journalEntryId, LocalDate paidOn, List<UUID> paymentEntryIds,
                       long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.period = Objects.requireNonNull(period, "period");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.reversalOf = reversalOf;
        this.reversedBy = reversedBy;
        this.status = Objects.requireNonNull(status, "status");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.payslips = List.copyOf(payslips);
        this.preparedBy = Objects.requireNonNull(preparedBy, "preparedBy");
        this.preparedAt = Objects.requireNonNull(preparedAt, "preparedAt");
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
        this.journalEntryId = journalEntryId;
        this.paidOn = paidOn;
        this.paymentEntryIds = List.copyOf(paymentEntryIds);
        this.version = version;
    }

    /**
     * A draft run of the payslips, all in one currency ({@code personnel.payroll.currency_mismatch}
     * otherwise) and at least one ({@code personnel.payroll.invalid_state} for nobody to pay).
     *
     * @param id         its id
     * @param tenant     the tenant it belongs to
     * @param period     the pay month
     * @param payslips   the payslips, one per employee paid
     * @param preparedBy who prepares it
     * @param now        when
     * @return the draft run
     */
    public static PayrollRun prepare(PayrollRunId id, TenantId tenant, YearMonth period, List<Payslip> payslips,
                                     String preparedBy, Instant now) {
        if (payslips.isEmpty()) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                    "Nobody has a contract to pay in " + period + ".");
        }
        Currency currency = payslips.get(0).gross().currency();
        for (Payslip p : payslips) {
            if (!p.gross().currency().equals(currency)) {
                throw new RuleViolationException(PersonnelError.PAYROLL_CURRENCY_MISMATCH,
                        "A payroll run pays in one currency; " + period + " has pay in " + currency + " and "
                                + p.gross().currency() + ".");
            }
            if (p.net().isNegative()) {
                throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                        "The deductions of employee " + p.employeeNumber() + " exceed the gross pay.");
            }
        }
        return new PayrollRun(id, tenant, period, RunKind.REGULAR, null, null, RunStatus.DRAFT, currency, payslips,
                preparedBy, now, null, null, null, null, null, null, List.of(), 0);
    }

    /**
     * Rebuilds a stored run (for adapters).
     *
     * @param id              its id
     * @param tenant          the tenant it belongs to
     * @param period          the pay month
     * @param kind            regular or reversal
     * @param reversalOf      the run it reverses, or null
     * @param reversedBy      the run that reverses it, or null
     * @param status          where it stands
     * @param currency        the currency of every amount
     * @param payslips        the payslips
     * @param preparedBy      who prepared it
     * @param preparedAt      when
     * @param approvedBy      who approved it, or null
     * @param approvedAt      when, or null
     * @param postedBy        who posted it, or null
     * @param postedAt        when, or null
     * @param journalEntryId  the journal entry it was posted as, or null
     * @param paidOn          the day it was paid, or null
     * @param paymentEntryIds the payment journal entries
     * @param version         the stored version it was read at
     * @return the run as stored
     */
    public static PayrollRun restore(PayrollRunId id, TenantId tenant, YearMonth period, RunKind kind,
                                     PayrollRunId reversalOf, PayrollRunId reversedBy, RunStatus status,
                                     Currency currency, List<Payslip> payslips, String preparedBy, Instant preparedAt,
                                     String approvedBy, Instant approvedAt, String postedBy, Instant postedAt,
                                     UUID journalEntryId, LocalDate paidOn, List<UUID> paymentEntryIds,
                                     long version) {
        return new PayrollRun(id, tenant, period, kind, reversalOf, reversedBy, status, currency, payslips, preparedBy,
                preparedAt, approvedBy, approvedAt, postedBy, postedAt, journalEntryId, paidOn, paymentEntryIds, version);
    }

    /**
     * Approves a draft; refused with {@code personnel.payroll.self_approval} for its preparer.
     *
     * @param by  who approves it
     * @param now when
     */
    public void approve(String by, Instant now) {
        require(RunStatus.DRAFT, "approved");
        if (by.equals(preparedBy)) {
            throw new RuleViolationException(PersonnelError.PAYROLL_SELF_APPROVAL,
                    "The preparer of a payroll run cannot approve it.");
        }
        status = RunStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    /**
     * Records that the approved run was posted as the journal entry.
     *
     * @param by    who posted it
     * @param now   when
     * @param entry the journal entry's id
     */
    public void posted(String by, Instant now, UUID entry) {
        require(RunStatus.APPROVED, "posted");
        status = RunStatus.POSTED;
        postedBy = by;
        postedAt = now;
        journalEntryId = Objects.requireNonNull(entry, "entry");
    }

    /** Throws unless the run can be paid out: a posted regular run not reversed. */
    public void requirePayable() {
        require(RunStatus.POSTED, "marked paid");
        if (kind == RunKind.REVERSAL) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE, "A reversal run is never paid out.");
        }
        if (reversedBy != null) {
            throw new RuleViolationException(PersonnelError.PAYROLL_ALREADY_REVERSED,
                    "The payroll run of " + period + " is reversed and is no longer paid out.");
        }
    }

    /**
     * Records that the net pay of a posted run was paid out on the day, as the payment journal
     * entries (none when nobody has net pay to receive).
     *
     * @param on             the payment day
     * @param paymentEntries the payment journal entries' ids
     */
    public void paid(LocalDate on, List<UUID> paymentEntries) {
        requirePayable();
        status = RunStatus.PAID;
        paidOn = Objects.requireNonNull(on, "on");
        paymentEntryIds = List.copyOf(paymentEntries);
    }

    /**
     * A posted reversal of this posted or paid run: every payslip negated. This run is marked
     * reversed by it; the caller records the reversing journal entry with {@link #posted}-like data.
     *
     * @param reversalId              the id of the reversal run
     * @param by                      who reverses it
     * @param now                     when
     * @param reversingEntry          the journal entry that reverses this run's entry
     * @param reversingPaymentEntries the entries that reverse its payment entries
     * @return the posted reversal run
     */
    public PayrollRun reverse(PayrollRunId reversalId, String by, Instant now, UUID reversingEntry,
                              List<UUID> reversingPaymentEntries) {
        requireReversible();
        if (reversingPaymentEntries.size() != paymentEntryIds.size()) {
            throw new IllegalArgumentException("each payment entry of a paid run is reversed with it, and only those");
        }
        reversedBy = reversalId;
        return new PayrollRun(reversalId, tenant, period, RunKind.REVERSAL, id, null, RunStatus.POSTED, currency,
                payslips.stream().map(Payslip::negated).toList(), by, now, by, now, by, now, reversingEntry, null,
                reversingPaymentEntries, 0);
    }

    /** Throws unless this is a posted or paid regular run not reversed yet. */
    public void requireReversible() {
        if (kind == RunKind.REVERSAL) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE, "A reversal run cannot be reversed.");
        }
        if (reversedBy != null) {
            throw new RuleViolationException(PersonnelError.PAYROLL_ALREADY_REVERSED,
                    "The payroll run of " + period + " is already reversed.");
        }
        if (status != RunStatus.POSTED && status != RunStatus.PAID) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                    "Only a posted payroll run is reversed; this one is " + status + ".");
        }
    }

    private void require(RunStatus expected, String action) {
        if (status != expected) {
            throw new RuleViolationException(PersonnelError.PAYROLL_INVALID_STATE,
                    "The payroll run is " + status + " and cannot be " + action + ".");
        }
    }

    /**
     * Whether this run counts as the period's payroll: a regular run not reversed.
     *
     * @return true for a regular run not reversed
     */
    public boolean holdsPeriod() {
        return kind == RunKind.REGULAR && reversedBy == null;
    }

    /**
     * The gross pay of all payslips.
     *
     * @return the gross pay of all payslips
     */
    public Money totalGross() {
        return total(Payslip::gross);
    }

    /**
     * The deductions of all payslips.
     *
     * @return the deductions of all payslips
     */
    public Money totalDeductions() {
        return total(Payslip::totalDeductions);
    }

    /**
     * The employer contributions of all payslips.
     *
     * @return the employer contributions of all payslips
     */
    public Money totalEmployerContributions() {
        return total(Payslip::totalEmployerContributions);
    }

    /**
     * The net pay of all payslips.
     *
     * @return the net pay of all payslips
     */
    public Money totalNet() {
        return total(Payslip::net);
    }

    private Money total(java.util.function.Function<Payslip, Money> amount) {
        Money sum = Money.zero(currency);
        for (Payslip p : payslips) {
            sum = sum.plus(amount.apply(p));
        }
        return sum;
    }

    /**
     * The run's id.
     *
     * @return the run's id
     */
    public PayrollRunId id() {
        return id;
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
     * The pay month.
     *
     * @return the pay month
     */
    public YearMonth period() {
        return period;
    }

    /**
     * Regular or reversal.
     *
     * @return regular or reversal
     */
    public RunKind kind() {
        return kind;
    }

    /**
     * The run this one reverses, or empty.
     *
     * @return the run this one reverses, or empty
     */
    public Optional<PayrollRunId> reversalOf() {
        return Optional.ofNullable(reversalOf);
    }

    /**
     * The run that reverses this one, or empty.
     *
     * @return the run that reverses this one, or empty
     */
    public Optional<PayrollRunId> reversedBy() {
        return Optional.ofNullable(reversedBy);
    }

    /**
     * Where it stands.
     *
     * @return where it stands
     */
    public RunStatus status() {
        return status;
    }

    /**
     * The currency of every amount.
     *
     * @return the currency of every amount
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The payslips.
     *
     * @return the payslips
     */
    public List<Payslip> payslips() {
        return payslips;
    }

    /**
     * Who prepared it.
     *
     * @return who prepared it
     */
    public String preparedBy() {
        return preparedBy;
    }

    /**
     * When it was prepared.
     *
     * @return when it was prepared
     */
    public Instant preparedAt() {
        return preparedAt;
    }

    /**
     * Who approved it, or empty.
     *
     * @return who approved it, or empty
     */
    public Optional<String> approvedBy() {
        return Optional.ofNullable(approvedBy);
    }

    /**
     * When it was approved, or empty.
     *
     * @return when it was approved, or empty
     */
    public Optional<Instant> approvedAt() {
        return Optional.ofNullable(approvedAt);
    }

    /**
     * Who posted it, or empty.
     *
     * @return who posted it, or empty
     */
    public Optional<String> postedBy() {
        return Optional.ofNullable(postedBy);
    }

    /**
     * When it was posted, or empty.
     *
     * @return when it was posted, or empty
     */
    public Optional<Instant> postedAt() {
        return Optional.ofNullable(postedAt);
    }

    /**
     * The id of the journal entry (accounts context) the run was posted as.
     *
     * @return the entry's id, or empty before posting
     */
    public Optional<UUID> journalEntryId() {
        return Optional.ofNullable(journalEntryId);
    }

    /**
     * The day it was paid, or empty.
     *
     * @return the day it was paid, or empty
     */
    public Optional<LocalDate> paidOn() {
        return Optional.ofNullable(paidOn);
    }

    /**
     * The ids of the payment journal entries, in order: for a paid run, the entries that paid the
     * net pay out (one per 499 payslips paid, the ledger's limit being 1,000 lines an entry); for the
     * reversal of a paid run, the entries that reversed them. Empty otherwise.
     *
     * @return the entries' ids
     */
    public List<UUID> paymentEntryIds() {
        return paymentEntryIds;
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
