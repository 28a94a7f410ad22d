package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.common.Actor;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.LeaveBalanceSnapshot;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.LeaveTypeSnapshot;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.domain.PersonnelError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** The host's leave desk: employees request leave by employee number and leave type code. */
@Service
public class LeaveDesk {

    private final BackOffice backOffice;

    public LeaveDesk(BackOffice backOffice) {
        this.backOffice = backOffice;
    }

    public record LeaveRequestBody(String employee, String leaveType, LocalDate from, LocalDate to, String idempotencyKey) {
    }

    /** The request as the API answers it, with what is left of the balance of its year. */
    public record LeaveView(String id, String employee, String leaveType, LocalDate from, LocalDate to, BigDecimal days,
                            String status, String requestedBy, BigDecimal available) {
    }

    /**
     * Requests whole days of leave; refused with {@code personnel.employee.not_found},
     * {@code personnel.leave_type.not_found} and the library's leave rules
     * ({@code personnel.leave.overlaps}, {@code personnel.leave.insufficient_balance}, ...).
     */
    @Transactional
    public LeaveView request(Actor actor, LeaveRequestBody body) {
        EmployeeSnapshot employee = Optional.ofNullable(body.employee())
                .flatMap(number -> backOffice.employees().employeeByNumber(actor, number))
                .orElseThrow(() -> new NotFoundException(PersonnelError.EMPLOYEE_NOT_FOUND,
                        "There is no employee with number '" + body.employee() + "'."));
        LeaveTypeSnapshot type = backOffice.leave().leaveTypes(actor).stream()
                .filter(t -> t.code().equals(body.leaveType()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(PersonnelError.LEAVE_TYPE_NOT_FOUND,
                        "There is no leave type with code '" + body.leaveType() + "'."));
        LeaveRequestSnapshot request = backOffice.leave().requestLeave(actor,
                RequestLeave.of(employee.id(), type.id(), body.from(), body.to()).withIdempotencyKey(body.idempotencyKey()));
        LeaveBalanceSnapshot balance = backOffice.leave().balance(actor, employee.id(), type.id(), request.from().getYear());
        return new LeaveView(request.id().value().toString(), employee.number(), type.code(), request.from(), request.to(),
                request.days(), request.status().name(), request.requestedBy(), balance.available());
    }
}
