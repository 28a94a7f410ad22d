package dev.backoffice.contract;

import dev.backoffice.BackOffice;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.BalanceSheet;
import dev.backoffice.accounts.api.CloseFiscalYear;
import dev.backoffice.accounts.api.CurrencyPolicySnapshot;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.IncomeStatement;
import dev.backoffice.accounts.api.JournalEntrySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.NewPendingEntry;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.api.PendingEntrySnapshot;
import dev.backoffice.accounts.api.PostPendingEntry;
import dev.backoffice.accounts.api.ReverseJournalEntry;
import dev.backoffice.accounts.api.Revaluation;
import dev.backoffice.accounts.api.RevalueBalances;
import dev.backoffice.accounts.api.SetExchangeAccounts;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.api.StatementRow;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.api.YearEndClosing;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.common.AccessDeniedException;
import dev.backoffice.common.Actor;
import dev.backoffice.common.BackOfficeException;
import dev.backoffice.common.Money;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.inmemory.InMemoryExchangeRates;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Currencies through the public api, over the adapters under test: the functional currency set
 * once before the first posting, functional values with rate, date and source on every posted
 * line, balancing in the functional currency, revaluation of open foreign balances into the
 * exchange accounts, statements and the year-end close in the functional currency, and refusals
 * that store nothing.
 */
public abstract class CurrenciesContract extends AdapterContract {

    private static final Currency GBP = Currency.getInstance("GBP");
    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN_10 = LocalDate.of(2026, 1, 10);
    private static final LocalDate JAN_12 = LocalDate.of(2026, 1, 12);
    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);
    private static final LocalDate FEB_5 = LocalDate.of(2026, 2, 5);

    protected BackOffice backOffice;
    protected Actor alice;
    protected Actor mallory;
    private FiscalYearSnapshot year;

    private AccountSnapshot bank;
    private AccountSnapshot receivables;
    private AccountSnapshot capital;
    private AccountSnapshot retainedEarnings;
    private AccountSnapshot sales;
    private AccountSnapshot rent;
    private AccountSnapshot gains;
    private AccountSnapshot losses;
    private AccountSnapshot usdBank;
    private AccountSnapshot usdPayables;
    private AccountSnapshot usdSales;
    private AccountSnapshot gbpBank;

    @BeforeEach
    void chart() {
        InMemoryExchangeRates rates = new InMemoryExchangeRates()
                .put(new ExchangeRate(USD, EUR, new BigDecimal("0.90"), JAN_1, "ECB"))
                .put(new ExchangeRate(USD, EUR, new BigDecimal("0.95"), JAN_31, "ECB"));
        backOffice = backOffice(rates, AccessPolicy.allowAll());
        alice = Actor.of(tenant, "alice");
        mallory = Actor.of(otherTenant, "mallory");
        year = backOffice.fiscalCalendar().openFiscalYear(alice, OpenFiscalYear.calendarYear(2026));
        backOffice.fiscalCalendar().openFiscalYear(mallory, OpenFiscalYear.calendarYear(2026));
        CurrencyPolicySnapshot policy = backOffice.currencies().setFunctionalCurrency(alice, new SetFunctionalCurrency(EUR));
        assertThat(policy.functionalCurrency()).isEqualTo(EUR);

        bank = open("1000", AccountType.ASSET, EUR);
        usdBank = open("1100", AccountType.ASSET, USD);
        gbpBank = open("1150", AccountType.ASSET, GBP);
        receivables = open("1200", AccountType.ASSET, EUR);
        usdPayables = open("2100", AccountType.LIABILITY, USD);
        capital = open("3000", AccountType.EQUITY, EUR);
        retainedEarnings = open("3900", AccountType.EQUITY, EUR);
        sales = open("4000", AccountType.REVENUE, EUR);
        usdSales = open("4100", AccountType.REVENUE, USD);
        gains = open("4900", AccountType.REVENUE, EUR);
        rent = open("6000", AccountType.EXPENSE, EUR);
        losses = open("6900", AccountType.EXPENSE, EUR);
    }

    protected BackOffice backOffice(InMemoryExchangeRates rates, AccessPolicy policy) {
        return BackOffice.builder(adapters())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .accessPolicy(policy)
                .exchangeRates(rates)
                .build();
    }

    private AccountSnapshot open(String code, AccountType type, Currency currency) {
        return backOffice.chartOfAccounts().openAccount(alice, OpenAccount.of(code, "Account " + code, type, currency));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static void assertRefused(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(BackOfficeException.class)
                .satisfies(e -> assertThat(((BackOfficeException) e).code()).isEqualTo(code));
    }

    private static Money functionalNet(JournalEntrySnapshot entry) {
        Money net = Money.zero(EUR);
        for (JournalEntrySnapshot.Line line : entry.lines()) {
            Money value = line.functional().amount();
            net = line.side() == Side.DEBIT ? net.plus(value) : net.minus(value);
        }
        return net;
    }

    @Test
    void theFunctionalCurrencyIsSetOnceAndBeforeTheFirstPosting() {
        assertThat(backOffice.currencies().policy(alice)).map(CurrencyPolicySnapshot::functionalCurrency).contains(EUR);
        assertRefused(() -> backOffice.currencies().setFunctionalCurrency(alice, new SetFunctionalCurrency(USD)),
                "ledger.currency.functional_already_set");
        assertThat(backOffice.currencies().policy(alice)).map(CurrencyPolicySnapshot::functionalCurrency).contains(EUR);

        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot income = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("4000", "Sales", AccountType.REVENUE, EUR));
        backOffice.ledger().post(mallory, NewJournalEntry.on(JAN_10, "Sale").debit(cash.id(), eur("10.00"))
                .credit(income.id(), eur("10.00")).build());
        assertRefused(() -> backOffice.currencies().setFunctionalCurrency(mallory, new SetFunctionalCurrency(EUR)),
                "ledger.currency.journal_not_empty");
        assertThat(backOffice.currencies().policy(mallory)).isEmpty();
    }

    @Test
    void managingCurrenciesNeedsItsPermission() {
        BackOffice guarded = backOffice(new InMemoryExchangeRates(),
                (actor, permission) -> !permission.equals(LedgerPermissions.MANAGE_CURRENCIES));
        assertThatThrownBy(() -> guarded.currencies().setFunctionalCurrency(mallory, new SetFunctionalCurrency(EUR)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(guarded.currencies().policy(mallory)).isEmpty();
    }

    @Test
    void aForeignEntryCarriesFunctionalValuesThatBalanceToTheCent() {
        JournalEntrySnapshot entry = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Three sales")
                .debit(usdBank.id(), usd("10.00"))
                .credit(usdSales.id(), usd("3.33")).credit(usdSales.id(), usd("3.33")).credit(usdSales.id(), usd("3.34"))
                .build());

        assertThat(entry.lines()).extracting(line -> line.functional().amount())
                .containsExactly(eur("9.00"), eur("3.00"), eur("3.00"), eur("3.00"));
        assertThat(functionalNet(entry)).isEqualTo(eur("0.00"));
        for (JournalEntrySnapshot.Line line : entry.lines()) {
            assertThat(line.functional().rate()).isEqualByComparingTo("0.90");
            assertThat(line.functional().rateDate()).isEqualTo(JAN_1);
            assertThat(line.functional().rateSource()).isEqualTo("ECB");
        }
        assertThat(backOffice.ledger().entry(alice, entry.id())).isEqualTo(entry);

        JournalEntrySnapshot local = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Local sale")
                .debit(bank.id(), eur("12.34")).credit(sales.id(), eur("12.34")).build());
        assertThat(local.lines()).allSatisfy(line -> {
            assertThat(line.functional().amount()).isEqualTo(eur("12.34"));
            assertThat(line.functional().rate()).isEqualByComparingTo("1");
            assertThat(line.functional().rateSource()).isEqualTo(FunctionalEquivalent.FUNCTIONAL);
        });
    }

    @Test
    void anEntryInSeveralCurrenciesMustBalanceInTheFunctionalCurrency() {
        JournalEntrySnapshot settled = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Customer pays in dollars")
                .debit(usdBank.id(), usd("100.00")).credit(receivables.id(), eur("90.00")).build());
        assertThat(settled.lines()).extracting(line -> line.functional().amount()).containsExactly(eur("90.00"), eur("90.00"));

        TrialBalance before = backOffice.financialReports().trialBalance(alice);
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Off by one euro")
                .debit(usdBank.id(), usd("100.00")).credit(receivables.id(), eur("91.00")).build()), "ledger.entry.unbalanced");
        assertThat(backOffice.financialReports().trialBalance(alice)).isEqualTo(before);

        JournalEntrySnapshot stated = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "The bank's own rate")
                .line(JournalLineInput.debit(usdBank.id(), usd("100.00")).withFunctionalAmount(eur("91.00")))
                .credit(receivables.id(), eur("91.00")).build());
        FunctionalEquivalent given = stated.lines().get(0).functional();
        assertThat(given.amount()).isEqualTo(eur("91.00"));
        assertThat(given.rate()).isEqualByComparingTo("0.91");
        assertThat(given.rateSource()).isEqualTo(FunctionalEquivalent.GIVEN);

        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Stated in the wrong currency")
                .line(JournalLineInput.debit(usdBank.id(), usd("1.00")).withFunctionalAmount(usd("1.00")))
                .credit(usdSales.id(), usd("1.00")).build()), "ledger.currency.functional_mismatch");
    }

    @Test
    void aMissingRateIsRefusedAndStoresNothing() {
        AccountSnapshot gbpSales = open("4200", AccountType.REVENUE, GBP);
        TrialBalance withAccount = backOffice.financialReports().trialBalance(alice);
        assertRefused(() -> backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Pounds")
                .debit(gbpBank.id(), Money.of("5.00", GBP)).credit(gbpSales.id(), Money.of("5.00", GBP)).build()),
                "ledger.currency.rate_missing");
        assertThat(backOffice.financialReports().trialBalance(alice)).isEqualTo(withAccount);
    }

    @Test
    void aTenantWithoutFunctionalCurrencyBalancesEveryCurrencyAndTakesNoFunctionalAmounts() {
        AccountSnapshot cash = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1000", "Cash", AccountType.ASSET, EUR));
        AccountSnapshot dollars = backOffice.chartOfAccounts().openAccount(mallory, OpenAccount.of("1100", "Dollars", AccountType.ASSET, USD));
        assertRefused(() -> backOffice.ledger().post(mallory, NewJournalEntry.on(JAN_10, "Exchange")
                .debit(dollars.id(), usd("100.00")).credit(cash.id(), eur("90.00")).build()), "ledger.entry.unbalanced");
        assertRefused(() -> backOffice.ledger().post(mallory, NewJournalEntry.on(JAN_10, "Stated")
                .line(JournalLineInput.debit(cash.id(), eur("1.00")).withFunctionalAmount(eur("1.00")))
                .credit(cash.id(), eur("1.00")).build()), "ledger.currency.functional_not_set");
        assertRefused(() -> backOffice.currencies().revalue(mallory, new RevalueBalances(JAN_31)),
                "ledger.currency.functional_not_set");
        JournalEntrySnapshot plain = backOffice.ledger().post(mallory, NewJournalEntry.on(JAN_10, "Plain")
                .debit(cash.id(), eur("1.00")).credit(cash.id(), eur("1.00")).build());
        assertThat(plain.lines()).allSatisfy(line -> assertThat(line.functional()).isNull());
    }

    @Test
    void revaluationBringsForeignBalancesToTheClosingRate() {
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Capital in dollars")
                .debit(usdBank.id(), usd("100.00")).credit(capital.id(), eur("90.00")).build());
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_12, "Rent owed in dollars")
                .debit(rent.id(), eur("45.00")).credit(usdPayables.id(), usd("50.00")).build());

        assertRefused(() -> backOffice.currencies().revalue(alice, new RevalueBalances(JAN_31)),
                "ledger.currency.exchange_accounts_not_set");
        assertRefused(() -> backOffice.currencies().setExchangeAccounts(alice, new SetExchangeAccounts(bank.id(), losses.id())),
                "ledger.currency.exchange_account_invalid");
        assertRefused(() -> backOffice.currencies().setExchangeAccounts(alice, new SetExchangeAccounts(usdSales.id(), losses.id())),
                "ledger.currency.exchange_account_invalid");
        CurrencyPolicySnapshot policy = backOffice.currencies().setExchangeAccounts(alice,
                new SetExchangeAccounts(gains.id(), losses.id()));
        assertThat(policy.exchangeGainAccount()).contains(gains.id());
        assertThat(policy.exchangeLossAccount()).contains(losses.id());

        Revaluation revaluation = backOffice.currencies().revalue(alice, new RevalueBalances(JAN_31));

        assertThat(revaluation.gains()).isEqualTo(eur("5.00"));
        assertThat(revaluation.losses()).isEqualTo(eur("2.50"));
        assertThat(revaluation.accounts()).extracting(Revaluation.RevaluedAccount::code).containsExactly("1100", "2100");
        Revaluation.RevaluedAccount dollars = revaluation.accounts().get(0);
        assertThat(dollars.balance()).isEqualTo(usd("100.00"));
        assertThat(dollars.carryingAmount()).isEqualTo(eur("90.00"));
        assertThat(dollars.revaluedAmount()).isEqualTo(eur("95.00"));
        assertThat(dollars.rate()).isEqualByComparingTo("0.95");
        assertThat(dollars.rateDate()).isEqualTo(JAN_31);
        Revaluation.RevaluedAccount payables = revaluation.accounts().get(1);
        assertThat(payables.carryingAmount()).isEqualTo(eur("-45.00"));
        assertThat(payables.difference()).isEqualTo(eur("-2.50"));

        JournalEntrySnapshot entry = backOffice.ledger().entry(alice, revaluation.entry().orElseThrow());
        assertThat(entry.accountingDate()).isEqualTo(JAN_31);
        assertThat(functionalNet(entry)).isEqualTo(eur("0.00"));
        assertThat(entry.lines()).filteredOn(line -> line.account().equals(usdBank.id())).singleElement()
                .satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(usd("0.00"));
                    assertThat(line.side()).isEqualTo(Side.DEBIT);
                    assertThat(line.functional().amount()).isEqualTo(eur("5.00"));
                });
        assertThat(backOffice.financialReports().balance(alice, usdBank.id()).balance()).isEqualTo(usd("100.00"));
        assertThat(backOffice.financialReports().balance(alice, gains.id()).balance()).isEqualTo(eur("5.00"));
        assertThat(backOffice.financialReports().balance(alice, losses.id()).balance()).isEqualTo(eur("2.50"));

        BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, JAN_31, JAN_1);
        assertThat(sheet.currencies()).singleElement().satisfies(inEur -> {
            assertThat(inEur.currency()).isEqualTo(EUR);
            assertThat(inEur.assets().rows()).filteredOn(row -> "1100".equals(row.code()))
                    .extracting(StatementRow::amount).containsExactly(eur("95.00"));
            assertThat(inEur.liabilities().total()).isEqualTo(eur("47.50"));
            assertThat(inEur.assets().total()).isEqualTo(inEur.liabilities().total().plus(inEur.equity().total()));
        });

        Revaluation again = backOffice.currencies().revalue(alice, new RevalueBalances(JAN_31));
        assertThat(again.entry()).isEmpty();
        assertThat(again.gains()).isEqualTo(eur("0.00"));
        assertThat(again.accounts()).allSatisfy(account -> assertThat(account.difference().isZero()).isTrue());
    }

    @Test
    void statementsComeInTheFunctionalCurrency() {
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Dollar sale")
                .debit(usdBank.id(), usd("10.00")).credit(usdSales.id(), usd("10.00")).build());
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_12, "Euro sale")
                .debit(bank.id(), eur("20.00")).credit(sales.id(), eur("20.00")).build());

        IncomeStatement income = backOffice.financialStatements().incomeStatement(alice, JAN_1, JAN_31);
        assertThat(income.currencies()).singleElement().satisfies(inEur -> {
            assertThat(inEur.currency()).isEqualTo(EUR);
            assertThat(inEur.revenue().total()).isEqualTo(eur("29.00"));
        });
        BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, JAN_31, JAN_1);
        assertThat(sheet.currencies()).singleElement().satisfies(inEur ->
                assertThat(inEur.assets().total()).isEqualTo(eur("29.00")));
    }

    @Test
    void aReversalTakesBackTheSameFunctionalValues() {
        JournalEntrySnapshot original = backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Dollar sale")
                .debit(usdBank.id(), usd("10.00")).credit(usdSales.id(), usd("10.00")).build());
        JournalEntrySnapshot reversal = backOffice.ledger().reverse(alice, ReverseJournalEntry.of(original.id(), FEB_5, "wrong"));

        assertThat(reversal.lines()).extracting(line -> line.functional().amount()).containsExactly(eur("9.00"), eur("9.00"));
        assertThat(reversal.lines()).extracting(line -> line.functional().rateDate()).containsOnly(JAN_1);
        BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, FEB_5, JAN_1);
        assertThat(sheet.currencies()).singleElement().satisfies(inEur ->
                assertThat(inEur.assets().total()).isEqualTo(eur("0.00")));
    }

    @Test
    void aPendingEntryIsValuedWhenItIsPosted() {
        assertRefused(() -> backOffice.ledger().postPending(alice, NewPendingEntry.of(NewJournalEntry.on(JAN_10, "Stated")
                .line(JournalLineInput.debit(usdBank.id(), usd("20.00")).withFunctionalAmount(eur("18.00")))
                .credit(usdSales.id(), usd("20.00")).build(), null)), "ledger.pending.functional_amount_given");

        PendingEntrySnapshot pending = backOffice.ledger().postPending(alice, NewPendingEntry.of(
                NewJournalEntry.on(JAN_10, "Authorised").debit(usdBank.id(), usd("20.00"))
                        .credit(usdSales.id(), usd("20.00")).build(), null));
        JournalEntrySnapshot posted = backOffice.ledger().postPendingEntry(alice,
                new PostPendingEntry(pending.id(), null, FEB_5, null));

        assertThat(posted.lines()).extracting(line -> line.functional().amount()).containsExactly(eur("19.00"), eur("19.00"));
        assertThat(posted.lines()).extracting(line -> line.functional().rateDate()).containsOnly(JAN_31);
    }

    @Test
    void theYearEndClosesForeignRevenueIntoFunctionalRetainedEarnings() {
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Dollar sale")
                .debit(usdBank.id(), usd("10.00")).credit(usdSales.id(), usd("10.00")).build());
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_12, "Euro rent")
                .debit(rent.id(), eur("4.00")).credit(bank.id(), eur("4.00")).build());

        YearEndClosing closing = backOffice.yearEnd().closeYear(alice, CloseFiscalYear.of(year.id(), retainedEarnings.id()));

        assertThat(closing.closings()).singleElement().satisfies(inEur -> {
            assertThat(inEur.currency()).isEqualTo(EUR);
            assertThat(inEur.revenue()).isEqualTo(eur("9.00"));
            assertThat(inEur.expenses()).isEqualTo(eur("4.00"));
        });
        assertThat(backOffice.financialReports().balance(alice, usdSales.id()).balance()).isEqualTo(usd("0.00"));
        assertThat(backOffice.financialReports().balance(alice, retainedEarnings.id()).balance()).isEqualTo(eur("5.00"));
        BalanceSheet sheet = backOffice.financialStatements().balanceSheet(alice, year.endDate(), JAN_1);
        assertThat(sheet.currencies()).singleElement().satisfies(inEur -> {
            assertThat(inEur.assets().total()).isEqualTo(eur("5.00"));
            assertThat(inEur.equity().total()).isEqualTo(eur("5.00"));
        });
    }

    @Test
    void functionalValuesAreSealedIntoTheJournalChain() {
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_10, "Dollar sale")
                .debit(usdBank.id(), usd("10.00")).credit(usdSales.id(), usd("10.00")).build());
        backOffice.ledger().post(alice, NewJournalEntry.on(JAN_12, "Dollar settlement")
                .debit(usdBank.id(), usd("1.00")).credit(receivables.id(), eur("0.90")).build());

        assertThat(backOffice.journalIntegrity().seal(alice)).isEqualTo(2);
        assertThat(backOffice.journalIntegrity().verify(alice).intact()).isTrue();
    }
}
