package dev.backoffice.jpa.reliability;

import dev.backoffice.BackOffice;
import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryAdapters;
import dev.backoffice.personnel.api.ChangeContract;
import dev.backoffice.personnel.api.ConfigurePayrollAccounts;
import dev.backoffice.personnel.api.ContractVersionSnapshot;
import dev.backoffice.personnel.api.CreateDepartment;
import dev.backoffice.personnel.api.CreatePosition;
import dev.backoffice.personnel.api.DefineLeaveType;
import dev.backoffice.personnel.api.EmployeeSnapshot;
import dev.backoffice.personnel.api.HireEmployee;
import dev.backoffice.personnel.api.LeaveBalanceSnapshot;
import dev.backoffice.personnel.api.LeaveRequestSnapshot;
import dev.backoffice.personnel.api.PayrollRunSnapshot;
import dev.backoffice.personnel.api.PersonnelPermissions;
import dev.backoffice.personnel.api.RecordHours;
import dev.backoffice.personnel.api.RequestLeave;
import dev.backoffice.personnel.api.ReversePayrollRun;
import dev.backoffice.personnel.api.RunPayroll;
import dev.backoffice.personnel.api.StartContract;
import dev.backoffice.personnel.api.TerminateEmployee;
import dev.backoffice.personnel.domain.ContractType;
import dev.backoffice.personnel.domain.DepartmentId;
import dev.backoffice.personnel.domain.EmployeeId;
import dev.backoffice.personnel.domain.LeaveRequestId;
import dev.backoffice.personnel.domain.LeaveTypeId;
import dev.backoffice.personnel.domain.PayBasis;
import dev.backoffice.personnel.domain.PayrollRunId;
import dev.backoffice.personnel.domain.Payslip;
import dev.backoffice.personnel.domain.PositionId;
import dev.backoffice.personnel.domain.RunStatus;
import dev.backoffice.personnel.domain.TerminationReason;
import dev.backoffice.personnel.domain.TimesheetId;
import dev.backoffice.personnel.spi.FlatRatePayrollRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R5 stateful property for personnel (jqwik action chains): random hires (some refused: a number
 * taken, a blank name, a bad e-mail, a contract starting before the hire), departments and their
 * managers, effective-dated contract changes (raises in the middle of a month), terminations, leave
 * requests (overlapping, beyond the balance, half days, outside the employment), decisions by the
 * manager, by HR, by the requester or the employee themselves (refused) and by an outsider (refused),
 * cancellations, timesheets of hourly staff (submitted, approved by another actor or by the submitter,
 * refused), payroll runs of a month (drafted, approved by another actor or by the preparer, refused,
 * posted, a second run of the period refused, reversed and run again) are applied to the in-memory
 * adapters and to the JPA adapter on a real PostgreSQL at once. After every step both give the same
 * answers or the same error codes, the same employees, contracts, departments, leave requests and
 * balances, payroll runs with their payslips and totals, and the same trial balance; on each side
 * every run's totals are the sums of its payslips and every posted run's journal entry equals them to
 * the cent, the payroll accounts hold exactly what the posted runs say, the trial balance nets to zero,
 * and no employee's balance of a type that does not allow it is below zero. A failure prints its seed
 * and shrinks; {@code @Property(seed = ...)} replays it.
 */
@AddLifecycleHook(LongProfileTries.class)
class PersonnelModelPropertyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final FlatRatePayrollRules RULES = new FlatRatePayrollRules(
            List.of(new FlatRatePayrollRules.Rate("income_tax", new BigDecimal("0.20")),
                    new FlatRatePayrollRules.Rate("social_security", new BigDecimal("0.08"))),
            List.of(new FlatRatePayrollRules.Rate("employer_social_security", new BigDecimal("0.12"))));
    /** The HR actor decides on anybody's leave; everybody else only on the leave of the people they manage. */
    private static final String HR = "hr";
    private static final AccessPolicy POLICY = (actor, permission) ->
            !PersonnelPermissions.APPROVE_ANY_LEAVE.equals(permission) || HR.equals(actor.id());
    private static final String[] NUMBERS = {"E-1", "E-2", "E-3", "E-4", "E-5"};
    private static final String[] DEPARTMENTS = {"D1", "D2", "D3"};
    /** Salary expense, employer contributions expense, payroll liabilities, net pay payable. */
    private static final String[] PAYROLL_ACCOUNTS = {"6100", "6200", "2300", "2400"};
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    private static final AtomicInteger TENANTS = new AtomicInteger();
    private static final ModelRun RUN = new ModelRun("personnel-model", "r5_personnel_model",
            PersonnelModelPropertyTest::personnel);

    private static BackOffice personnel(BackOfficeAdapters adapters) {
        return BackOffice.builder(adapters).payrollRules(RULES).accessPolicy(POLICY).build();
    }

    @AfterContainer
    static void stop() {
        RUN.finish();
    }

    /**
     * One tenant's personnel on both sides, acted on by {@code hr}; payroll is prepared by
     * {@code clerk} and approved and posted by {@code director}; employees act as {@code emp-<number>}.
     * Leave types: 0 paid vacation (25 days, no negative balance), 1 paid advance leave (10 days, a
     * negative balance allowed), 2 unpaid leave (not tracked, deducted from pay).
     */
    static final class Twin extends TwinBackOffices {
        final Actor clerk;
        final Actor director;
        final List<EmployeeId[]> employees = new ArrayList<>();
        final List<DepartmentId[]> departments = new ArrayList<>();
        final List<PositionId[]> positions = new ArrayList<>();
        final List<LeaveTypeId[]> leaveTypes = new ArrayList<>();
        final List<LeaveRequestId[]> requests = new ArrayList<>();
        final List<PayrollRunId[]> runs = new ArrayList<>();
        /** The payroll accounts of {@link #PAYROLL_ACCOUNTS}, per side. */
        final List<AccountId[]> accounts = new ArrayList<>();
        /** The months that have runs. */
        final Set<YearMonth> periods = new TreeSet<>();

        Twin() {
            super(RUN.backOffice(new InMemoryAdapters()), RUN.postgres(), Actor.of("r5-personnel-" + TENANTS.incrementAndGet(), HR),
                    RUN.steps);
            clerk = Actor.of(actor.tenant(), "clerk");
            director = Actor.of(actor.tenant(), "director");
            DepartmentId[] head = new DepartmentId[2];
            PositionId[] staff = new PositionId[2];
            LeaveTypeId[] vacation = new LeaveTypeId[2];
            LeaveTypeId[] advance = new LeaveTypeId[2];
            LeaveTypeId[] unpaid = new LeaveTypeId[2];
            for (int account = 0; account < PAYROLL_ACCOUNTS.length; account++) {
                accounts.add(new AccountId[2]);
            }
            for (int side = 0; side < 2; side++) {
                BackOffice backOffice = side(side);
                backOffice.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
                for (int account = 0; account < PAYROLL_ACCOUNTS.length; account++) {
                    String code = PAYROLL_ACCOUNTS[account];
                    AccountType type = code.startsWith("6") ? AccountType.EXPENSE : AccountType.LIABILITY;
                    accounts.get(account)[side] = backOffice.chartOfAccounts().openAccount(actor,
                            OpenAccount.of(code, code, type, EUR)).id();
                }
                backOffice.payroll().configureAccounts(actor, new ConfigurePayrollAccounts(accounts.get(0)[side],
                        accounts.get(1)[side], accounts.get(2)[side], accounts.get(3)[side]));
                vacation[side] = backOffice.leave().defineLeaveType(actor, DefineLeaveType.paidVacation("VAC", "25", "5")).id();
                advance[side] = backOffice.leave().defineLeaveType(actor,
                        DefineLeaveType.paidVacation("ADV", "10", "0").allowingNegativeBalance()).id();
                unpaid[side] = backOffice.leave().defineLeaveType(actor, DefineLeaveType.unpaid("UNP")).id();
                head[side] = backOffice.organisation().createDepartment(actor, CreateDepartment.root("HQ", "Head office")).id();
                staff[side] = backOffice.organisation().createPosition(actor, CreatePosition.of(head[side], "Staff")).id();
            }
            leaveTypes.add(vacation);
            leaveTypes.add(advance);
            leaveTypes.add(unpaid);
            departments.add(head);
            positions.add(staff);
            RUN.chains.incrementAndGet();
        }

        Actor as(String id) {
            return Actor.of(actor.tenant(), id);
        }

        /**
         * A decision on a leave request on both sides, by the employee's manager (HR when there is
         * none), HR, the requester, the employee, or an outsider.
         */
        void decide(int request, String by, boolean approve) {
            LeaveRequestSnapshot asked = memory.leave().leaveRequest(actor, requests.get(request)[0]);
            String decider = switch (by) {
                case "manager" -> memory.organisation().managerOf(actor, asked.employee())
                        .map(manager -> memory.employees().employee(actor, manager).actorId())
                        .orElse(HR);
                case "hr" -> HR;
                case "requester" -> asked.requestedBy();
                case "employee" -> memory.employees().employee(actor, asked.employee()).actorId();
                default -> "outsider";
            };
            Actor deciding = as(decider);
            both((approve ? "approve #" : "reject #") + request + " by " + decider, side -> {
                LeaveRequestId id = requests.get(request)[side];
                return (approve ? side(side).leave().approve(deciding, id, "ok")
                        : side(side).leave().reject(deciding, id, "no")).status();
            });
        }

        /**
         * A step on a run on both sides: approved by the director or by the clerk who prepared it
         * (refused), posted by the director, or reversed on the last day of its month (a reversal
         * run is kept with the others).
         */
        void advance(int run, String how) {
            List<PayrollRunId> done = both(how + " run #" + run, side -> {
                BackOffice backOffice = side(side);
                PayrollRunId id = runs.get(run)[side];
                return switch (how) {
                    case "approve" -> backOffice.payroll().approve(director, id).id();
                    case "approve by the clerk" -> backOffice.payroll().approve(clerk, id).id();
                    case "post" -> backOffice.payroll().post(director, id).id();
                    default -> backOffice.payroll().reverse(director, ReversePayrollRun.of(id,
                            backOffice.payroll().payrollRun(actor, id).period().atEndOfMonth(), "correction")).id();
                };
            });
            if (done != null && how.equals("reverse")) {
                runs.add(new PayrollRunId[] {done.get(0), done.get(1)});
            }
        }

        /** The invariants after every step. */
        void samePersonnel() {
            List<List<Object>> observed = new ArrayList<>();
            for (int side = 0; side < 2; side++) {
                observed.add(observe(side));
            }
            for (int part = 0; part < observed.get(0).size(); part++) {
                assertThat(observed.get(1).get(part)).as("PostgreSQL against in memory, part %s, after %s", part, log)
                        .isEqualTo(observed.get(0).get(part));
            }
        }

        /** What one side shows, after checking the invariants that hold on each side on its own. */
        private List<Object> observe(int side) {
            BackOffice backOffice = side(side);
            Map<EmployeeId, Integer> employeeIndex = index(employees, side);
            Map<DepartmentId, Integer> departmentIndex = index(departments, side);
            Map<PositionId, Integer> positionIndex = index(positions, side);
            Map<LeaveTypeId, Integer> typeIndex = index(leaveTypes, side);
            Map<PayrollRunId, Integer> runIndex = index(runs, side);
            List<Object> staff = new ArrayList<>();
            Map<Integer, Boolean> active = new HashMap<>();
            for (EmployeeSnapshot employee : backOffice.employees().employees(actor)) {
                Integer index = employeeIndex.get(employee.id());
                assertThat(index).as("an employee nobody hired, side %s, after %s", side, log).isNotNull();
                active.put(index, employee.terminationDate() == null);
                staff.add(List.of(index, employee.number(), employee.hireDate(), String.valueOf(employee.terminationDate()),
                        String.valueOf(employee.terminationReason()), employee.status(),
                        String.valueOf(departmentIndex.get(employee.department())),
                        String.valueOf(positionIndex.get(employee.position())), String.valueOf(employee.actorId())));
            }
            assertThat(active).as("employees of side %s after %s", side, log).hasSize(employees.size());
            List<Object> contracts = new ArrayList<>();
            List<Object> leave = new ArrayList<>();
            for (int index = 0; index < employees.size(); index++) {
                EmployeeId employee = employees.get(index)[side];
                try {
                    contracts.add(backOffice.employees().contract(actor, employee).versions().stream()
                            .map(v -> List.of(v.validFrom(), String.valueOf(v.validTo()), v.type(), v.weeklyHours(), v.pay(),
                                    v.costCentre(), v.recordedBy()))
                            .toList());
                } catch (BackOfficeException none) {
                    contracts.add(none.code());
                }
                for (int type = 0; type < leaveTypes.size(); type++) {
                    LeaveBalanceSnapshot balance = backOffice.leave().balance(actor, employee, leaveTypes.get(type)[side], 2026);
                    if (type == 0 && active.get(index)) {
                        // a termination may leave days taken beyond the prorated entitlement: the employer settles them
                        assertThat(balance.available().signum()).as("vacation of employee %s below zero: %s, side %s, after %s",
                                index, balance, side, log).isGreaterThanOrEqualTo(0);
                    }
                    leave.add(List.of(balance.tracked(), balance.entitlement(), balance.carriedOver(), balance.taken(),
                            balance.pending(), balance.remaining(), balance.available()));
                }
                Map<LeaveRequestId, Integer> requestIndex = index(requests, side);
                for (LeaveRequestSnapshot request : backOffice.leave().leaveRequests(actor, employee, 2026)) {
                    leave.add(List.of(String.valueOf(requestIndex.get(request.id())), typeIndex.get(request.leaveType()),
                            request.from(), request.to(), request.startsAfternoon(), request.endsAtNoon(), request.days(),
                            request.status(), request.requestedBy(), String.valueOf(request.decidedBy()),
                            String.valueOf(request.note()), request.daysByYear()));
                }
            }
            List<List<String>> organisation = backOffice.organisation().departments(actor).stream()
                    .map(d -> List.of(d.code(), String.valueOf(departmentIndex.get(d.parent())),
                            String.valueOf(employeeIndex.get(d.manager()))))
                    .toList();
            Map<String, Money> nets = ledgerNets(side);
            List<Object> payroll = new ArrayList<>();
            Money[] booked = {Money.zero(EUR), Money.zero(EUR), Money.zero(EUR), Money.zero(EUR)};
            for (YearMonth period : periods) {
                for (PayrollRunSnapshot run : backOffice.payroll().payrollRuns(actor, period)) {
                    Integer index = runIndex.get(run.id());
                    assertThat(index).as("a run nobody made, side %s, after %s", side, log).isNotNull();
                    checkTotals(run, side);
                    if (run.status() == RunStatus.POSTED || run.status() == RunStatus.PAID) {
                        Money[] entry = checkEntry(backOffice, run, side);
                        for (int account = 0; account < booked.length; account++) {
                            booked[account] = booked[account].plus(entry[account]);
                        }
                    }
                    payroll.add(List.of(index, run.period(), run.kind(), run.status(),
                            String.valueOf(runIndex.get(run.reversalOf())), String.valueOf(runIndex.get(run.reversedBy())),
                            run.totalGross(), run.totalDeductions(), run.totalEmployerContributions(), run.totalNet(),
                            run.payslips().stream().map(p -> List.of(p.employeeNumber(), p.costCentre(), p.basePay(),
                                    p.unpaidLeave(), p.hoursPaid(), p.gross(), p.deductions(), p.employerContributions(),
                                    p.net())).toList(),
                            run.preparedBy(), String.valueOf(run.approvedBy()), String.valueOf(run.postedBy()),
                            run.journalEntry() != null));
                }
            }
            assertThat(payroll).as("runs of side %s after %s", side, log).hasSize(runs.size());
            // what the posted runs say is what the payroll accounts hold, to the cent
            for (int account = 0; account < PAYROLL_ACCOUNTS.length; account++) {
                assertThat(nets.getOrDefault(PAYROLL_ACCOUNTS[account], Money.zero(EUR)))
                        .as("account %s against the posted runs, side %s, after %s", PAYROLL_ACCOUNTS[account], side, log)
                        .isEqualTo(booked[account]);
            }
            return List.of(staff, contracts, leave, organisation, payroll, nets);
        }

        /** The run's totals are the sums of its payslips, and each payslip's net is its gross less deductions. */
        private void checkTotals(PayrollRunSnapshot run, int side) {
            List<Payslip> slips = run.payslips();
            assertThat(List.of(run.totalGross(), run.totalDeductions(), run.totalEmployerContributions(), run.totalNet()))
                    .as("totals of the run of %s against its payslips, side %s, after %s", run.period(), side, log)
                    .isEqualTo(List.of(sum(slips, Payslip::gross), sum(slips, Payslip::totalDeductions),
                            sum(slips, Payslip::totalEmployerContributions), sum(slips, Payslip::net)));
            for (Payslip slip : slips) {
                assertThat(slip.net()).as("net of %s, side %s, after %s", slip, side, log)
                        .isEqualTo(slip.gross().minus(slip.totalDeductions()));
            }
        }

        /**
         * The run's journal entry against its payslips: salary expense debited with the gross pay,
         * employer contributions with theirs, liabilities credited with deductions and contributions,
         * net pay payable with the net pay (a reversal run's payslips and entry both negated). Returns
         * the entry's net (debit less credit) on each payroll account.
         */
        private Money[] checkEntry(BackOffice backOffice, PayrollRunSnapshot run, int side) {
            JournalEntrySnapshot entry = backOffice.ledger().entry(actor, run.journalEntry());
            Map<AccountId, Integer> accountIndex = index(accounts, side);
            Money[] nets = {Money.zero(EUR), Money.zero(EUR), Money.zero(EUR), Money.zero(EUR)};
            Money debits = Money.zero(EUR);
            Money credits = Money.zero(EUR);
            for (JournalEntrySnapshot.Line line : entry.lines()) {
                Integer account = accountIndex.get(line.account());
                assertThat(account).as("a line of the run of %s on another account, side %s, after %s", run.period(), side, log)
                        .isNotNull();
                nets[account] = nets[account].plus(line.side() == Side.DEBIT ? line.amount() : line.amount().negate());
                debits = line.side() == Side.DEBIT ? debits.plus(line.amount()) : debits;
                credits = line.side() == Side.CREDIT ? credits.plus(line.amount()) : credits;
            }
            assertThat(debits).as("the entry of the run of %s balances, side %s, after %s", run.period(), side, log)
                    .isEqualTo(credits);
            Money employer = run.totalEmployerContributions();
            assertThat(List.of(nets[0], nets[1], nets[2], nets[3]))
                    .as("the entry of the run of %s against its payslips, side %s, after %s", run.period(), side, log)
                    .isEqualTo(List.of(run.totalGross(), employer, run.totalDeductions().plus(employer).negate(),
                            run.totalNet().negate()));
            return nets;
        }
    }

    private static <I> Map<I, Integer> index(List<I[]> pairs, int side) {
        Map<I, Integer> index = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            index.put(pairs.get(i)[side], i);
        }
        return index;
    }

    private static Money sum(List<Payslip> slips, Function<Payslip, Money> amount) {
        return slips.stream().map(amount).reduce(Money.zero(EUR), Money::plus);
    }

    @Property(tries = 35)
    void theInMemoryAndThePostgresPersonnelAgreeAfterEveryStep(@ForAll("chains") ActionChain<Twin> chain) {
        try {
            chain.withInvariant("same personnel", Twin::samePersonnel).run();
        } catch (AssertionError disagreement) {
            RUN.anomalies.incrementAndGet(); // jqwik then shrinks and prints the seed that replays it
            throw disagreement;
        }
    }

    @Provide
    Arbitrary<ActionChain<Twin>> chains() {
        return ActionChain.<Twin>startWith(Twin::new)
                .withAction(4, new Hire())
                .withAction(1, new Department())
                .withAction(3, new AppointManager())
                .withAction(2, new ChangePay())
                .withAction(1, new Terminate())
                .withAction(4, new Request())
                .withAction(4, new Decide())
                .withAction(1, new Cancel())
                .withAction(2, new RecordTimesheet())
                .withAction(3, new Run())
                .withAction(3, new AdvanceRun())
                .withMaxTransformations(12);
    }

    /** An index into a list of the twin (employees, departments...) from an arbitrary number, by its remainder. */
    private static int pick(int choice, List<?> of) {
        return choice % of.size();
    }

    /**
     * A hire with a contract from the hire date (sometimes later, or the day before: refused): a
     * full-time salary or an hourly rate, in one of the departments (with its position) or none. Some hires are
     * refused: a number taken, a blank family name, an e-mail that is none.
     */
    static final class Hire implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, NUMBERS.length - 1),
                    Arbitraries.integers().between(0, 240), Arbitraries.integers().between(-1, 3),
                    Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("valid")), Tuple.of(1, Arbitraries.just("blank name")),
                            Tuple.of(1, Arbitraries.just("bad e-mail"))),
                    Arbitraries.of(false, false, true), Arbitraries.longs().between(180_000, 600_000),
                    Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(-1)),
                            Tuple.of(1, Arbitraries.integers().between(1, 40)))).as(
                    (number, hiredAfter, department, how, hourly, pay, startShift) -> {
                        LocalDate hired = LocalDate.of(2025, 10, 1).plusDays(hiredAfter);
                        String what = "hire " + NUMBERS[number] + " on " + hired + " in " + department + " (" + how + ")"
                                + (hourly ? " hourly " + pay / 20 : " monthly " + pay) + " from +" + startShift;
                        return Transformer.mutate(what, twin -> {
                            List<EmployeeId> hires = twin.both(what, side -> {
                                HireEmployee hire = HireEmployee.of(NUMBERS[number], "Given",
                                        how.equals("blank name") ? " " : "Family " + number, hired).actingAs("emp-" + NUMBERS[number]);
                                if (how.equals("bad e-mail")) {
                                    hire = hire.withContact("not an e-mail", null, null);
                                }
                                if (department >= 0) {
                                    int in = pick(department, twin.departments);
                                    hire = hire.in(twin.departments.get(in)[side], twin.positions.get(in)[side]);
                                }
                                return twin.side(side).employees().hire(twin.actor, hire).id();
                            });
                            if (hires == null) {
                                return;
                            }
                            twin.employees.add(new EmployeeId[] {hires.get(0), hires.get(1)});
                            LocalDate start = hired.plusDays(startShift);
                            twin.both("start the contract of " + NUMBERS[number] + " on " + start, side -> {
                                EmployeeId employee = hires.get(side);
                                StartContract contract = hourly
                                        ? StartContract.hourly(employee, start, ContractType.PART_TIME, "20", Money.ofMinor(pay / 200, EUR),
                                        "CC-H")
                                        : StartContract.monthly(employee, start, ContractType.FULL_TIME, "40", Money.ofMinor(pay, EUR),
                                        "CC-" + (number % 2));
                                return twin.side(side).employees().startContract(twin.actor, contract).versions().size();
                            });
                        });
                    });
        }
    }

    /** A department under the head office or another one, with a position; a code used already is refused. */
    static final class Department implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(0, DEPARTMENTS.length - 1), Arbitraries.integers().between(0, 3))
                    .as((code, parent) -> {
                        String what = "department " + DEPARTMENTS[code] + " under " + parent;
                        return Transformer.mutate(what, twin -> {
                            int under = pick(parent, twin.departments);
                            List<DepartmentId> created = twin.both(what, side -> twin.side(side).organisation().createDepartment(
                                    twin.actor, CreateDepartment.under(twin.departments.get(under)[side], DEPARTMENTS[code],
                                            "Department " + code)).id());
                            if (created != null) {
                                twin.departments.add(new DepartmentId[] {created.get(0), created.get(1)});
                                List<PositionId> position = twin.both("position in " + DEPARTMENTS[code], side -> twin.side(side)
                                        .organisation().createPosition(twin.actor, CreatePosition.of(created.get(side), "Clerk")).id());
                                twin.positions.add(new PositionId[] {position.get(0), position.get(1)});
                            }
                        });
                    });
        }
    }

    /** An employee made a department's manager (refused once terminated), or no manager. */
    static final class AppointManager implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.employees.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-1, 4))
                    .as((department, employee) -> {
                        String what = "appoint " + employee + " to manage " + department;
                        return Transformer.mutate(what, model -> {
                            int of = pick(department, model.departments);
                            model.both(what, side -> model.side(side).organisation().appointManager(model.actor,
                                    model.departments.get(of)[side],
                                    employee < 0 ? null : model.employees.get(pick(employee, model.employees))[side]).code());
                        });
                    });
        }
    }

    /**
     * A new version of the contract from a day of 2026, often in the middle of a month: a raise (a
     * contract missing, a day not after the latest version or outside the employment: refused).
     */
    static final class ChangePay implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.employees.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(1, 7),
                    Arbitraries.integers().between(1, 28), Arbitraries.integers().between(1, 500)).as((employee, month, day, raise) -> {
                        LocalDate from = LocalDate.of(2026, month, day);
                        String what = "raise " + employee + " by " + raise + " from " + from;
                        return Transformer.mutate(what, model -> {
                            int index = pick(employee, model.employees);
                            model.both(what, side -> {
                                EmployeeId id = model.employees.get(index)[side];
                                ContractVersionSnapshot latest = model.side(side).employees().contract(model.actor, id).latest();
                                Money more = Money.ofMinor(latest.pay().basis() == PayBasis.HOURLY_RATE ? raise : raise * 100L, EUR);
                                return model.side(side).employees().changeContract(model.actor,
                                        ChangeContract.raise(latest, id, from, latest.pay().amount().plus(more))).versions().size();
                            });
                        });
                    });
        }
    }

    /** A termination (a last day before the hire, or a second one: refused). */
    static final class Terminate implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.employees.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 200),
                    Arbitraries.of(TerminationReason.RESIGNATION, TerminationReason.DISMISSAL)).as((employee, day, reason) -> {
                        LocalDate last = LocalDate.of(2026, 1, 1).plusDays(day);
                        String what = "terminate " + employee + " on " + last;
                        return Transformer.mutate(what, model -> {
                            int index = pick(employee, model.employees);
                            model.both(what, side -> model.side(side).employees().terminate(model.actor,
                                    new TerminateEmployee(model.employees.get(index)[side], last, reason)).status());
                        });
                    });
        }
    }

    /**
     * A leave request of one of the three types, asked by the employee or by HR: whole days (up to
     * four weeks, so it may overlap another or go beyond the balance), a half day, or days starting
     * in an afternoon; some fall on a weekend only or outside the employment (refused). Most are
     * approved at once, by the employee's manager or by HR.
     */
    static final class Request implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.employees.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
                    Arbitraries.integers().between(1, 180), Arbitraries.integers().between(0, 19),
                    Arbitraries.of("days", "days", "morning", "afternoon", "from an afternoon"), Arbitraries.of(true, true, false),
                    Arbitraries.of("pending", "manager", "manager", "hr"))
                    .as((employee, type, day, length, shape, self, then) -> {
                        LocalDate from = LocalDate.ofYearDay(2026, day);
                        LocalDate to = shape.equals("morning") || shape.equals("afternoon") ? from : from.plusDays(length);
                        String what = "leave " + type + " of " + employee + " " + shape + " " + from + ".." + to
                                + (self ? " asked by the employee" : " asked by HR") + ", then approved by the " + then;
                        return Transformer.mutate(what, model -> {
                            int index = pick(employee, model.employees);
                            Actor requester = self ? model.as(model.memory.employees().employee(model.actor,
                                    model.employees.get(index)[0]).actorId()) : model.actor;
                            List<LeaveRequestId> requested = model.both(what, side -> model.side(side).leave().requestLeave(requester,
                                    new RequestLeave(model.employees.get(index)[side], model.leaveTypes.get(type)[side], from, to,
                                            shape.equals("afternoon") || shape.equals("from an afternoon"), shape.equals("morning"),
                                            null)).id());
                            if (requested != null) {
                                model.requests.add(new LeaveRequestId[] {requested.get(0), requested.get(1)});
                                if (!then.equals("pending")) {
                                    model.decide(model.requests.size() - 1, then, true);
                                }
                            }
                        });
                    });
        }
    }

    /**
     * A decision on a request (approve four times in five, else reject) by the employee's manager,
     * by HR, by the requester or the employee (refused: their own), or by an outsider (refused:
     * not an approver); a request decided already is refused too.
     */
    static final class Decide implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.requests.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.requests.size() - 1),
                    Arbitraries.of("manager", "manager", "hr", "hr", "hr", "requester", "employee", "outsider"),
                    Arbitraries.of(true, true, true, true, false)).as((request, by, approve) -> {
                        String what = (approve ? "approve #" : "reject #") + request + " by the " + by;
                        return Transformer.mutate(what, model -> model.decide(request, by, approve));
                    });
        }
    }

    /** A cancellation of a pending or approved request (gives its days back); of another one refused. */
    static final class Cancel implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.requests.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Arbitraries.integers().between(0, twin.requests.size() - 1).map(request ->
                    Transformer.mutate("cancel #" + request, model -> model.both("cancel #" + request, side ->
                            model.side(side).leave().cancel(model.actor, model.requests.get(request)[side]).status())));
        }
    }

    /**
     * The hours of a week (Monday to Friday, up to 10 a day; now and then a week that does not start
     * on a Monday: refused), recorded and submitted by HR, then approved by the director, or by HR
     * (refused: its own), or sent back.
     */
    static final class RecordTimesheet implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.employees.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 25),
                    Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(0)), Tuple.of(1, Arbitraries.just(2))),
                    Arbitraries.integers().between(0, 10).list().ofSize(5), Arbitraries.of("director", "director", "hr", "reject"))
                    .as((employee, week, shift, hours, decision) -> {
                        LocalDate start = FIRST_MONDAY.plusWeeks(week).plusDays(shift);
                        String what = "timesheet of " + employee + " from " + start + " " + hours + " then " + decision;
                        return Transformer.mutate(what, model -> {
                            int index = pick(employee, model.employees);
                            Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
                            for (int day = 0; day < hours.size(); day++) {
                                days.put(start.plusDays(day), BigDecimal.valueOf(hours.get(day)));
                            }
                            List<TimesheetId> recorded = model.both(what, side -> model.side(side).timesheets().recordHours(model.actor,
                                    RecordHours.of(model.employees.get(index)[side], start, days)).id());
                            if (recorded == null) {
                                return;
                            }
                            if (model.both("submit", side -> model.side(side).timesheets().submit(model.actor, recorded.get(side))
                                    .status()) == null) {
                                return;
                            }
                            model.both(decision + " the timesheet", side -> (decision.equals("reject")
                                    ? model.side(side).timesheets().reject(model.director, recorded.get(side))
                                    : model.side(side).timesheets().approve(decision.equals("hr") ? model.actor : model.director,
                                    recorded.get(side))).status());
                        });
                    });
        }
    }

    /**
     * The payroll of a month of 2026 prepared by the clerk (a period run already, or one that pays
     * nobody: refused), then left as a draft, approved by the clerk (refused: the preparer), or
     * approved by the director and posted.
     */
    static final class Run implements Action.Independent<Twin> {
        @Override
        public Arbitrary<Transformer<Twin>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.of("draft", "self", "post", "post"))
                    .as((month, how) -> {
                        YearMonth period = YearMonth.of(2026, month);
                        String what = "payroll " + period + " " + how;
                        return Transformer.mutate(what, twin -> {
                            List<PayrollRunId> prepared = twin.both(what, side ->
                                    twin.side(side).payroll().runPayroll(twin.clerk, RunPayroll.of(period)).id());
                            if (prepared == null) {
                                return;
                            }
                            twin.runs.add(new PayrollRunId[] {prepared.get(0), prepared.get(1)});
                            twin.periods.add(period);
                            int run = twin.runs.size() - 1;
                            if (how.equals("self")) {
                                twin.advance(run, "approve by the clerk");
                            } else if (how.equals("post")) {
                                twin.advance(run, "approve");
                                twin.advance(run, "post");
                            }
                        });
                    });
        }
    }

    /** A step on any run: approved by the director or the clerk, posted, or reversed (and its period free again). */
    static final class AdvanceRun implements Action.Dependent<Twin> {
        @Override
        public boolean precondition(Twin twin) {
            return !twin.runs.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<Twin>> transformer(Twin twin) {
            return Combinators.combine(Arbitraries.integers().between(0, twin.runs.size() - 1),
                    Arbitraries.of("approve", "approve by the clerk", "post", "reverse", "reverse", "reverse"))
                    .as((run, how) -> Transformer.mutate(how + " run #" + run, model -> model.advance(run, how)));
        }
    }
}
