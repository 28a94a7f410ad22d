package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AccountStatement;
import dev.backoffice.accounts.api.BalanceSnapshot;
import dev.backoffice.accounts.api.FinancialReports;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.StatementRequest;
import dev.backoffice.accounts.api.TrialBalance;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.domain.StatementLine;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

final class FinancialReportsService implements FinancialReports {

    private final UseCases useCases;
    private final Accounts accounts;
    private final AccountBalances balances;
    private final JournalLines lines;

    FinancialReportsService(UseCases useCases, Accounts accounts, AccountBalances balances, JournalLines lines) {
        this.useCases = useCases;
        this.accounts = accounts;
        this.balances = balances;
        this.lines = lines;
    }

    record AccountRef(@NotNull AccountId account) {
    }

    record AsOf(@NotNull AccountId account, @NotNull LocalDate asOf) {
    }

    record DateRef(@NotNull LocalDate asOf) {
    }

    @Override
    public BalanceSnapshot balance(Actor actor, AccountId accountId) {
        return useCases.query(actor, LedgerPermissions.READ, new AccountRef(accountId), () -> {
            Account account = load(actor.tenant(), accountId);
            if (account.isLeaf()) {
                AccountBalance balance = balances.find(actor.tenant(), accountId)
                        .orElse(AccountBalance.zero(accountId, account.currency()));
                return snapshot(account, balance, null, false);
            }
            Map<AccountId, AccountBalance> all = balances.findAll(actor.tenant()).stream()
                    .collect(Collectors.toMap(AccountBalance::accountId, Function.identity()));
            return snapshot(account, rollUp(actor.tenant(), account, all), null, true);
        });
    }

    @Override
    public BalanceSnapshot balanceAsOf(Actor actor, AccountId accountId, LocalDate asOf) {
        return useCases.query(actor, LedgerPermissions.READ, new AsOf(accountId, asOf), () -> {
            Account account = load(actor.tenant(), accountId);
            if (account.isLeaf()) {
                return snapshot(account, lines.totalsAsOf(actor.tenant(), accountId, account.currency(), asOf), asOf, false);
            }
            Map<AccountId, AccountBalance> all = lines.totalsAsOf(actor.tenant(), asOf).stream()
                    .collect(Collectors.toMap(AccountBalance::accountId, Function.identity()));
            return snapshot(account, rollUp(actor.tenant(), account, all), asOf, true);
        });
    }

    /** The sum of the totals of every leaf below the account. */
    private AccountBalance rollUp(TenantId tenant, Account parent, Map<AccountId, AccountBalance> totals) {
        Map<AccountId, List<Account>> children = new HashMap<>();
        for (Account account : accounts.findAll(tenant)) {
            account.parentId().ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(account));
        }
        AccountBalance sum = AccountBalance.zero(parent.id(), parent.currency());
        Deque<Account> toVisit = new ArrayDeque<>(children.getOrDefault(parent.id(), List.of()));
        while (!toVisit.isEmpty()) {
            Account account = toVisit.pop();
            AccountBalance own = totals.get(account.id());
            if (own != null) {
                sum = sum.plus(own);
            }
            toVisit.addAll(children.getOrDefault(account.id(), List.of()));
        }
        return sum;
    }

    private static BalanceSnapshot snapshot(Account account, AccountBalance balance, LocalDate asOf, boolean rolledUp) {
        return new BalanceSnapshot(account.id(), account.code(), account.type(), account.normalSide(), balance.debits(),
                balance.credits(), balance.net(account.normalSide()), balance.pendingDebits(), balance.pendingCredits(), asOf,
                rolledUp);
    }

    @Override
    public TrialBalance trialBalance(Actor actor) {
        return useCases.query(actor, LedgerPermissions.READ,
                () -> trialBalance(actor.tenant(), balances.findAll(actor.tenant()), null));
    }

    @Override
    public TrialBalance trialBalanceAsOf(Actor actor, LocalDate asOf) {
        return useCases.query(actor, LedgerPermissions.READ, new DateRef(asOf),
                () -> trialBalance(actor.tenant(), lines.totalsAsOf(actor.tenant(), asOf), asOf));
    }

    private TrialBalance trialBalance(TenantId tenant, List<AccountBalance> totals, LocalDate asOf) {
        Map<AccountId, AccountBalance> byAccount = new HashMap<>();
        for (AccountBalance balance : totals) {
            byAccount.put(balance.accountId(), balance);
        }
        List<TrialBalance.Row> rows = new ArrayList<>();
        Map<Currency, Money[]> sums = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        for (Account account : accounts.findAll(tenant)) {
            AccountBalance balance = byAccount.get(account.id());
            if (!account.isLeaf() || balance == null || balance.net(Side.DEBIT).isZero()) {
                continue;
            }
            Money net = balance.net(Side.DEBIT);
            Money zero = Money.zero(account.currency());
            Money debit = net.isPositive() ? net : zero;
            Money credit = net.isNegative() ? net.negate() : zero;
            rows.add(new TrialBalance.Row(account.id(), account.code(), account.name(), account.type(), debit, credit));
            Money[] sum = sums.computeIfAbsent(account.currency(), c -> new Money[] {Money.zero(c), Money.zero(c)});
            sum[0] = sum[0].plus(debit);
            sum[1] = sum[1].plus(credit);
        }
        List<TrialBalance.Total> result = new ArrayList<>(sums.size());
        sums.forEach((currency, sum) -> result.add(new TrialBalance.Total(currency, sum[0], sum[1])));
        return new TrialBalance(asOf, List.copyOf(rows), List.copyOf(result));
    }

    @Override
    public AccountStatement statement(Actor actor, StatementRequest request) {
        return useCases.query(actor, LedgerPermissions.READ, request, () -> {
            if (request.from().isAfter(request.to())) {
                throw new RuleViolationException(LedgerError.INVALID_DATE_RANGE,
                        "The statement range starts on " + request.from() + ", after its end " + request.to() + ".");
            }
            TenantId tenant = actor.tenant();
            Account account = load(tenant, request.account());
            if (!account.isLeaf()) {
                throw new RuleViolationException(LedgerError.ACCOUNT_NOT_LEAF,
                        "Account " + account.code() + " has sub-accounts; ask for the statement of one of them.");
            }
            Side side = account.normalSide();
            Money opening = lines.totalsAsOf(tenant, account.id(), account.currency(), request.from().minusDays(1)).net(side);
            Money closing = lines.totalsAsOf(tenant, account.id(), account.currency(), request.to()).net(side);
            long total = lines.countStatementLines(tenant, account.id(), request.from(), request.to());
            List<StatementLine> page = lines.statement(tenant, account.id(), request.from(), request.to(),
                    Math.multiplyExact(request.page(), request.size()), request.size());
            Money zero = Money.zero(account.currency());
            List<AccountStatement.Line> out = new ArrayList<>(page.size());
            for (StatementLine line : page) {
                Money running = side == Side.DEBIT ? line.runningNet() : line.runningNet().negate();
                out.add(new AccountStatement.Line(line.entryId(), line.accountingDate(), line.description(), line.memo(),
                        line.side() == Side.DEBIT ? line.amount() : zero,
                        line.side() == Side.CREDIT ? line.amount() : zero,
                        opening.plus(running)));
            }
            return new AccountStatement(account.id(), account.code(), account.name(), side, request.from(), request.to(),
                    opening, closing, List.copyOf(out), request.page(), request.size(), total);
        });
    }

    private Account load(TenantId tenant, AccountId id) {
        return accounts.find(tenant, id).orElseThrow(() ->
                new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + id + " does not exist."));
    }
}
