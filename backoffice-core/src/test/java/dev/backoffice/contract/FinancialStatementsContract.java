package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.AccountStatement;
import dev.backoffice.accounts.api.BalanceSheet;
import dev.backoffice.accounts.api.CloseFiscalYear;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.IncomeStatement;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.StatementRequest;
import dev.backoffice.accounts.api.StatementRow;
import dev.backoffice.accounts.api.StatementSection;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.api.YearEnd;
import dev.backoffice.accounts.api.YearEndClosing;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.FiscalPeriodChanged;
import dev.backoffice.accounts.domain.FiscalYearClosed;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.JournalEntryPosted;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.audit.api.AuditQuery;
import dev.backoffice.common.Actor;
import dev.backoffice.common.AuditRecord;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.spi.AccessPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The balance sheet, the income statement and the year-end close through the public api, over the
 * adapters under test: amounts along the account hierarchy with their comparison column, the
 * current result that makes assets equal liabilities plus equity, closing entries and locked
 * periods, and that a refused close stores nothing.
 */
public abstract class FinancialStatementsContract extends AdapterContract {

    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
    private static final LocalDate START_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate END_JAN_2026 = LocalDate.of(2026, 1, 31);

    protected final List<DomainEvent> published = Collections.synchronizedList(new ArrayList<>());
    protected BackOffice backOffice;
    protected Actor alice;
    protected Actor mallory;
    protected FiscalYearSnapshot year2025;
    protected FiscalYearSnapshot year2026;

    private AccountSnapshot currentAssets;
    private AccountSnapshot cash;
    private AccountSnapshot banks;
    private AccountSnapshot mainBank;
    private AccountSnapshot equipment;
    private AccountSnapshot payables;
    private AccountSnapshot capital;
    private AccountSnapshot reserves;
    private AccountSnapshot otherReserve;
    private AccountSnapshot retainedEarnings;
    private AccountSnapshot sales;
    private AccountSnapshot products;
    private AccountSnapshot services;
    private AccountSnapshot expenses;
    private AccountSnapshot rent;
    private AccountSnapshot wages;
    private AccountSnapshot usdCash;
    private AccountSnapshot usdSales;
    private AccountSnapshot usdRetainedEarnings;

    @BeforeEach
    void chartAndJournal() {
        backOffice = backOffice(AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        year2025 = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2025));
        year2026 = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));

        currentAssets = open("1000", "Current assets", AccountType.ASSET, null);
        cash = open("1010", "Cash", AccountType.ASSET, currentAssets);
        banks = open("1020", "Banks", AccountType.ASSET, currentAssets);
        mainBank = open("1021", "Main bank", AccountType.ASSET, banks);
        open("1022", "Savings", AccountType.ASSET, banks);
        equipment = open("1500", "Equipment", AccountType.ASSET, null);
        payables = open("2000", "Payables", AccountType.LIABILITY, null);
        open("2500", "Loans", AccountType.LIABILITY, null);
        capital = open("3000", "Share capital", AccountType.EQUITY, null);
        reserves = open("3800", "Reserves", AccountType.EQUITY, null);
        open("3810", "Legal reserve", AccountType.EQUITY, reserves);
        otherReserve = open("3820", "Other reserve", AccountType.EQUITY, reserves);
        retainedEarnings = open("3900", "Retained earnings", AccountType.EQUITY, null);
        sales = open("4000", "Sales", AccountType.REVENUE, null);
        products = open("4010", "Products", AccountType.REVENUE, sales);
        services = open("4020", "Services", AccountType.REVENUE, sales);
        expenses = open("6000", "Expenses", AccountType.EXPENSE, null);
        rent = open("6010", "Rent", AccountType.EXPENSE, expenses);
        wages = open("6020", "Wages", AccountType.EXPENSE, expenses);
        usdCash = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("1100", "Cash USD", AccountType.ASSET, USD));
        usdSales = backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of("4100", "Sales USD", AccountType.REVENUE, USD));
        usdRetainedEarnings = backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("3910", "Retained earnings USD", AccountType.EQUITY, USD));

        post(LocalDate.of(2025, 2, 1), "Capital paid in", mainBank, capital, "10000.00");
        post(LocalDate.of(2025, 3, 10), "Product sale", cash, products, "1200.00");
        post(LocalDate.of(2025, 4, 5), "Equipment on credit", equipment, payables, "3000.00");
        post(LocalDate.of(2025, 5, 31), "Rent", rent, mainBank, "800.00");
        backOffice.ledger().post(alice, NewJournalEntry.on(LocalDate.of(2025, 6, 1), "Dollar sale")
                .debit(usdCash.id(), usd("50.00")).credit(usdSales.id(), usd("50.00")).build());
        post(LocalDate.of(2026, 1, 15), "Consulting", mainBank, services, "500.00");
        post(LocalDate.of(2026, 1, 20), "Wages", wages, cash, "300.00");
        backOffice.ledger().saveDraft(alice, NewJournalEntry.on(LocalDate.of(2026, 1, 21), "Draft sale")
                .debit(cash.id(), eur("999.00")).credit(products.id(), eur("999.00")).build());

        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2025));
        AccountSnapshot foreignCash = backOffice.chartOfAccounts().openAccount(mallory,
                OpenAccount.of("1010", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot foreignSales = backOffice.chartOfAccounts().openAccount(mallory,
                OpenAccount.of("4010", "Products", AccountType.REVENUE, EUR));
        backOffice.ledger().post(mallory, NewJournalEntry.on(LocalDate.of(2025, 3, 10), "Foreign sale")
                .debit(foreignCash.id(), eur("77.00")).credit(foreignSales.id(), eur("77.00")).build());
        published.clear();
    }

    protected BackOffice backOffice(AccessPolicy policy) {
        return BackOffice.builder(adapters())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .accessPolicy(policy)
                .eventPublisher(published::addAll)
                .build();
    }

    private AccountSnapshot open(String code, String name, AccountType type, AccountSnapshot parent) {
        return backOffice.chartOfAccounts().openAccount(alice,
                new OpenAccount(code, name, type, EUR, parent == null ? null : parent.id(), null));
    }

    private JournalEntrySnapshot post(LocalDate date, String description, AccountSnapshot debit, AccountSnapshot credit,
                                      String amount) {
        return backOffice.ledger().post(alice, NewJournalEntry.on(date, description)
                .debit(debit.id(), eur(amount)).credit(credit.id(), eur(amount)).build());
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static void assertRow(StatementRow row, StatementRow.Kind kind, String code, int level, String amount,
                                  String comparison) {
        assertThat(row.kind()).as("kind of %s", code).isEqualTo(kind);
        assertThat(row.code()).isEqualTo(code);
        assertThat(row.level()).as("level of %s", code).isEqualTo(level);
        assertThat(row.amount()).as("amount of %s", code).isEqualTo(eur(amount));
        assertThat(row.comparison()).as("comparison of %s", code).isEqualTo(eur(comparison));
    }

    private BalanceSheet.InCurrency balanceSheetInEur(LocalDate asOf, LocalDate comparedTo) {
        return backOffice.financialStatements().balanceSheet(alice, asOf, comparedTo).in(EUR).orElseThrow();
    }

    private IncomeStatement.InCurrency incomeInEur(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo) {
        return backOffice.financialStatements().incomeStatement(alice, from, to, previousFrom, previousTo).in(EUR).orElseThrow();
    }

    private List<PeriodStatus> periodStates(FiscalYearId year) {
        return backOffice.fiscalCalendar().fiscalYear(alice, year).periods().stream().map(FiscalPeriod::status).toList();
    }

    /** Asserts the call fails with the code and that the journal, the periods and the audit trail did not change. */
    private void assertRefused(ThrowingCallable call, String code) {
        TrialBalance before = backOffice.financialReports().trialBalance(alice);
        List<FiscalYearSnapshot> yearsBefore = backOffice.fiscalCalendar().fiscalYears(alice);
        int auditBefore = backOffice.auditTrail().records(alice, AuditQuery.all()).size();
        long retainedLinesBefore = retainedEarningsLines();
        published.clear();

        assertThatThrownBy(call).isInstanceOf(BackOfficeException.class)
                .satisfies(e -> assertThat(((BackOfficeException) e).code()).isEqualTo(code))
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());

        assertThat(backOffice.financialReports().trialBalance(alice)).isEqualTo(before);
        assertThat(backOffice.fiscalCalendar().fiscalYears(alice)).isEqualTo(yearsBefore);
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.all())).hasSize(auditBefore);
        assertThat(retainedEarningsLines()).isEqualTo(retainedLinesBefore);
        assertThat(published).isEmpty();
    }

    private long retainedEarningsLines() {
        return backOffice.financialReports().statement(alice,
                StatementRequest.of(retainedEarnings.id(), LocalDate.of(2025, 1, 1), END_2025)).totalLines();
    }

    // ---- balance sheet ----------------------------------------------------------------------------

    @Test
    void balanceSheetFollowsTheHierarchyWithAComparisonColumn() {
        BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, END_JAN_2026, END_2025);
        assertThat(sheet.asOf()).isEqualTo(END_JAN_2026);
        assertThat(sheet.comparedTo()).isEqualTo(END_2025);
        assertThat(sheet.currencies()).extracting(BalanceSheet.InCurrency::currency).containsExactly(EUR, USD);

        BalanceSheet.InCurrency eur = sheet.in(EUR).orElseThrow();
        List<StatementRow> assets = eur.assets().rows();
        assertThat(assets).hasSize(5); // savings has never moved: left out
        assertRow(assets.get(0), StatementRow.Kind.ROLL_UP, "1000", 0, "10600.00", "10400.00");
        assertRow(assets.get(1), StatementRow.Kind.ACCOUNT, "1010", 1, "900.00", "1200.00");
        assertRow(assets.get(2), StatementRow.Kind.ROLL_UP, "1020", 1, "9700.00", "9200.00");
        assertRow(assets.get(3), StatementRow.Kind.ACCOUNT, "1021", 2, "9700.00", "9200.00");
        assertRow(assets.get(4), StatementRow.Kind.ACCOUNT, "1500", 0, "3000.00", "3000.00");
        assertThat(assets.get(0).account()).isEqualTo(currentAssets.id());
        assertThat(assets.get(0).name()).isEqualTo("Current assets");
        assertThat(eur.assets().type()).isEqualTo(AccountType.ASSET);
        assertThat(eur.assets().total()).isEqualTo(eur("13600.00"));
        assertThat(eur.assets().comparisonTotal()).isEqualTo(eur("13400.00"));

        assertThat(eur.liabilities().rows()).singleElement().satisfies(r ->
                assertRow(r, StatementRow.Kind.ACCOUNT, "2000", 0, "3000.00", "3000.00"));
        assertThat(eur.liabilities().total()).isEqualTo(eur("3000.00"));

        List<StatementRow> equity = eur.equity().rows();
        assertThat(equity).hasSize(2);
        assertRow(equity.get(0), StatementRow.Kind.ACCOUNT, "3000", 0, "10000.00", "10000.00");
        assertThat(equity.get(1).kind()).isEqualTo(StatementRow.Kind.CURRENT_RESULT);
        assertThat(equity.get(1).account()).isNull();
        assertThat(equity.get(1)).isEqualTo(eur.currentResult());
        assertThat(eur.currentResult().amount()).isEqualTo(eur("600.00"));      // 1700 revenue - 1100 expenses
        assertThat(eur.currentResult().comparison()).isEqualTo(eur("400.00"));  // 1200 - 800 in 2025
        assertThat(eur.equity().total()).isEqualTo(eur("10600.00"));
        assertThat(eur.equity().comparisonTotal()).isEqualTo(eur("10400.00"));

        assertThat(eur.liabilitiesAndEquity()).isEqualTo(eur.assets().total());
        assertThat(eur.comparisonLiabilitiesAndEquity()).isEqualTo(eur.assets().comparisonTotal());
        assertThat(eur.isBalanced()).isTrue();
        assertThat(sheet.isBalanced()).isTrue();

        BalanceSheet.InCurrency dollars = sheet.in(USD).orElseThrow();
        assertThat(dollars.assets().total()).isEqualTo(usd("50.00"));
        assertThat(dollars.currentResult().amount()).isEqualTo(usd("50.00"));
        assertThat(dollars.isBalanced()).isTrue();
    }

    @Test
    void balanceSheetBalancesOnAnyDateAndCountsNoDrafts() {
        for (LocalDate date : List.of(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 30),
                END_2025, LocalDate.of(2026, 1, 20), LocalDate.of(2030, 1, 1))) {
            BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, date, date.minusMonths(2));
            assertThat(sheet.isBalanced()).as("balance sheet at %s", date).isTrue();
        }
        BalanceSheet.InCurrency before = balanceSheetInEur(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(before.assets().rows()).isEmpty();
        assertThat(before.equity().rows()).containsExactly(before.currentResult());
        assertThat(before.currentResult().amount().isZero()).isTrue();

        // the draft of 999 on cash would show in the cash row if drafts counted
        assertThat(balanceSheetInEur(END_JAN_2026, END_JAN_2026).assets().row("1010").orElseThrow().amount())
                .isEqualTo(eur("900.00"));
        // the comparison date may come after the statement date
        assertThat(balanceSheetInEur(END_2025, END_JAN_2026).assets().total()).isEqualTo(eur("13400.00"));
    }

    // ---- income statement -------------------------------------------------------------------------

    @Test
    void incomeStatementShowsThePeriodBesideThePreviousOne() {
        IncomeStatement statement = backOffice.financialStatements().incomeStatement(alice, START_2026, END_JAN_2026,
                LocalDate.of(2025, 1, 1), END_2025);
        assertThat(statement.from()).isEqualTo(START_2026);
        assertThat(statement.to()).isEqualTo(END_JAN_2026);
        assertThat(statement.previousFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(statement.previousTo()).isEqualTo(END_2025);
        assertThat(statement.currencies()).extracting(IncomeStatement.InCurrency::currency).containsExactly(EUR, USD);

        IncomeStatement.InCurrency eur = statement.in(EUR).orElseThrow();
        List<StatementRow> revenue = eur.revenue().rows();
        assertThat(revenue).hasSize(3);
        assertRow(revenue.get(0), StatementRow.Kind.ROLL_UP, "4000", 0, "500.00", "1200.00");
        assertRow(revenue.get(1), StatementRow.Kind.ACCOUNT, "4010", 1, "0.00", "1200.00");
        assertRow(revenue.get(2), StatementRow.Kind.ACCOUNT, "4020", 1, "500.00", "0.00");
        List<StatementRow> costs = eur.expenses().rows();
        assertThat(costs).hasSize(3);
        assertRow(costs.get(0), StatementRow.Kind.ROLL_UP, "6000", 0, "300.00", "800.00");
        assertRow(costs.get(1), StatementRow.Kind.ACCOUNT, "6010", 1, "0.00", "800.00");
        assertRow(costs.get(2), StatementRow.Kind.ACCOUNT, "6020", 1, "300.00", "0.00");
        assertThat(eur.revenue().total()).isEqualTo(eur("500.00"));
        assertThat(eur.expenses().comparisonTotal()).isEqualTo(eur("800.00"));
        assertThat(eur.netIncome()).isEqualTo(eur("200.00"));
        assertThat(eur.comparisonNetIncome()).isEqualTo(eur("400.00"));

        IncomeStatement.InCurrency dollars = statement.in(USD).orElseThrow();
        assertThat(dollars.netIncome()).isEqualTo(usd("0.00"));
        assertThat(dollars.comparisonNetIncome()).isEqualTo(usd("50.00"));

        IncomeStatement.InCurrency loss = incomeInEur(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(loss.netIncome()).isEqualTo(eur("-800.00"));
        assertThat(loss.comparisonNetIncome()).isEqualTo(eur("1200.00"));
        assertThat(loss.revenue().rows()).extracting(StatementRow::code).containsExactly("4000", "4010");
    }

    @Test
    void incomeStatementComparesWithThePeriodOfTheSameLengthBefore() {
        IncomeStatement year = backOffice.financialStatements().incomeStatement(alice, START_2026, LocalDate.of(2026, 12, 31));
        assertThat(year.previousFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(year.previousTo()).isEqualTo(END_2025);
        assertThat(year.in(EUR).orElseThrow().comparisonNetIncome()).isEqualTo(eur("400.00"));

        IncomeStatement february = backOffice.financialStatements().incomeStatement(alice, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28));
        assertThat(february.previousFrom()).isEqualTo(START_2026);
        assertThat(february.previousTo()).isEqualTo(END_JAN_2026);
        assertThat(february.in(EUR).orElseThrow().comparisonNetIncome()).isEqualTo(eur("200.00"));

        IncomeStatement quarter = backOffice.financialStatements().incomeStatement(alice, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30));
        assertThat(quarter.previousFrom()).isEqualTo(START_2026);
        assertThat(quarter.previousTo()).isEqualTo(LocalDate.of(2026, 3, 31));

        IncomeStatement tenDays = backOffice.financialStatements().incomeStatement(alice, LocalDate.of(2026, 1, 16),
                LocalDate.of(2026, 1, 25));
        assertThat(tenDays.previousFrom()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(tenDays.previousTo()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(tenDays.in(EUR).orElseThrow().netIncome()).isEqualTo(eur("-300.00"));      // wages; the draft does not count
        assertThat(tenDays.in(EUR).orElseThrow().comparisonNetIncome()).isEqualTo(eur("500.00"));
    }

    @Test
    void refusesBadRangesAndArguments() {
        assertRefused(() -> backOffice.financialStatements().incomeStatement(alice, END_JAN_2026, START_2026),
                "ledger.invalid_date_range");
        assertRefused(() -> backOffice.financialStatements().incomeStatement(alice, START_2026, END_JAN_2026,
                END_2025, LocalDate.of(2025, 12, 1)), "ledger.invalid_date_range");
        assertRefused(() -> backOffice.financialStatements().incomeStatement(alice, END_JAN_2026, START_2026,
                LocalDate.of(2025, 1, 1), END_2025), "ledger.invalid_date_range");
        assertRefused(() -> backOffice.financialStatements().incomeStatement(alice, null, END_JAN_2026), "validation.failed");
        assertRefused(() -> backOffice.financialStatements().incomeStatement(alice, START_2026, END_JAN_2026, null, END_2025),
                "validation.failed");
        assertRefused(() -> backOffice.financialStatements().balanceSheet(alice, END_2025, null), "validation.failed");
        assertRefused(() -> backOffice.financialStatements().balanceSheet(null, END_2025, END_2025), "validation.failed");
    }

    @Test
    void statementsShowOnlyTheActorsTenant() {
        BalanceSheet foreign = backOffice.financialStatements().balanceSheet(mallory, END_JAN_2026, END_2025);
        assertThat(foreign.currencies()).extracting(BalanceSheet.InCurrency::currency).containsExactly(EUR);
        assertThat(foreign.in(EUR).orElseThrow().assets().total()).isEqualTo(eur("77.00"));
        assertThat(foreign.in(EUR).orElseThrow().assets().rows()).extracting(StatementRow::account)
                .doesNotContain(cash.id(), currentAssets.id());

        IncomeStatement foreignIncome = backOffice.financialStatements().incomeStatement(mallory,
                LocalDate.of(2025, 1, 1), END_2025);
        assertThat(foreignIncome.in(EUR).orElseThrow().netIncome()).isEqualTo(eur("77.00"));
        assertThat(incomeInEur(LocalDate.of(2025, 1, 1), END_2025, START_2026, END_JAN_2026).netIncome())
                .isEqualTo(eur("400.00"));
    }

    @Test
    void readingStatementsNeedsTheReadPermission() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        BackOffice denied = backOffice((actor, permission) -> {
            asked.add(permission);
            return false;
        });
        assertRefused(() -> denied.financialStatements().balanceSheet(alice, END_2025, END_2025), "access.denied");
        assertRefused(() -> denied.financialStatements().incomeStatement(alice, START_2026, END_JAN_2026), "access.denied");
        assertRefused(() -> denied.financialStatements().incomeStatement(alice, START_2026, END_JAN_2026, START_2026,
                END_JAN_2026), "access.denied");
        assertRefused(() -> denied.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(), retainedEarnings.id())),
                "access.denied");
        assertThat(asked).containsExactly(LedgerPermissions.READ, LedgerPermissions.READ, LedgerPermissions.READ,
                LedgerPermissions.CLOSE_YEAR);
        assertThat(LedgerPermissions.CLOSE_YEAR).isEqualTo("ledger.year.close");
    }

    // ---- year-end close ---------------------------------------------------------------------------

    @Test
    void closingAYearMovesRevenueAndExpensesToRetainedEarningsAndLocksItsPeriods() {
        backOffice.fiscalCalendar().closePeriod(alice, year2025.id(), 3);
        backOffice.fiscalCalendar().closePeriod(alice, year2025.id(), 5);
        backOffice.fiscalCalendar().lockPeriod(alice, year2025.id(), 5);
        published.clear();

        YearEndClosing closing = backOffice.yearEnd().closeYear(alice,
                CloseFiscalYear.of(year2025.id(), retainedEarnings.id(), usdRetainedEarnings.id()));

        assertThat(closing.fiscalYear().id()).isEqualTo(year2025.id());
        assertThat(closing.fiscalYear().periods()).extracting(FiscalPeriod::status).containsOnly(PeriodStatus.LOCKED);
        assertThat(periodStates(year2025.id())).hasSize(12).containsOnly(PeriodStatus.LOCKED);
        assertThat(periodStates(year2026.id())).containsOnly(PeriodStatus.OPEN);
        assertThat(closing.sourceReference()).isEqualTo(YearEnd.closingReference(year2025.id()));
        assertThat(closing.closings()).extracting(YearEndClosing.Closing::currency).containsExactly(EUR, USD);
        YearEndClosing.Closing inEur = closing.in(EUR).orElseThrow();
        assertThat(inEur.retainedEarnings()).isEqualTo(retainedEarnings.id());
        assertThat(inEur.revenue()).isEqualTo(eur("1200.00"));
        assertThat(inEur.expenses()).isEqualTo(eur("800.00"));
        assertThat(inEur.netIncome()).isEqualTo(eur("400.00"));
        YearEndClosing.Closing inUsd = closing.in(USD).orElseThrow();
        assertThat(inUsd.retainedEarnings()).isEqualTo(usdRetainedEarnings.id());
        assertThat(inUsd.netIncome()).isEqualTo(usd("50.00"));

        // the closing entry, on the last day of the year
        AccountStatement retained = backOffice.financialReports().statement(alice,
                StatementRequest.of(retainedEarnings.id(), LocalDate.of(2025, 1, 1), END_2025));
        assertThat(retained.lines()).singleElement().satisfies(line -> {
            assertThat(line.date()).isEqualTo(END_2025);
            assertThat(line.credit()).isEqualTo(eur("400.00"));
        });
        JournalEntrySnapshot entry = backOffice.ledger().entry(alice, retained.lines().get(0).entry());
        assertThat(entry.accountingDate()).isEqualTo(END_2025);
        assertThat(entry.sourceReference()).isEqualTo(closing.sourceReference());
        assertThat(entry.postedBy()).isEqualTo("alice");
        assertThat(entry.lines()).extracting(JournalEntrySnapshot.Line::account, JournalEntrySnapshot.Line::side,
                        JournalEntrySnapshot.Line::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(products.id(), Side.DEBIT, eur("1200.00")),
                        org.assertj.core.groups.Tuple.tuple(rent.id(), Side.CREDIT, eur("800.00")),
                        org.assertj.core.groups.Tuple.tuple(retainedEarnings.id(), Side.CREDIT, eur("400.00")));
        assertThat(backOffice.financialReports().balanceAsOf(alice, usdRetainedEarnings.id(), END_2025).balance())
                .isEqualTo(usd("50.00"));

        // revenue and expenses start the next year at zero; balance-sheet accounts carry forward
        for (AccountSnapshot account : List.of(sales, products, expenses, rent, usdSales)) {
            assertThat(backOffice.financialReports().balanceAsOf(alice, account.id(), END_2025).balance().isZero())
                    .as("balance of %s after the close", account.code()).isTrue();
        }
        assertThat(backOffice.financialReports().balanceAsOf(alice, mainBank.id(), END_2025).balance()).isEqualTo(eur("9200.00"));
        assertThat(backOffice.financialReports().balance(alice, retainedEarnings.id()).balance()).isEqualTo(eur("400.00"));
        assertThat(backOffice.financialReports().trialBalance(alice).isBalanced()).isTrue();

        assertThat(published).filteredOn(JournalEntryPosted.class::isInstance).hasSize(2);
        assertThat(published).filteredOn(FiscalPeriodChanged.class::isInstance).hasSize(10 * 2 + 1);
        assertThat(published).filteredOn(FiscalYearClosed.class::isInstance).singleElement()
                .isInstanceOfSatisfying(FiscalYearClosed.class, e -> {
                    assertThat(e.fiscalYearId()).isEqualTo(year2025.id());
                    assertThat(e.tenant()).isEqualTo(tenant);
                    assertThat(e.closingEntries()).hasSize(2).contains(entry.id());
                });
        List<AuditRecord> audit = backOffice.auditTrail().records(alice, AuditQuery.about(year2025.id().value()));
        assertThat(audit).filteredOn(r -> r.action().equals(LedgerPermissions.CLOSE_YEAR)).singleElement()
                .satisfies(r -> {
                    assertThat(r.actorId()).isEqualTo("alice");
                    assertThat(r.subjectType()).isEqualTo("FiscalYear");
                });
        assertThat(backOffice.auditTrail().records(alice, AuditQuery.about(entry.id().value()))).isNotEmpty();

        // nothing can be posted into the closed year any more
        assertThatThrownBy(() -> post(LocalDate.of(2025, 7, 1), "Late", cash, products, "1.00"))
                .isInstanceOfSatisfying(BackOfficeException.class, e -> assertThat(e.code()).isEqualTo("ledger.period.locked"));
    }

    @Test
    void statementsLookTheSameAfterTheCloseExceptForTheCurrentResult() {
        BalanceSheet.InCurrency before = balanceSheetInEur(END_2025, LocalDate.of(2024, 12, 31));
        IncomeStatement.InCurrency yearBefore = incomeInEur(LocalDate.of(2025, 1, 1), END_2025, START_2026, END_JAN_2026);

        backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(), retainedEarnings.id(), usdRetainedEarnings.id()));

        BalanceSheet.InCurrency after = balanceSheetInEur(END_2025, LocalDate.of(2024, 12, 31));
        assertThat(after.assets()).isEqualTo(before.assets());
        assertThat(after.liabilities()).isEqualTo(before.liabilities());
        assertThat(after.equity().total()).isEqualTo(before.equity().total());
        assertThat(before.currentResult().amount()).isEqualTo(eur("400.00"));
        assertThat(after.currentResult().amount().isZero()).isTrue();
        assertThat(after.equity().row("3900").orElseThrow().amount()).isEqualTo(eur("400.00"));
        assertThat(after.isBalanced()).isTrue();

        // the closed year still shows what it earned: closing entries are not income or expense
        IncomeStatement.InCurrency yearAfter = incomeInEur(LocalDate.of(2025, 1, 1), END_2025, START_2026, END_JAN_2026);
        assertThat(yearAfter).isEqualTo(yearBefore);
        assertThat(yearAfter.netIncome()).isEqualTo(eur("400.00"));
        assertThat(incomeInEur(LocalDate.of(2025, 12, 31), END_2025, START_2026, START_2026).revenue().rows()).isEmpty();

        // the next year starts at zero: its result is its own activity only
        BalanceSheet.InCurrency january = balanceSheetInEur(END_JAN_2026, END_2025);
        assertThat(january.currentResult().amount()).isEqualTo(eur("200.00"));
        assertThat(january.currentResult().comparison().isZero()).isTrue();
        assertThat(january.equity().row("3900").orElseThrow().amount()).isEqualTo(eur("400.00"));
        assertThat(january.isBalanced()).isTrue();
        IncomeStatement.InCurrency nextYear = backOffice.financialStatements().incomeStatement(alice, START_2026,
                LocalDate.of(2026, 12, 31)).in(EUR).orElseThrow();
        assertThat(nextYear.netIncome()).isEqualTo(eur("200.00"));
        assertThat(nextYear.comparisonNetIncome()).isEqualTo(eur("400.00"));
        assertThat(backOffice.financialStatements().incomeStatement(alice, START_2026, START_2026)
                .in(EUR).orElseThrow().netIncome().isZero()).isTrue();
    }

    @Test
    void aYearWithoutRevenueOrExpensesClosesWithoutAnEntry() {
        FiscalYearSnapshot year2027 = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2027));
        post(LocalDate.of(2027, 3, 1), "Cash to bank", mainBank, cash, "100.00");
        published.clear();

        YearEndClosing closing = backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2027.id(), retainedEarnings.id()));

        assertThat(closing.closings()).isEmpty();
        assertThat(periodStates(year2027.id())).containsOnly(PeriodStatus.LOCKED);
        assertThat(published).noneMatch(JournalEntryPosted.class::isInstance);
        assertThat(published).filteredOn(FiscalYearClosed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((FiscalYearClosed) e).closingEntries()).isEmpty());
        assertThat(backOffice.financialReports().balance(alice, retainedEarnings.id()).balance().isZero()).isTrue();
    }

    @Test
    void aCurrencyWhoseRevenueEqualsItsExpensesClosesWithoutARetainedEarningsLine() {
        AccountSnapshot usdCosts = backOffice.chartOfAccounts().openAccount(alice,
                OpenAccount.of("6100", "Costs USD", AccountType.EXPENSE, USD));
        backOffice.ledger().post(alice, NewJournalEntry.on(LocalDate.of(2025, 7, 1), "Dollar costs")
                .debit(usdCosts.id(), usd("50.00")).credit(usdCash.id(), usd("50.00")).build());

        YearEndClosing closing = backOffice.yearEnd().closeYear(alice,
                CloseFiscalYear.of(year2025.id(), retainedEarnings.id(), usdRetainedEarnings.id()));

        YearEndClosing.Closing inUsd = closing.in(USD).orElseThrow();
        assertThat(inUsd.revenue()).isEqualTo(usd("50.00"));
        assertThat(inUsd.expenses()).isEqualTo(usd("50.00"));
        assertThat(inUsd.netIncome().isZero()).isTrue();
        assertThat(backOffice.financialReports().balanceAsOf(alice, usdSales.id(), END_2025).balance().isZero()).isTrue();
        assertThat(backOffice.financialReports().balanceAsOf(alice, usdCosts.id(), END_2025).balance().isZero()).isTrue();
        assertThat(backOffice.financialReports().balance(alice, usdRetainedEarnings.id()).balance().isZero()).isTrue();
    }

    @Test
    void theSameIdempotencyKeyClosesOnceAndASecondCloseIsRefused() {
        CloseFiscalYear command = CloseFiscalYear.of(year2025.id(), retainedEarnings.id(), usdRetainedEarnings.id())
                .withIdempotencyKey("close-2025");

        YearEndClosing first = backOffice.yearEnd().closeYear(alice, command);
        published.clear();
        YearEndClosing second = backOffice.yearEnd().closeYear(alice, command);

        assertThat(second).isEqualTo(first);
        assertThat(published).isEmpty();
        assertThat(backOffice.financialReports().balance(alice, retainedEarnings.id()).balance()).isEqualTo(eur("400.00"));
        assertThat(retainedEarningsLines()).isEqualTo(1);

        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(),
                retainedEarnings.id(), usdRetainedEarnings.id())), "ledger.fiscal_year.already_closed");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2026.id(),
                retainedEarnings.id()).withIdempotencyKey("close-2025")), "idempotency.key_reused");
    }

    @Test
    void refusesToCloseIntoAnythingButOneActiveEquityLeafPerCurrency() {
        backOffice.chartOfAccounts().closeAccount(alice, otherReserve.id());
        FiscalYearId year = year2025.id();

        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, cash.id(), usdRetainedEarnings.id())),
                "ledger.fiscal_year.retained_earnings_not_equity");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, reserves.id(), usdRetainedEarnings.id())),
                "ledger.account.not_leaf");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, otherReserve.id(), usdRetainedEarnings.id())),
                "ledger.account.closed");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, AccountId.of(newId()))),
                "ledger.account.not_found");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, retainedEarnings.id(), capital.id(),
                usdRetainedEarnings.id())), "ledger.fiscal_year.retained_earnings_ambiguous");
        // the EUR entry would post; the missing USD account refuses the whole close
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year, retainedEarnings.id())),
                "ledger.fiscal_year.retained_earnings_missing");
        assertThat(periodStates(year)).containsOnly(PeriodStatus.OPEN);
    }

    @Test
    void refusesUnknownYearsBadCommandsAndAClosedLastPeriod() {
        FiscalYearId foreignYear = backOffice.fiscalCalendar().fiscalYears(mallory).get(0).id();
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(foreignYear, retainedEarnings.id())),
                "ledger.fiscal_year.not_found");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(FiscalYearId.of(newId()),
                retainedEarnings.id())), "ledger.fiscal_year.not_found");
        assertRefused(() -> backOffice.yearEnd().closeYear(mallory, CloseFiscalYear.of(foreignYear, retainedEarnings.id())),
                "ledger.account.not_found");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, null), "validation.failed");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, new CloseFiscalYear(null, List.of(), null)), "validation.failed");
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(), (AccountId) null)),
                "validation.failed");

        // the closing entry goes through the ledger's rules: its date must lie in an open period
        backOffice.fiscalCalendar().closePeriod(alice, year2025.id(), 12);
        assertRefused(() -> backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(), retainedEarnings.id(),
                usdRetainedEarnings.id())), "ledger.period.closed");
        assertThat(periodStates(year2025.id()).subList(0, 11)).containsOnly(PeriodStatus.OPEN);

        // without the permission to post, the closing entries are refused and nothing is closed
        backOffice.fiscalCalendar().reopenPeriod(alice, year2025.id(), 12);
        BackOffice noPosting = backOffice((actor, permission) -> !permission.equals(LedgerPermissions.POST_ENTRY));
        assertRefused(() -> noPosting.yearEnd().closeYear(alice, CloseFiscalYear.of(year2025.id(), retainedEarnings.id(),
                usdRetainedEarnings.id())), "access.denied");
        assertThat(periodStates(year2025.id())).containsOnly(PeriodStatus.OPEN);
    }
}
