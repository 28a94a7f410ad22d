package dev.backoffice.personnel.application;

import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.personnel.api.AssignEmployee;
import dev.backoffice.personnel.api.ChangeContract;
import dev.backoffice.personnel.api.ChangeEmployeeDetails;
import dev.backoffice.personnel.api.ContractSnapshot;
import dev.backoffice.personnel.api.ContractVersionSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.domain.ContactDetails;
import dev.backoffice.personnel.domain.ContractChanged;
import dev.backoffice.personnel.domain.ContractStarted;
import dev.backoffice.personnel.domain.ContractTerms;
import dev.backoffice.personnel.domain.EmploymentContract;
import dev.backoffice.personnel.domain.EmploymentStatus;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.Employee;
import dev.backoffice.personnel.domain.EmployeeAnonymized;
import dev.backoffice.personnel.domain.EmployeeAssigned;
import dev.backoffice.personnel.domain.EmployeeDetailsChanged;
import dev.backoffice.personnel.domain.EmployeeHired;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.EmployeeTerminated;
import dev.backoffice.personnel.domain.PersonName;
import dev.backoffice.personnel.domain.PersonnelError;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

final class EmployeesService implements Employees {

    static final String SUBJECT = "Employee";
    private static final String CONTRACT = "EmploymentContract";

    private final UseCases useCases;
    private final Records records;
    private final Period retention;

    EmployeesService(UseCases useCases, Records records, Period retention) {
        this.useCases = useCases;
        this.records = records;
        this.retention = retention;
    }

    record EmployeeRef(@NotNull EmployeeId employee) {
    }

    record ContractOn(@NotNull EmployeeId employee, @NotNull LocalDate day) {
    }

    record NumberRef(@NotBlank @Size(max = 32) String number) {
    }

    @Override
    public EmployeeSnapshot hire(Actor actor, HireEmployee command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_EMPLOYEES, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    String number = command.number().strip();
                    if (records.employees().findByNumber(actor.tenant(), number).isPresent()) {
                        throw new RuleViolationException(PersonnelError.EMPLOYEE_NUMBER_TAKEN,
                                "The employee number " + number + " is already used.");
                    }
                    records.checkAssignment(actor, command.department(), command.position());
                    Employee employee = Employee.hire(EmployeeId.of(useCases.newId()), actor.tenant(), number,
                            PersonName.of(command.givenName(), command.familyName()),
                            new ContactDetails(command.email(), command.phone(), command.address()),
                            command.hireDate(), command.department(), command.position(), useCases.now());
                    employee.linkActor(command.actorId());
                    records.employees().add(employee);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_EMPLOYEES, SUBJECT, employee.id().value(),
                            "hired " + number);
                    useCases.publish(List.of(new EmployeeHired(useCases.newId(), actor.tenant(), useCases.now(),
                            employee.id(), number, employee.hireDate())));
                    return records.view(actor, employee);
                },
                snapshot -> snapshot.id().value(),
                id -> records.view(actor, records.employee(actor, EmployeeId.of(id))));
    }

    @Override
    public EmployeeSnapshot changeDetails(Actor actor, ChangeEmployeeDetails command) {
        return useCases.command(actor, PersonnelPermissions.MANAGE_EMPLOYEES, command, () -> {
            Employee employee = records.employee(actor, command.employee());
            employee.rename(PersonName.of(command.givenName(), command.familyName()));
            employee.changeContact(new ContactDetails(command.email(), command.phone(), command.address()));
            records.employees().update(employee);
            useCases.audit(actor, PersonnelPermissions.MANAGE_EMPLOYEES, SUBJECT, employee.id().value(),
                    "details changed");
            useCases.publish(List.of(new EmployeeDetailsChanged(useCases.newId(), actor.tenant(), useCases.now(),
                    employee.id())));
            return records.view(actor, employee);
        });
    }

    @Override
    public EmployeeSnapshot assign(Actor actor, AssignEmployee command) {
        return useCases.command(actor, PersonnelPermissions.MANAGE_EMPLOYEES, command, () -> {
            Employee employee = records.employee(actor, command.employee());
            records.checkAssignment(actor, command.department(), command.position());
            employee.assign(command.department(), command.position());
            records.employees().update(employee);
            useCases.audit(actor, PersonnelPermissions.MANAGE_EMPLOYEES, SUBJECT, employee.id().value(), "assigned");
            useCases.publish(List.of(new EmployeeAssigned(useCases.newId(), actor.tenant(), useCases.now(),
                    employee.id(), command.department(), command.position())));
            return records.view(actor, employee);
        });
    }

    @Override
    public EmployeeSnapshot terminate(Actor actor, TerminateEmployee command) {
        return useCases.command(actor, PersonnelPermissions.MANAGE_EMPLOYEES, command, () -> {
            Employee employee = records.employee(actor, command.employee());
            employee.terminate(command.lastDay(), command.reason());
            records.employees().update(employee);
            useCases.audit(actor, PersonnelPermissions.MANAGE_EMPLOYEES, SUBJECT, employee.id().value(),
                    "terminated");
            useCases.publish(List.of(new EmployeeTerminated(useCases.newId(), actor.tenant(), useCases.now(),
                    employee.id(), command.lastDay())));
            return records.view(actor, employee);
        });
    }

    @Override
    public EmployeeSnapshot employee(Actor actor, EmployeeId id) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new EmployeeRef(id),
                () -> records.view(actor, records.employee(actor, id)));
    }

    @Override
    public Optional<EmployeeSnapshot> employeeByNumber(Actor actor, String number) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES, new NumberRef(number),
                () -> records.employees().findByNumber(actor.tenant(), number.strip()).map(e -> records.view(actor, e)));
    }

    @Override
    public List<EmployeeSnapshot> employees(Actor actor) {
        return useCases.query(actor, PersonnelPermissions.READ_EMPLOYEES,
                () -> records.employees().findAll(actor.tenant()).stream().map(e -> records.view(actor, e)).toList());
    }

    @Override
    public ContractSnapshot startContract(Actor actor, StartContract command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_CONTRACTS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Employee employee = records.employee(actor, command.employee());
                    if (records.contracts().find(actor.tenant(), employee.id()).isPresent()) {
                        throw new RuleViolationException(PersonnelError.CONTRACT_ALREADY_EXISTS,
                                "Employee " + employee.number() + " has a contract already; change it instead.");
                    }
                    if (command.validFrom().isBefore(employee.hireDate())) {
                        throw new RuleViolationException(PersonnelError.CONTRACT_INVALID,
                                "A contract cannot start before the hire date " + employee.hireDate() + ".");
                    }
                    requireEmployedOn(employee, command.validFrom());
                    ContractTerms terms = new ContractTerms(command.type(), command.weeklyHours(),
                            new Pay(command.payBasis(), command.pay()), command.costCentre());
                    EmploymentContract contract = EmploymentContract.start(employee.id(), actor.tenant(),
                            command.validFrom(), terms, actor.id(), useCases.now());
                    records.contracts().add(contract);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_CONTRACTS, CONTRACT, employee.id().value(),
                            "started from " + command.validFrom());
                    useCases.publish(List.of(new ContractStarted(useCases.newId(), actor.tenant(), useCases.now(),
                            employee.id(), command.validFrom(), command.type())));
                    return ContractSnapshot.of(contract, employee.terminationDate().orElse(null));
                },
                snapshot -> snapshot.employee().value(),
                id -> loadContract(actor, EmployeeId.of(id)));
    }

    @Override
    public ContractSnapshot changeContract(Actor actor, ChangeContract command) {
        return useCases.create(actor, PersonnelPermissions.MANAGE_CONTRACTS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Employee employee = records.employee(actor, command.employee());
                    EmploymentContract contract = contractOf(actor, employee);
                    requireEmployedOn(employee, command.validFrom());
                    ContractTerms terms = new ContractTerms(command.type(), command.weeklyHours(),
                            new Pay(command.payBasis(), command.pay()), command.costCentre());
                    contract.change(command.validFrom(), terms, actor.id(), useCases.now());
                    records.contracts().update(contract);
                    useCases.audit(actor, PersonnelPermissions.MANAGE_CONTRACTS, CONTRACT, employee.id().value(),
                            "changed from " + command.validFrom());
                    useCases.publish(List.of(new ContractChanged(useCases.newId(), actor.tenant(), useCases.now(),
                            employee.id(), command.validFrom(), command.type())));
                    return ContractSnapshot.of(contract, employee.terminationDate().orElse(null));
                },
                snapshot -> snapshot.employee().value(),
                id -> loadContract(actor, EmployeeId.of(id)));
    }

    @Override
    public ContractSnapshot contract(Actor actor, EmployeeId employee) {
        return useCases.query(actor, PersonnelPermissions.READ_CONTRACTS, new EmployeeRef(employee),
                () -> loadContract(actor, employee));
    }

    @Override
    public Optional<ContractVersionSnapshot> contractOn(Actor actor, EmployeeId employeeId, LocalDate day) {
        return useCases.query(actor, PersonnelPermissions.READ_CONTRACTS, new ContractOn(employeeId, day), () -> {
            Employee employee = records.employee(actor, employeeId);
            if (!employee.isEmployedOn(day)) {
                return Optional.empty();
            }
            return records.contracts().find(actor.tenant(), employeeId)
                    .flatMap(c -> ContractSnapshot.of(c, employee.terminationDate().orElse(null)).versions().stream()
                            .filter(v -> !v.validFrom().isAfter(day) && (v.validTo() == null || !v.validTo().isBefore(day)))
                            .findFirst());
        });
    }

    private ContractSnapshot loadContract(Actor actor, EmployeeId id) {
        Employee employee = records.employee(actor, id);
        return ContractSnapshot.of(contractOf(actor, employee), employee.terminationDate().orElse(null));
    }

    private EmploymentContract contractOf(Actor actor, Employee employee) {
        return records.contracts().find(actor.tenant(), employee.id()).orElseThrow(() ->
                new NotFoundException(PersonnelError.CONTRACT_NOT_FOUND,
                        "Employee " + employee.number() + " has no contract."));
    }

    private static void requireEmployedOn(Employee employee, LocalDate day) {
        if (employee.terminationDate().filter(day::isAfter).isPresent()) {
            throw new RuleViolationException(PersonnelError.EMPLOYEE_NOT_EMPLOYED,
                    "Employee " + employee.number() + " is not employed on " + day + ".");
        }
    }

    @Override
    public EmployeeSnapshot anonymize(Actor actor, EmployeeId employeeId) {
        return useCases.command(actor, PersonnelPermissions.ANONYMIZE, new EmployeeRef(employeeId), () -> {
            Employee employee = records.employee(actor, employeeId);
            if (employee.status() == EmploymentStatus.ANONYMIZED) {
                return records.view(actor, employee);
            }
            LocalDate today = LocalDate.ofInstant(useCases.now(), useCases.clock().getZone());
            LocalDate keptUntil = employee.terminationDate().map(d -> d.plus(retention)).orElse(null);
            if (keptUntil != null && !today.isAfter(keptUntil)) {
                throw new RuleViolationException(PersonnelError.RETENTION_NOT_OVER,
                        "The personal data of employee " + employee.number() + " is kept until " + keptUntil + ".");
            }
            employee.anonymize();
            records.employees().update(employee);
            useCases.audit(actor, PersonnelPermissions.ANONYMIZE, SUBJECT, employeeId.value(), "anonymized");
            useCases.publish(List.of(new EmployeeAnonymized(useCases.newId(), actor.tenant(), useCases.now(),
                    employeeId)));
            return records.view(actor, employee);
        });
    }
}
