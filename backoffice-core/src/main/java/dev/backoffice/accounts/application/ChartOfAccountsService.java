package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountClosed;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountOpened;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.application.UseCases;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;

final class ChartOfAccountsService implements ChartOfAccounts {

    private static final String SUBJECT = "Account";

    private final UseCases useCases;
    private final Accounts accounts;
    private final AccountBalances balances;
    private final JournalLines lines;

    ChartOfAccountsService(UseCases useCases, Accounts accounts, AccountBalances balances, JournalLines lines) {
        this.useCases = useCases;
        this.accounts = accounts;
        this.balances = balances;
        this.lines = lines;
    }

    record AccountRef(@NotNull AccountId account) {
    }

    record Rename(@NotNull AccountId account, @NotBlank @Size(max = 200) String name) {
    }

    record CodeRef(@NotBlank @Size(max = 32) String code) {
    }

    @Override
    public AccountSnapshot openAccount(Actor actor, OpenAccount command) {
        return useCases.create(actor, LedgerPermissions.MANAGE_ACCOUNTS, command,
                command == null ? null : command.idempotencyKey(),
                () -> {
                    Money.zero(command.currency()); // refuses currencies without a minor unit
                    String code = command.code().strip();
                    if (accounts.findByCode(actor.tenant(), code).isPresent()) {
                        throw new RuleViolationException(LedgerError.ACCOUNT_CODE_TAKEN,
                                "The account code " + code + " is already used.");
                    }
                    Account parent = null;
                    if (command.parent() != null) {
                        parent = load(actor, command.parent());
                        if (parent.isLeaf() && lines.hasLines(actor.tenant(), parent.id())) {
                            throw new RuleViolationException(LedgerError.ACCOUNT_PARENT_HAS_POSTINGS,
                                    "Account " + parent.code() + " has postings and cannot take sub-accounts.");
                        }
                    }
                    Account account = Account.open(AccountId.of(useCases.newId()), actor.tenant(), code,
                            command.name(), command.type(), command.currency(), parent, useCases.now());
                    account.limitBalance(command.balanceLimit());
                    account.spreadBalance(command.balanceBuckets());
                    if (parent != null && parent.isLeaf()) {
                        parent.becomeParent();
                        accounts.update(parent);
                    }
                    accounts.add(account);
                    balances.open(account);
                    useCases.audit(actor, LedgerPermissions.MANAGE_ACCOUNTS, SUBJECT, account.id().value(),
                            "opened " + account.code());
                    useCases.publish(List.of(new AccountOpened(useCases.newId(), actor.tenant(), useCases.now(),
                            account.id(), account.code(), account.type())));
                    return AccountSnapshot.of(account);
                },
                snapshot -> snapshot.id().value(),
                id -> AccountSnapshot.of(load(actor, AccountId.of(id))));
    }

    @Override
    public AccountSnapshot renameAccount(Actor actor, AccountId accountId, String newName) {
        return useCases.command(actor, LedgerPermissions.MANAGE_ACCOUNTS, new Rename(accountId, newName), () -> {
            Account account = load(actor, accountId);
            account.rename(newName);
            accounts.update(account);
            useCases.audit(actor, LedgerPermissions.MANAGE_ACCOUNTS, SUBJECT, accountId.value(), "renamed");
            return AccountSnapshot.of(account);
        });
    }

    @Override
    public AccountSnapshot closeAccount(Actor actor, AccountId accountId) {
        return useCases.command(actor, LedgerPermissions.MANAGE_ACCOUNTS, new AccountRef(accountId), () -> {
            Account account = load(actor, accountId);
            if (account.isLeaf()) {
                AccountBalance balance = balances.find(actor.tenant(), accountId)
                        .orElse(AccountBalance.zero(accountId, account.currency()));
                if (!balance.isZero()) { // pending amounts too
                    throw new RuleViolationException(LedgerError.ACCOUNT_BALANCE_NOT_ZERO,
                            "Account " + account.code() + " still has a balance; move it to another account first.");
                }
            } else if (accounts.findChildren(actor.tenant(), accountId).stream().anyMatch(Account::isActive)) {
                throw new RuleViolationException(LedgerError.ACCOUNT_HAS_ACTIVE_CHILDREN,
                        "Account " + account.code() + " has active sub-accounts; close them first.");
            }
            account.close();
            accounts.update(account);
            useCases.audit(actor, LedgerPermissions.MANAGE_ACCOUNTS, SUBJECT, accountId.value(), "closed");
            useCases.publish(List.of(new AccountClosed(useCases.newId(), actor.tenant(), useCases.now(), accountId)));
            return AccountSnapshot.of(account);
        });
    }

    @Override
    public AccountSnapshot reopenAccount(Actor actor, AccountId accountId) {
        return useCases.command(actor, LedgerPermissions.MANAGE_ACCOUNTS, new AccountRef(accountId), () -> {
            Account account = load(actor, accountId);
            account.reopen();
            accounts.update(account);
            useCases.audit(actor, LedgerPermissions.MANAGE_ACCOUNTS, SUBJECT, accountId.value(), "reopened");
            return AccountSnapshot.of(account);
        });
    }

    record Limit(@NotNull AccountId account, @NotNull BalanceLimit limit) {
    }

    @Override
    public AccountSnapshot limitBalance(Actor actor, AccountId accountId, BalanceLimit limit) {
        return useCases.command(actor, LedgerPermissions.MANAGE_ACCOUNTS, new Limit(accountId, limit), () -> {
            Account account = load(actor, accountId);
            account.limitBalance(limit); // refuses a spread account before anything is locked
            AccountBalance totals = balances.lockForUpdate(actor.tenant(), List.of(accountId)).get(accountId);
            if (totals != null && !limit.allows(totals)) {
                throw new RuleViolationException(LedgerError.BALANCE_LIMIT_EXCEEDED,
                        "Account " + account.code() + " already breaks the limit " + limit + ".");
            }
            accounts.update(account);
            balances.changeLimit(actor.tenant(), accountId, limit);
            useCases.audit(actor, LedgerPermissions.MANAGE_ACCOUNTS, SUBJECT, accountId.value(), "balance limit " + limit);
            return AccountSnapshot.of(account);
        });
    }

    record Spread(@NotNull AccountId account, @Min(1) @Max(Account.MAX_BALANCE_BUCKETS) int buckets) {
    }

    @Override
    public AccountSnapshot spreadBalance(Actor actor, AccountId accountId, int buckets) {
        return useCases.command(actor, LedgerPermissions.SPREAD_BALANCE, new Spread(accountId, buckets), () -> {
            Account account = load(actor, accountId);
            if (account.balanceBuckets() == buckets) {
                return AccountSnapshot.of(account);
            }
            int before = account.balanceBuckets();
            account.spreadBalance(buckets);
            // balance rows before the account's row, as limitBalance takes them
            balances.spread(actor.tenant(), accountId, buckets);
            accounts.update(account);
            useCases.audit(actor, LedgerPermissions.SPREAD_BALANCE, SUBJECT, accountId.value(),
                    "balance spread over " + buckets + " buckets (was " + before + ")");
            return AccountSnapshot.of(account);
        });
    }

    @Override
    public AccountSnapshot account(Actor actor, AccountId accountId) {
        return useCases.query(actor, LedgerPermissions.READ, new AccountRef(accountId),
                () -> AccountSnapshot.of(load(actor, accountId)));
    }

    @Override
    public Optional<AccountSnapshot> accountByCode(Actor actor, String code) {
        return useCases.query(actor, LedgerPermissions.READ, new CodeRef(code),
                () -> accounts.findByCode(actor.tenant(), code.strip()).map(AccountSnapshot::of));
    }

    @Override
    public List<AccountSnapshot> accounts(Actor actor) {
        return useCases.query(actor, LedgerPermissions.READ,
                () -> accounts.findAll(actor.tenant()).stream().map(AccountSnapshot::of).toList());
    }

    private Account load(Actor actor, AccountId id) {
        return accounts.find(actor.tenant(), id).orElseThrow(() ->
                new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + id + " does not exist."));
    }
}
