package dev.backoffice.contract;

import dev.backoffice.personnel.api.ChangeContract;
import dev.backoffice.personnel.api.ContractSnapshot;
import dev.backoffice.personnel.api.ContractVersionSnapshot;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.Employees;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.domain.ContractChanged;
import dev.backoffice.personnel.domain.ContractStarted;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.Pay;
import dev.backoffice.personnel.domain.PayBasis;
import dev.backoffice.personnel.domain.TerminationReason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static dev.backoffice.common.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Effective-dated employment contracts through the public api. */
public abstract class ContractsContract extends PersonnelApiContract {

    private static final LocalDate HIRED = LocalDate.of(2026, 1, 15);

    private Employees employees;
    private EmployeeSnapshot ada;

    @BeforeEach
    void employee() {
        employees = personnelContext.employees();
        ada = employees.hire(hr, HireEmployee.of("E-001", "Ada", "Lovelace", HIRED));
        published.clear();
    }

    private StartContract start() {
        return StartContract.monthly(ada.id(), HIRED, ContractType.FULL_TIME, "40", eur("3000.00"), "CC-100");
    }

    @Test
    void aChangeAddsAVersionAndKeepsTheHistory() {
        ContractSnapshot started = employees.startContract(hr, start());
        ContractSnapshot raised = employees.changeContract(hr,
                ChangeContract.raise(started.latest(), ada.id(), LocalDate.of(2026, 3, 10), eur("3300.00")));
        ContractSnapshot partTime = employees.changeContract(hr, new ChangeContract(ada.id(), LocalDate.of(2026, 6, 1),
                ContractType.PART_TIME, new BigDecimal("20"), PayBasis.HOURLY_RATE, eur("21.00"), "CC-200", null));

        assertThat(partTime.versions()).hasSize(3);
        assertThat(partTime.versions()).extracting(ContractVersionSnapshot::validFrom, ContractVersionSnapshot::validTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HIRED, LocalDate.of(2026, 3, 9)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 5, 31)),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 1), null));
        assertThat(raised.latest().pay()).isEqualTo(Pay.monthly(eur("3300.00")));
        assertThat(employees.contract(hr, ada.id())).isEqualTo(partTime);
        assertThat(events(ContractStarted.class)).hasSize(1);
        assertThat(events(ContractChanged.class)).extracting(ContractChanged::validFrom)
                .containsExactly(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 1));
        assertThat(auditOf(ada.id().value())).extracting(r -> r.action())
                .containsExactly(PersonnelPermissions.MANAGE_EMPLOYEES, PersonnelPermissions.MANAGE_CONTRACTS,
                        PersonnelPermissions.MANAGE_CONTRACTS, PersonnelPermissions.MANAGE_CONTRACTS);
    }

    @Test
    void answersTheContractValidOnADate() {
        ContractSnapshot started = employees.startContract(hr, start());
        employees.changeContract(hr, ChangeContract.raise(started.latest(), ada.id(), LocalDate.of(2026, 3, 10),
                eur("3300.00")));

        assertThat(employees.contractOn(hr, ada.id(), HIRED.minusDays(1))).isEmpty();
        assertThat(employees.contractOn(hr, ada.id(), HIRED)).map(v -> v.pay().amount()).contains(eur("3000.00"));
        assertThat(employees.contractOn(hr, ada.id(), LocalDate.of(2026, 3, 9))).map(v -> v.pay().amount())
                .contains(eur("3000.00"));
        assertThat(employees.contractOn(hr, ada.id(), LocalDate.of(2026, 3, 10))).map(v -> v.pay().amount())
                .contains(eur("3300.00"));
        assertThat(employees.contractOn(hr, ada.id(), LocalDate.of(2030, 1, 1))).isPresent();

        employees.terminate(hr, new TerminateEmployee(ada.id(), LocalDate.of(2026, 9, 30), TerminationReason.RESIGNATION));
        assertThat(employees.contractOn(hr, ada.id(), LocalDate.of(2026, 9, 30))).isPresent();
        assertThat(employees.contractOn(hr, ada.id(), LocalDate.of(2026, 10, 1))).isEmpty();
        assertThat(employees.contract(hr, ada.id()).latest().validTo()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void refusesChangesThatWouldRewriteHistoryOrBreakTheRules() {
        assertRefused("personnel.contract.not_found", () -> employees.contract(hr, ada.id()));
        assertRefused("personnel.contract.not_found", () -> employees.changeContract(hr, new ChangeContract(ada.id(),
                HIRED, ContractType.FULL_TIME, BigDecimal.TEN, PayBasis.MONTHLY_SALARY, eur("1.00"), "CC", null)));
        assertRefused("personnel.contract.invalid", () -> employees.startContract(hr,
                StartContract.monthly(ada.id(), HIRED.minusDays(1), ContractType.FULL_TIME, "40", eur("3000.00"), "CC")));
        assertRefused("personnel.contract.invalid", () -> employees.startContract(hr,
                StartContract.monthly(ada.id(), HIRED, ContractType.FULL_TIME, "40", eur("0.00"), "CC")));
        assertRefused("validation.failed", () -> employees.startContract(hr,
                StartContract.monthly(ada.id(), HIRED, ContractType.FULL_TIME, "169", eur("3000.00"), "CC")));
        assertRefused("validation.failed", () -> employees.startContract(hr,
                StartContract.monthly(ada.id(), HIRED, ContractType.FULL_TIME, "40.125", eur("3000.00"), "CC")));

        ContractSnapshot started = employees.startContract(hr, start());
        assertRefused("personnel.contract.already_exists", () -> employees.startContract(hr, start()));
        assertRefused("personnel.contract.change_not_after_latest", () -> employees.changeContract(hr,
                ChangeContract.raise(started.latest(), ada.id(), HIRED, eur("3500.00"))));
        assertRefused("personnel.contract.invalid", () -> employees.changeContract(hr,
                ChangeContract.raise(started.latest(), ada.id(), LocalDate.of(2026, 5, 1), usd("3500.00"))));
        employees.terminate(hr, new TerminateEmployee(ada.id(), LocalDate.of(2026, 4, 30), TerminationReason.DISMISSAL));
        assertRefused("personnel.employee.not_employed", () -> employees.changeContract(hr,
                ChangeContract.raise(started.latest(), ada.id(), LocalDate.of(2026, 5, 1), eur("3500.00"))));

        assertThat(employees.contract(hr, ada.id()).versions()).hasSize(1);
        assertThat(events(ContractChanged.class)).isEmpty();
    }

    @Test
    void theSameIdempotencyKeyChangesOnce() {
        ContractSnapshot started = employees.startContract(hr, start().withIdempotencyKey("start-1"));
        assertThat(employees.startContract(hr, start().withIdempotencyKey("start-1"))).isEqualTo(started);
        ChangeContract raise = ChangeContract.raise(started.latest(), ada.id(), LocalDate.of(2026, 3, 10),
                eur("3300.00")).withIdempotencyKey("raise-1");

        employees.changeContract(hr, raise);
        ContractSnapshot again = employees.changeContract(hr, raise);
        assertThat(again.versions()).hasSize(2);
    }

    @Test
    void payIsReadOnlyWithTheContractPermissionAndNeverAcrossTenants() {
        employees.startContract(hr, start());
        policy = (actor, permission) -> !permission.equals(PersonnelPermissions.READ_CONTRACTS);

        assertRefused("access.denied", () -> employees.contract(hr, ada.id()));
        assertRefused("access.denied", () -> employees.contractOn(hr, ada.id(), HIRED));
        policy = (actor, permission) -> true;
        assertRefused("personnel.employee.not_found", () -> employees.contract(intruder, ada.id()));
        assertRefused("personnel.employee.not_found", () -> employees.startContract(intruder, start()));
    }

    private static dev.backoffice.common.Money usd(String amount) {
        return dev.backoffice.common.Money.of(amount, "USD");
    }
}
