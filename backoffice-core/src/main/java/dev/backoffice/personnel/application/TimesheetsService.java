package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RecordHours;
import dev.backoffice.personnel.api.TimesheetSnapshot;
import dev.backoffice.personnel.api.Timesheets;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.PersonnelError;
import dev.backoffice.personnel.domain.Timesheet;
import dev.backoffice.personnel.domain.TimesheetApproved;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.domain.TimesheetSubmitted;
import dev.backoffice.personnel.spi.TimesheetRecords;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

final class TimesheetsService implements Timesheets {

    private static final String SUBJECT = "Timesheet";

    private final UseCases useCases;
    private final Records records;
    private final TimesheetRecords timesheets;

    TimesheetsService(UseCases useCases, Records records, TimesheetRecords timesheets) {
        this.useCases = useCases;
        this.records = records;
        this.timesheets = timesheets;
    }

    record TimesheetRef(@NotNull TimesheetId timesheet) {
    }

    @Override
    public TimesheetSnapshot recordHours(Actor actor, RecordHours command) {
        return useCases.create(actor, PersonnelPermissions.RECORD_TIME, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Employee employee = records.employee(actor, command.employee());
                    for (Map.Entry<LocalDate, java.math.BigDecimal> day : command.hours().entrySet()) {
                        if (day.getValue().signum() > 0 && !employee.isEmployedOn(day.getKey())) {
                            throw new RuleViolationException(PersonnelError.EMPLOYEE_NOT_EMPLOYED,
                                    "Employee " + employee.number() + " is not employed on " + day.getKey() + ".");
                        }
                    }
                    Timesheet sheet = timesheets.findByWeek(actor.tenant(), employee.id(), command.weekStart())
                            .orElse(null);
                    if (sheet == null) {
                        sheet = Timesheet.open(TimesheetId.of(useCases.newId()), actor.tenant(), employee.id(),
                                command.weekStart(), command.hours());
                        timesheets.add(sheet);
                    } else {
                        sheet.record(command.hours());
                        timesheets.update(sheet);
                    }
                    useCases.audit(actor, PersonnelPermissions.RECORD_TIME, SUBJECT, sheet.id().value(), "hours recorded");
                    return TimesheetSnapshot.of(sheet);
                },
                snapshot -> snapshot.id().value(),
                id -> TimesheetSnapshot.of(load(actor, TimesheetId.of(id))));
    }

    @Override
    public TimesheetSnapshot submit(Actor actor, TimesheetId id) {
        return useCases.command(actor, PersonnelPermissions.RECORD_TIME, new TimesheetRef(id), () -> {
            Timesheet sheet = load(actor, id);
            sheet.submit(actor.id());
            timesheets.update(sheet);
            useCases.audit(actor, PersonnelPermissions.RECORD_TIME, SUBJECT, id.value(), "submitted");
            useCases.publish(List.of(new TimesheetSubmitted(useCases.newId(), actor.tenant(), useCases.now(), id,
                    sheet.employeeId(), sheet.weekStart())));
            return TimesheetSnapshot.of(sheet);
        });
    }

    @Override
    public TimesheetSnapshot approve(Actor actor, TimesheetId id) {
        return useCases.command(actor, PersonnelPermissions.APPROVE_TIME, new TimesheetRef(id), () -> {
            Timesheet sheet = load(actor, id);
            requireNotOwn(actor, sheet);
            sheet.approve(actor.id(), useCases.now());
            timesheets.update(sheet);
            useCases.audit(actor, PersonnelPermissions.APPROVE_TIME, SUBJECT, id.value(), "approved");
            useCases.publish(List.of(new TimesheetApproved(useCases.newId(), actor.tenant(), useCases.now(), id,
                    sheet.employeeId(), sheet.weekStart(), actor.id())));
            return TimesheetSnapshot.of(sheet);
        });
    }

    @Override
    public TimesheetSnapshot reject(Actor actor, TimesheetId id) {
        return useCases.command(actor, PersonnelPermissions.APPROVE_TIME, new TimesheetRef(id), () -> {
            Timesheet sheet = load(actor, id);
            requireNotOwn(actor, sheet);
            sheet.reject(actor.id());
            timesheets.update(sheet);
            useCases.audit(actor, PersonnelPermissions.APPROVE_TIME, SUBJECT, id.value(), "rejected");
            return TimesheetSnapshot.of(sheet);
        });
    }

    @Override
    public TimesheetSnapshot timesheet(Actor actor, TimesheetId id) {
        return useCases.query(actor, PersonnelPermissions.READ_TIME, new TimesheetRef(id),
                () -> TimesheetSnapshot.of(load(actor, id)));
    }

    private void requireNotOwn(Actor actor, Timesheet sheet) {
        Employee employee = records.employee(actor, sheet.employeeId());
        if (employee.actorId().filter(actor.id()::equals).isPresent()) {
            throw new RuleViolationException(PersonnelError.TIMESHEET_SELF_APPROVAL,
                    "Nobody approves their own timesheet.");
        }
    }

    private Timesheet load(Actor actor, TimesheetId id) {
        return timesheets.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(PersonnelError.TIMESHEET_NOT_FOUND, "Timesheet " + id + " does not exist."));
    }
}
