package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.BalanceSheet;
import dev.backoffice.accounts.api.FinancialStatements;
import dev.backoffice.accounts.api.IncomeStatement;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.StatementRow;
import dev.backoffice.accounts.api.StatementSection;
import dev.backoffice.accounts.api.YearEnd;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The balance sheet and the income statement from per-account totals of posted lines (one
 * {@code GROUP BY} query per column), arranged along the account hierarchy in memory.
 */
final class FinancialStatementsService implements FinancialStatements {

    static final String CURRENT_RESULT = "Current result";

    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    private final UseCases useCases;
    private final Accounts accounts;
    private final JournalLines lines;
    private final FiscalYears fiscalYears;
    private final java.util.function.Function<TenantId, java.util.Optional<Currency>> functionalCurrency;

    FinancialStatementsService(UseCases useCases, Accounts accounts, JournalLines lines, FiscalYears fiscalYears,
                               java.util.function.Function<TenantId, java.util.Optional<Currency>> functionalCurrency) {
        this.useCases = useCases;
        this.accounts = accounts;
        this.lines = lines;
        this.fiscalYears = fiscalYears;
        this.functionalCurrency = functionalCurrency;
    }

    record BalanceSheetQuery(@NotNull LocalDate asOf, @NotNull LocalDate comparedTo) {
    }

    record IncomeStatementQuery(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull LocalDate previousFrom,
                                @NotNull LocalDate previousTo) {
    }

    record PeriodQuery(@NotNull LocalDate from, @NotNull LocalDate to) {
    }

    // ---- balance sheet ----------------------------------------------------------------------------

    @Override
    public BalanceSheet balanceSheet(Actor actor, LocalDate asOf, LocalDate comparedTo) {
        return useCases.query(actor, LedgerPermissions.READ, new BalanceSheetQuery(asOf, comparedTo), () -> {
            TenantId tenant = actor.tenant();
            List<Account> chart = accounts.findAll(tenant);
            java.util.Optional<Currency> functional = functionalCurrency.apply(tenant);
            boolean all = functional.isPresent();
            Map<AccountId, Money> now = signedNets(all ? lines.functionalTotalsAsOf(tenant, asOf) : lines.totalsAsOf(tenant, asOf));
            Map<AccountId, Money> then = signedNets(all ? lines.functionalTotalsAsOf(tenant, comparedTo)
                    : lines.totalsAsOf(tenant, comparedTo));
            List<BalanceSheet.InCurrency> statements = new ArrayList<>();
            for (Currency currency : functional.map(List::of).orElseGet(() -> currencies(chart, true))) {
                StatementSection assets = section(AccountType.ASSET, chart, currency, all, now, then, null);
                StatementSection liabilities = section(AccountType.LIABILITY, chart, currency, all, now, then, null);
                StatementRow currentResult = new StatementRow(StatementRow.Kind.CURRENT_RESULT, null, null,
                        CURRENT_RESULT, 0, result(chart, currency, all, now), result(chart, currency, all, then));
                StatementSection equity = section(AccountType.EQUITY, chart, currency, all, now, then, currentResult);
                statements.add(new BalanceSheet.InCurrency(currency, assets, liabilities, equity));
            }
            return new BalanceSheet(asOf, comparedTo, statements);
        });
    }

    /**
     * Revenue minus expenses in the currency (their cumulative balances: what is not yet closed to
     * equity), of the accounts in that currency, or of every account when {@code all} (amounts in
     * the functional currency).
     */
    private static Money result(List<Account> chart, Currency currency, boolean all, Map<AccountId, Money> signedNets) {
        Money result = Money.zero(currency);
        for (Account account : chart) {
            Money net = signedNets.get(account.id());
            if (net != null && (all || account.currency().equals(currency))
                    && (account.type() == AccountType.REVENUE || account.type() == AccountType.EXPENSE)) {
                result = result.minus(net); // a credit (negative signed net) is a gain
            }
        }
        return result;
    }

    // ---- income statement -------------------------------------------------------------------------

    @Override
    public IncomeStatement incomeStatement(Actor actor, LocalDate from, LocalDate to, LocalDate previousFrom,
                                           LocalDate previousTo) {
        return useCases.query(actor, LedgerPermissions.READ,
                new IncomeStatementQuery(from, to, previousFrom, previousTo), () -> {
                    requireRange(from, to, "period");
                    requireRange(previousFrom, previousTo, "previous period");
                    return incomeStatement(actor.tenant(), from, to, previousFrom, previousTo);
                });
    }

    @Override
    public IncomeStatement incomeStatement(Actor actor, LocalDate from, LocalDate to) {
        return useCases.query(actor, LedgerPermissions.READ, new PeriodQuery(from, to), () -> {
            requireRange(from, to, "period");
            LocalDate previousTo = from.minusDays(1);
            LocalDate previousFrom;
            if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
                previousFrom = from.minusMonths(ChronoUnit.MONTHS.between(from, to.plusDays(1)));
            } else {
                previousFrom = previousTo.minusDays(ChronoUnit.DAYS.between(from, to));
            }
            return incomeStatement(actor.tenant(), from, to, previousFrom, previousTo);
        });
    }

    private static void requireRange(LocalDate from, LocalDate to, String what) {
        if (from.isAfter(to)) {
            throw new RuleViolationException(LedgerError.INVALID_DATE_RANGE,
                    "The " + what + " starts on " + from + ", after its end " + to + ".");
        }
    }

    private IncomeStatement incomeStatement(TenantId tenant, LocalDate from, LocalDate to, LocalDate previousFrom,
                                            LocalDate previousTo) {
        List<Account> chart = accounts.findAll(tenant);
        List<FiscalYear> years = fiscalYears.findAll(tenant);
        java.util.Optional<Currency> functional = functionalCurrency.apply(tenant);
        boolean all = functional.isPresent();
        Map<AccountId, Money> now = activity(tenant, years, from, to, all);
        Map<AccountId, Money> then = activity(tenant, years, previousFrom, previousTo, all);
        List<IncomeStatement.InCurrency> statements = new ArrayList<>();
        for (Currency currency : functional.map(List::of).orElseGet(() -> currencies(chart, false))) {
            StatementSection revenue = section(AccountType.REVENUE, chart, currency, all, now, then, null);
            StatementSection expenses = section(AccountType.EXPENSE, chart, currency, all, now, then, null);
            statements.add(new IncomeStatement.InCurrency(currency, revenue, expenses,
                    revenue.total().minus(expenses.total()),
                    revenue.comparisonTotal().minus(expenses.comparisonTotal())));
        }
        return new IncomeStatement(from, to, previousFrom, previousTo, statements);
    }

    /**
     * The signed nets of the posted lines dated in the period, without the closing entries of the
     * fiscal years that end in it: a closed year still shows what it earned. In the functional
     * currency when {@code functional}.
     */
    private Map<AccountId, Money> activity(TenantId tenant, List<FiscalYear> years, LocalDate from, LocalDate to,
                                           boolean functional) {
        Map<AccountId, Money> nets = signedNets(functional ? lines.functionalTotalsBetween(tenant, from, to, null)
                : lines.totalsBetween(tenant, from, to));
        for (FiscalYear year : years) {
            LocalDate end = year.endDate();
            if (end.isBefore(from) || end.isAfter(to)) {
                continue;
            }
            String reference = YearEnd.closingReference(year.id());
            for (AccountBalance closing : functional ? lines.functionalTotalsBetween(tenant, end, end, reference)
                    : lines.totalsBetween(tenant, end, end, reference)) {
                nets.computeIfPresent(closing.accountId(), (id, net) -> net.minus(closing.net(Side.DEBIT)));
            }
        }
        return nets;
    }

    // ---- shared -----------------------------------------------------------------------------------

    /** Debits minus credits per account. */
    private static Map<AccountId, Money> signedNets(List<AccountBalance> totals) {
        Map<AccountId, Money> nets = new HashMap<>(totals.size() * 2);
        for (AccountBalance total : totals) {
            nets.put(total.accountId(), total.net(Side.DEBIT));
        }
        return nets;
    }

    /** The currencies of the tenant's accounts (only of revenue and expense accounts unless {@code all}), by code. */
    private static List<Currency> currencies(List<Account> chart, boolean all) {
        TreeSet<Currency> currencies = new TreeSet<>(BY_CODE);
        for (Account account : chart) {
            if (all || account.type() == AccountType.REVENUE || account.type() == AccountType.EXPENSE) {
                currencies.add(account.currency());
            }
        }
        return List.copyOf(currencies);
    }

    /**
     * The section of the accounts of one type and currency (of every currency when {@code all}, the
     * amounts being in the functional currency) along the hierarchy, with {@code extra} (the current
     * result) as a last top-level row when given.
     */
    private static StatementSection section(AccountType type, List<Account> chart, Currency currency, boolean all,
                                            Map<AccountId, Money> now, Map<AccountId, Money> then,
                                            StatementRow extra) {
        Map<AccountId, Account> members = new LinkedHashMap<>();
        for (Account account : chart) { // ordered by code
            if (account.type() == type && (all || account.currency().equals(currency))) {
                members.put(account.id(), account);
            }
        }
        Map<AccountId, List<Account>> children = new HashMap<>();
        List<Account> roots = new ArrayList<>();
        for (Account account : members.values()) {
            AccountId parent = account.parentId().orElse(null);
            if (parent != null && members.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(account);
            } else {
                roots.add(account);
            }
        }
        Side side = type.normalSide();
        Money zero = Money.zero(currency);
        List<StatementRow> rows = new ArrayList<>();
        Money total = zero;
        Money comparisonTotal = zero;
        for (Account root : roots) {
            Node node = node(root, 0, children, now, then, side, zero);
            node.appendTo(rows);
            total = total.plus(node.amount);
            comparisonTotal = comparisonTotal.plus(node.comparison);
        }
        if (extra != null) {
            rows.add(extra);
            total = total.plus(extra.amount());
            comparisonTotal = comparisonTotal.plus(extra.comparison());
        }
        return new StatementSection(type, rows, total, comparisonTotal);
    }

    private static Node node(Account account, int level, Map<AccountId, List<Account>> children,
                             Map<AccountId, Money> now, Map<AccountId, Money> then, Side side, Money zero) {
        Money amount = onSide(now.get(account.id()), side, zero);
        Money comparison = onSide(then.get(account.id()), side, zero);
        boolean shown = !amount.isZero() || !comparison.isZero();
        List<Node> below = new ArrayList<>();
        for (Account child : children.getOrDefault(account.id(), List.of())) {
            Node node = node(child, level + 1, children, now, then, side, zero);
            below.add(node);
            amount = amount.plus(node.amount);
            comparison = comparison.plus(node.comparison);
            shown |= node.shown;
        }
        StatementRow row = new StatementRow(account.isLeaf() ? StatementRow.Kind.ACCOUNT : StatementRow.Kind.ROLL_UP,
                account.id(), account.code(), account.name(), level, amount, comparison);
        return new Node(row, below, amount, comparison, shown);
    }

    private static Money onSide(Money signedNet, Side side, Money zero) {
        if (signedNet == null) {
            return zero;
        }
        return side == Side.DEBIT ? signedNet : signedNet.negate();
    }

    /** An account with the roll-up of its subtree; shown when anything in the subtree is not zero. */
    private record Node(StatementRow row, List<Node> children, Money amount, Money comparison, boolean shown) {

        void appendTo(List<StatementRow> rows) {
            if (!shown) {
                return;
            }
            rows.add(row);
            for (Node child : children) {
                child.appendTo(rows);
            }
        }
    }
}
