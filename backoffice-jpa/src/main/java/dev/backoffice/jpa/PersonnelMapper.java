package dev.backoffice.jpa;

import dev.backoffice.common.Money;
import dev.backoffice.common.TenantId;
import dev.backoffice.jpa.entity.ContractVersionEmbeddable;
import dev.backoffice.jpa.entity.DepartmentEntity;
import dev.backoffice.jpa.entity.EmployeeEntity;
import dev.backoffice.jpa.entity.EmploymentContractEntity;
import dev.backoffice.jpa.entity.LeaveRequestEntity;
import dev.backoffice.jpa.entity.LeaveTypeEntity;
import dev.backoffice.jpa.entity.PayComponentEmbeddable;
import dev.backoffice.jpa.entity.PayrollRunEntity;
import dev.backoffice.jpa.entity.PayslipEntity;
import dev.backoffice.jpa.entity.PayslipKey;
import dev.backoffice.jpa.entity.PositionEntity;
import dev.backoffice.jpa.entity.TimesheetEntity;
import dev.backoffice.personnel.domain.AccrualPlan;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.ContractTerms;
import dev.backoffice.personnel.domain.ContractVersion;
import dev.backoffice.personnel.domain.Department;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.LeaveDays;
import dev.backoffice.personnel.domain.LeaveRequest;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveType;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.PayComponent;
import dev.backoffice.personnel.domain.PayrollRun;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.Position;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetId;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the personnel aggregates to and from their entities by hand: every aggregate guards its
 * invariants and is rebuilt through its {@code restore(...)} factory. {@code newEntity} makes the
 * row of a new aggregate; {@code copyChangeable} copies what the aggregate may change onto the row
 * it was read from (never its id, tenant or creation data).
 */
final class PersonnelMapper {

    private PersonnelMapper() {
    }

    // employees

    static EmployeeEntity newEntity(Employee employee) {
        EmployeeEntity entity = new EmployeeEntity();
        entity.setId(employee.id().value());
        entity.setTenantId(employee.tenant().value());
        entity.setNumber(employee.number());
        entity.setHireDate(employee.hireDate());
        entity.setCreatedAt(employee.createdAt());
        copyChangeable(employee, entity);
        return entity;
    }

    static void copyChangeable(Employee employee, EmployeeEntity entity) {
        entity.setGivenName(employee.name().givenName());
        entity.setFamilyName(employee.name().familyName());
        entity.setEmail(employee.contact().email());
        entity.setPhone(employee.contact().phone());
        entity.setAddress(employee.contact().address());
        entity.setTerminationDate(employee.terminationDate().orElse(null));
        entity.setTerminationReason(employee.terminationReason().orElse(null));
        entity.setDepartmentId(employee.departmentId().map(DepartmentId::value).orElse(null));
        entity.setPositionId(employee.positionId().map(PositionId::value).orElse(null));
        entity.setActorId(employee.actorId().orElse(null));
        entity.setStatus(employee.status());
    }

    static Employee toDomain(EmployeeEntity e) {
        return Employee.restore(EmployeeId.of(e.getId()), TenantId.of(e.getTenantId()), e.getNumber(),
                new PersonName(e.getGivenName(), e.getFamilyName()),
                new ContactDetails(e.getEmail(), e.getPhone(), e.getAddress()), e.getHireDate(), e.getTerminationDate(),
                e.getTerminationReason(), e.getDepartmentId() == null ? null : DepartmentId.of(e.getDepartmentId()),
                e.getPositionId() == null ? null : PositionId.of(e.getPositionId()), e.getActorId(), e.getStatus(),
                e.getCreatedAt(), e.getVersion());
    }

    // departments and positions

    static DepartmentEntity newEntity(Department department) {
        DepartmentEntity entity = new DepartmentEntity();
        entity.setId(department.id().value());
        entity.setTenantId(department.tenant().value());
        entity.setCode(department.code());
        entity.setCreatedAt(department.createdAt());
        copyChangeable(department, entity);
        return entity;
    }

    static void copyChangeable(Department department, DepartmentEntity entity) {
        entity.setName(department.name());
        entity.setParentId(department.parentId().map(DepartmentId::value).orElse(null));
        entity.setManagerId(department.managerId().map(EmployeeId::value).orElse(null));
    }

    static Department toDomain(DepartmentEntity e) {
        return Department.restore(DepartmentId.of(e.getId()), TenantId.of(e.getTenantId()), e.getCode(), e.getName(),
                e.getParentId() == null ? null : DepartmentId.of(e.getParentId()),
                e.getManagerId() == null ? null : EmployeeId.of(e.getManagerId()), e.getCreatedAt(), e.getVersion());
    }

    static PositionEntity newEntity(Position position) {
        PositionEntity entity = new PositionEntity();
        entity.setId(position.id().value());
        entity.setTenantId(position.tenant().value());
        entity.setDepartmentId(position.departmentId().value());
        entity.setCreatedAt(position.createdAt());
        copyChangeable(position, entity);
        return entity;
    }

    static void copyChangeable(Position position, PositionEntity entity) {
        entity.setTitle(position.title());
    }

    static Position toDomain(PositionEntity e) {
        return Position.restore(PositionId.of(e.getId()), TenantId.of(e.getTenantId()), DepartmentId.of(e.getDepartmentId()),
                e.getTitle(), e.getCreatedAt(), e.getVersion());
    }

    // contracts

    static EmploymentContractEntity newEntity(EmploymentContract contract) {
        EmploymentContractEntity entity = new EmploymentContractEntity();
        entity.setEmployeeId(contract.employeeId().value());
        entity.setTenantId(contract.tenant().value());
        appendNewVersions(contract, entity);
        return entity;
    }

    /** Appends the versions the contract has beyond those of the row (versions are never changed). */
    static void appendNewVersions(EmploymentContract contract, EmploymentContractEntity entity) {
        List<ContractVersion> versions = contract.versions();
        for (int i = entity.getVersions().size(); i < versions.size(); i++) {
            ContractVersion v = versions.get(i);
            ContractVersionEmbeddable row = new ContractVersionEmbeddable();
            row.setValidFrom(v.validFrom());
            row.setType(v.terms().type());
            row.setWeeklyHours(v.terms().weeklyHours());
            row.setPayBasis(v.terms().pay().basis());
            row.setPayMinor(v.terms().pay().amount().minorUnits());
            row.setCurrency(v.terms().pay().amount().currency().getCurrencyCode());
            row.setCostCentre(v.terms().costCentre());
            row.setRecordedBy(v.recordedBy());
            row.setRecordedAt(v.recordedAt());
            entity.getVersions().add(row);
        }
    }

    static EmploymentContract toDomain(EmploymentContractEntity e) {
        List<ContractVersion> versions = new ArrayList<>(e.getVersions().size());
        for (ContractVersionEmbeddable v : e.getVersions()) {
            Money pay = Money.ofMinor(v.getPayMinor(), Currency.getInstance(v.getCurrency()));
            versions.add(new ContractVersion(v.getValidFrom(), new ContractTerms(v.getType(), decimal(v.getWeeklyHours()),
                    new Pay(v.getPayBasis(), pay), v.getCostCentre()), v.getRecordedBy(), v.getRecordedAt()));
        }
        return EmploymentContract.restore(EmployeeId.of(e.getEmployeeId()), TenantId.of(e.getTenantId()), versions,
                e.getVersion());
    }

    // leave

    static LeaveTypeEntity newEntity(LeaveType type) {
        LeaveTypeEntity entity = new LeaveTypeEntity();
        entity.setId(type.id().value());
        entity.setTenantId(type.tenant().value());
        entity.setCode(type.code());
        entity.setName(type.name());
        entity.setCategory(type.category());
        entity.setPaid(type.isPaid());
        entity.setDaysPerYearHalves(type.accrualPlan().map(p -> p.daysPerYear().halves()).orElse(null));
        entity.setCarryOverCapHalves(type.accrualPlan().map(p -> p.carryOverCap().halves()).orElse(null));
        entity.setNegativeBalanceAllowed(type.isNegativeBalanceAllowed());
        entity.setCreatedAt(type.createdAt());
        return entity;
    }

    static LeaveType toDomain(LeaveTypeEntity e) {
        AccrualPlan plan = e.getDaysPerYearHalves() == null ? null
                : new AccrualPlan(new LeaveDays(e.getDaysPerYearHalves()), new LeaveDays(e.getCarryOverCapHalves()));
        return LeaveType.restore(LeaveTypeId.of(e.getId()), TenantId.of(e.getTenantId()), e.getCode(), e.getName(),
                e.getCategory(), e.isPaid(), plan, e.isNegativeBalanceAllowed(), e.getCreatedAt(), e.getVersion());
    }

    static LeaveRequestEntity newEntity(LeaveRequest request) {
        LeaveRequestEntity entity = new LeaveRequestEntity();
        entity.setId(request.id().value());
        entity.setTenantId(request.tenant().value());
        entity.setEmployeeId(request.employeeId().value());
        entity.setLeaveTypeId(request.leaveTypeId().value());
        entity.setFromDate(request.from());
        entity.setToDate(request.to());
        entity.setStartsAfternoon(request.startsAfternoon());
        entity.setEndsAtNoon(request.endsAtNoon());
        entity.setDaysHalves(request.days().halves());
        entity.setFirstYearDaysHalves(request.firstYearDays().halves());
        entity.setRequestedBy(request.requestedBy());
        entity.setRequestedAt(request.requestedAt());
        copyChangeable(request, entity);
        return entity;
    }

    static void copyChangeable(LeaveRequest request, LeaveRequestEntity entity) {
        entity.setStatus(request.status());
        entity.setDecidedBy(request.decidedBy().orElse(null));
        entity.setDecidedAt(request.decidedAt().orElse(null));
        entity.setNote(request.note().orElse(null));
    }

    static LeaveRequest toDomain(LeaveRequestEntity e) {
        return LeaveRequest.restore(LeaveRequestId.of(e.getId()), TenantId.of(e.getTenantId()),
                EmployeeId.of(e.getEmployeeId()), LeaveTypeId.of(e.getLeaveTypeId()), e.getFromDate(), e.getToDate(),
                e.isStartsAfternoon(), e.isEndsAtNoon(), new LeaveDays(e.getDaysHalves()),
                new LeaveDays(e.getFirstYearDaysHalves()), e.getStatus(),
                e.getRequestedBy(), e.getRequestedAt(), e.getDecidedBy(), e.getDecidedAt(), e.getNote(), e.getVersion());
    }

    // timesheets

    static TimesheetEntity newEntity(Timesheet timesheet) {
        TimesheetEntity entity = new TimesheetEntity();
        entity.setId(timesheet.id().value());
        entity.setTenantId(timesheet.tenant().value());
        entity.setEmployeeId(timesheet.employeeId().value());
        entity.setWeekStart(timesheet.weekStart());
        copyChangeable(timesheet, entity);
        return entity;
    }

    /** Copies status, decision and hours; only the days whose hours changed are written. */
    static void copyChangeable(Timesheet timesheet, TimesheetEntity entity) {
        entity.setStatus(timesheet.status());
        entity.setSubmittedBy(timesheet.submittedBy().orElse(null));
        entity.setApprovedBy(timesheet.approvedBy().orElse(null));
        entity.setApprovedAt(timesheet.approvedAt().orElse(null));
        entity.getHours().keySet().retainAll(timesheet.hours().keySet());
        timesheet.hours().forEach((day, hours) -> {
            BigDecimal stored = entity.getHours().get(day);
            if (stored == null || stored.compareTo(hours) != 0) {
                entity.getHours().put(day, hours);
            }
        });
    }

    static Timesheet toDomain(TimesheetEntity e) {
        Map<java.time.LocalDate, BigDecimal> hours = new HashMap<>();
        e.getHours().forEach((day, h) -> hours.put(day, decimal(h)));
        return Timesheet.restore(TimesheetId.of(e.getId()), TenantId.of(e.getTenantId()), EmployeeId.of(e.getEmployeeId()),
                e.getWeekStart(), hours, e.getStatus(), e.getSubmittedBy(), e.getApprovedBy(), e.getApprovedAt(),
                e.getVersion());
    }

    // payroll

    static PayrollRunEntity newEntity(PayrollRun run) {
        PayrollRunEntity entity = new PayrollRunEntity();
        entity.setId(run.id().value());
        entity.setTenantId(run.tenant().value());
        entity.setPeriodMonth(run.period().atDay(1));
        entity.setKind(run.kind());
        entity.setReversalOf(run.reversalOf().map(PayrollRunId::value).orElse(null));
        entity.setCurrency(run.currency().getCurrencyCode());
        entity.setPreparedBy(run.preparedBy());
        entity.setPreparedAt(run.preparedAt());
        copyChangeable(run, entity);
        int lineNo = 0;
        for (Payslip slip : run.payslips()) {
            entity.getPayslips().add(newEntity(entity, ++lineNo, slip));
        }
        return entity;
    }

    private static PayslipEntity newEntity(PayrollRunEntity run, int lineNo, Payslip slip) {
        PayslipEntity entity = new PayslipEntity();
        entity.setId(new PayslipKey(run.getId(), lineNo));
        entity.setRun(run);
        entity.setEmployeeId(slip.employee().value());
        entity.setEmployeeNumber(slip.employeeNumber());
        entity.setCostCentre(slip.costCentre());
        entity.setBasePayMinor(slip.basePay().minorUnits());
        entity.setUnpaidLeaveMinor(slip.unpaidLeave().minorUnits());
        entity.setHoursPaid(slip.hoursPaid());
        entity.setGrossMinor(slip.gross().minorUnits());
        entity.setNetMinor(slip.net().minorUnits());
        slip.deductions().forEach(c -> entity.getComponents().add(component(PayComponentEmbeddable.Kind.DEDUCTION, c)));
        slip.employerContributions().forEach(c -> entity.getComponents().add(component(PayComponentEmbeddable.Kind.EMPLOYER, c)));
        return entity;
    }

    private static PayComponentEmbeddable component(PayComponentEmbeddable.Kind kind, PayComponent component) {
        PayComponentEmbeddable row = new PayComponentEmbeddable();
        row.setKind(kind);
        row.setCode(component.code());
        row.setAmountMinor(component.amount().minorUnits());
        return row;
    }

    /** Copies the marks a run may change: approval, posting, payment and reversal. */
    static void copyChangeable(PayrollRun run, PayrollRunEntity entity) {
        entity.setStatus(run.status());
        entity.setReversedBy(run.reversedBy().map(PayrollRunId::value).orElse(null));
        entity.setApprovedBy(run.approvedBy().orElse(null));
        entity.setApprovedAt(run.approvedAt().orElse(null));
        entity.setPostedBy(run.postedBy().orElse(null));
        entity.setPostedAt(run.postedAt().orElse(null));
        entity.setJournalEntryId(run.journalEntryId().orElse(null));
        entity.setPaidOn(run.paidOn().orElse(null));
        if (!entity.getPaymentEntryIds().equals(run.paymentEntryIds())) {
            entity.getPaymentEntryIds().clear(); // set once, when the run is paid (or its reversal made)
            entity.getPaymentEntryIds().addAll(run.paymentEntryIds());
        }
    }

    static PayrollRun toDomain(PayrollRunEntity e) {
        Currency currency = Currency.getInstance(e.getCurrency());
        List<Payslip> payslips = new ArrayList<>(e.getPayslips().size());
        for (PayslipEntity p : e.getPayslips()) {
            List<PayComponent> deductions = new ArrayList<>();
            List<PayComponent> contributions = new ArrayList<>();
            for (PayComponentEmbeddable c : p.getComponents()) {
                PayComponent component = new PayComponent(c.getCode(), Money.ofMinor(c.getAmountMinor(), currency));
                (c.getKind() == PayComponentEmbeddable.Kind.DEDUCTION ? deductions : contributions).add(component);
            }
            payslips.add(new Payslip(EmployeeId.of(p.getEmployeeId()), p.getEmployeeNumber(), p.getCostCentre(),
                    Money.ofMinor(p.getBasePayMinor(), currency), Money.ofMinor(p.getUnpaidLeaveMinor(), currency),
                    decimal(p.getHoursPaid()), Money.ofMinor(p.getGrossMinor(), currency), deductions, contributions,
                    Money.ofMinor(p.getNetMinor(), currency)));
        }
        return PayrollRun.restore(PayrollRunId.of(e.getId()), TenantId.of(e.getTenantId()),
                YearMonth.from(e.getPeriodMonth()), e.getKind(),
                e.getReversalOf() == null ? null : PayrollRunId.of(e.getReversalOf()),
                e.getReversedBy() == null ? null : PayrollRunId.of(e.getReversedBy()), e.getStatus(), currency, payslips,
                e.getPreparedBy(), e.getPreparedAt(), e.getApprovedBy(), e.getApprovedAt(), e.getPostedBy(),
                e.getPostedAt(), e.getJournalEntryId(), e.getPaidOn(), List.copyOf(e.getPaymentEntryIds()), e.getVersion());
    }

    /**
     * A decimal read from a column of fixed scale, in its shortest form ({@code 7.50} becomes
     * {@code 7.5}, {@code 40.00} becomes {@code 40}), as the domain wrote it in the usual case.
     */
    static BigDecimal decimal(BigDecimal stored) {
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
