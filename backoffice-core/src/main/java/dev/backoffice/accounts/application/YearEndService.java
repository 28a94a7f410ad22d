package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.CloseFiscalYear;
import dev.backoffice.accounts.api.FiscalYearSnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.YearEnd;
import dev.backoffice.accounts.api.YearEndClosing;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.FiscalPeriod;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.FiscalYearClosed;
import dev.backoffice.accounts.domain.FiscalYearId;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.PeriodStatus;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Actor;
import dev.backoffice.common.ConcurrentUpdateException;
import dev.backoffice.common.DomainEvent;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The year-end close. The closing entries go through the {@link Ledger} (its checks, balances,
 * audit and events) inside this use case's unit of work, so the close commits whole or not at all.
 */
final class YearEndService implements YearEnd {

    /** Lines of revenue and expense accounts per closing entry; the retained-earnings line makes the limit of 1,000. */
    static final int ACCOUNTS_PER_ENTRY = 999;

    private static final String SUBJECT = "FiscalYear";
    private static final Comparator<Currency> BY_CODE = Comparator.comparing(Currency::getCurrencyCode);

    private final UseCases useCases;
    private final Accounts accounts;
    private final JournalLines lines;
    private final FiscalYears years;
    private final Ledger ledger;
    private final Function<TenantId, Optional<Currency>> functionalCurrency;

    YearEndService(UseCases useCases, Accounts accounts, JournalLines lines, FiscalYears years, Ledger ledger,
                   Function<TenantId, Optional<Currency>> functionalCurrency) {
        this.useCases = useCases;
        this.accounts = accounts;
        this.lines = lines;
        this.years = years;
        this.ledger = ledger;
        this.functionalCurrency = functionalCurrency;
    }

    /**
     * A revenue or expense account with what it must move for the year: debits minus credits, in
     * its currency and, for a tenant with a functional currency, in that currency ({@code null}
     * otherwise).
     */
    private record ToClose(Account account, Money signedNet, Money signedFunctional) {
    }

    @Override
    public YearEndClosing closeYear(Actor actor, CloseFiscalYear command) {
        return useCases.create(actor, LedgerPermissions.CLOSE_YEAR, command,
                command == null ? null : command.idempotencyKey(),
                () -> close(actor, command),
                closing -> closing.fiscalYear().id().value(),
                id -> outcome(actor.tenant(), load(actor.tenant(), FiscalYearId.of(id)),
                        byCurrency(accounts.findAll(actor.tenant(), command.retainedEarnings()).values())));
    }

    /** The accounts by currency, without checks (for a replay, whose command was checked the first time). */
    private static Map<Currency, Account> byCurrency(java.util.Collection<Account> found) {
        Map<Currency, Account> byCurrency = new HashMap<>();
        found.forEach(account -> byCurrency.putIfAbsent(account.currency(), account));
        return byCurrency;
    }

    private YearEndClosing close(Actor actor, CloseFiscalYear command) {
        TenantId tenant = actor.tenant();
        FiscalYear year = load(tenant, command.fiscalYear());
        if (year.periods().stream().allMatch(p -> p.status() == PeriodStatus.LOCKED)) {
            throw new RuleViolationException(LedgerError.FISCAL_YEAR_ALREADY_CLOSED,
                    "Fiscal year " + year.name() + " is already closed: all its periods are locked.");
        }
        Map<Currency, Account> retainedEarnings = retainedEarnings(tenant, command.retainedEarnings());
        List<DomainEvent> events = new ArrayList<>();

        // First lock every period but the last: the update holds the year's row until commit, so
        // postings into the year (which read it under a shared lock) wait from here on and then see
        // the locked periods, and the totals read next stay complete. The year row is taken before
        // any balance row, in the order postings take them, so the close and postings never deadlock.
        int last = year.periods().size();
        if (settle(year, number -> number < last)) {
            years.update(year);
            events.addAll(year.pullEvents());
            year = load(tenant, year.id());
        }

        Map<Currency, List<ToClose>> toClose = toClose(tenant, year);
        for (Currency currency : toClose.keySet()) {
            if (!retainedEarnings.containsKey(currency)) {
                throw new RuleViolationException(LedgerError.FISCAL_YEAR_RETAINED_EARNINGS_MISSING,
                        "Fiscal year " + year.name() + " has revenue or expenses in " + currency.getCurrencyCode()
                                + " but no retained-earnings account in " + currency.getCurrencyCode() + " was given.");
            }
        }
        List<JournalEntryId> closingEntries = new ArrayList<>();
        for (Map.Entry<Currency, List<ToClose>> inCurrency : toClose.entrySet()) {
            Currency currency = inCurrency.getKey();
            for (NewJournalEntry entry : closingEntries(year, currency, inCurrency.getValue(), retainedEarnings.get(currency))) {
                closingEntries.add(ledger.post(actor, entry).id());
            }
        }

        if (settle(year, number -> number == last)) {
            years.update(year);
            events.addAll(year.pullEvents());
        }
        // when every period but the last was locked already, postings into the last one could still
        // commit between the totals read above and the update: one left unclosed makes the close start over
        if (!toClose(tenant, year).isEmpty()) {
            throw new ConcurrentUpdateException("An entry was posted into fiscal year " + year.name()
                    + " while it was being closed.");
        }

        useCases.audit(actor, LedgerPermissions.CLOSE_YEAR, SUBJECT, year.id().value(),
                "closed " + year.name() + " with " + closingEntries.size() + " closing entries");
        events.add(new FiscalYearClosed(useCases.newId(), tenant, useCases.now(), year.id(), closingEntries));
        useCases.publish(events);
        return outcome(tenant, year, retainedEarnings);
    }

    /** Closes and locks the periods whose numbers match (an open one closed then locked); whether any changed. */
    private boolean settle(FiscalYear year, IntPredicate numbers) {
        boolean changed = false;
        for (FiscalPeriod period : year.periods()) {
            if (!numbers.test(period.number()) || period.status() == PeriodStatus.LOCKED) {
                continue;
            }
            if (period.status() == PeriodStatus.OPEN) {
                year.close(period.number(), useCases.now(), useCases::newId);
            }
            year.lock(period.number(), useCases.now(), useCases::newId);
            changed = true;
        }
        return changed;
    }

    /** The retained-earnings accounts by currency, each an active equity leaf of the tenant. */
    private Map<Currency, Account> retainedEarnings(TenantId tenant, List<AccountId> ids) {
        Map<AccountId, Account> found = accounts.findAll(tenant, ids);
        Map<Currency, Account> byCurrency = new HashMap<>();
        for (AccountId id : ids) {
            Account account = found.get(id);
            if (account == null) {
                throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + id + " does not exist.");
            }
            if (account.type() != AccountType.EQUITY) {
                throw new RuleViolationException(LedgerError.FISCAL_YEAR_RETAINED_EARNINGS_NOT_EQUITY,
                        "Account " + account.code() + " is of type " + account.type()
                                + "; retained earnings are kept in an equity account.");
            }
            if (!account.isLeaf()) {
                throw new RuleViolationException(LedgerError.ACCOUNT_NOT_LEAF,
                        "Account " + account.code() + " has sub-accounts; close the year into one of them instead.");
            }
            if (!account.isActive()) {
                throw new RuleViolationException(LedgerError.ACCOUNT_CLOSED,
                        "Account " + account.code() + " is closed and takes no postings.");
            }
            Account other = byCurrency.putIfAbsent(account.currency(), account);
            if (other != null && !other.id().equals(account.id())) {
                throw new RuleViolationException(LedgerError.FISCAL_YEAR_RETAINED_EARNINGS_AMBIGUOUS,
                        "Accounts " + other.code() + " and " + account.code() + " are both in "
                                + account.currency().getCurrencyCode() + "; give one retained-earnings account per currency.");
            }
        }
        return byCurrency;
    }

    /**
     * Per currency, ordered by code, the revenue and expense accounts whose lines of the year do not
     * net to zero; for a tenant with a functional currency, all of them under that currency, with
     * their functional-currency nets.
     */
    private Map<Currency, List<ToClose>> toClose(TenantId tenant, FiscalYear year) {
        Optional<Currency> functional = functionalCurrency.apply(tenant);
        List<AccountBalance> totals = lines.totalsBetween(tenant, year.startDate(), year.endDate());
        Map<AccountId, Money> functionalNets = new HashMap<>();
        if (functional.isPresent()) {
            for (AccountBalance total : lines.functionalTotalsBetween(tenant, year.startDate(), year.endDate(), null)) {
                functionalNets.put(total.accountId(), total.net(Side.DEBIT));
            }
        }
        java.util.Set<AccountId> ids = new java.util.LinkedHashSet<>(functionalNets.keySet());
        totals.forEach(total -> ids.add(total.accountId()));
        Map<AccountId, Account> chart = accounts.findAll(tenant, ids);
        Map<AccountId, Money> nets = new HashMap<>();
        totals.forEach(total -> nets.put(total.accountId(), total.net(Side.DEBIT)));
        Map<Currency, List<ToClose>> result = new TreeMap<>(BY_CODE);
        for (AccountId id : ids) {
            Account account = chart.get(id);
            if (account == null || (account.type() != AccountType.REVENUE && account.type() != AccountType.EXPENSE)) {
                continue;
            }
            Money signedNet = nets.getOrDefault(id, Money.zero(account.currency()));
            Money signedFunctional = functional.map(f -> functionalNets.getOrDefault(id, Money.zero(f))).orElse(null);
            if (signedNet.isZero() && (signedFunctional == null || signedFunctional.isZero())) {
                continue;
            }
            result.computeIfAbsent(functional.orElse(account.currency()), c -> new ArrayList<>())
                    .add(new ToClose(account, signedNet, signedFunctional));
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(t -> t.account().code())));
        return result;
    }

    /**
     * The entries that bring every account to zero for the year and put the difference on retained
     * earnings: one, or one per {@value #ACCOUNTS_PER_ENTRY} accounts.
     */
    private static List<NewJournalEntry> closingEntries(FiscalYear year, Currency currency, List<ToClose> toClose,
                                                        Account retainedEarnings) {
        List<NewJournalEntry> entries = new ArrayList<>();
        for (int from = 0; from < toClose.size(); from += ACCOUNTS_PER_ENTRY) {
            List<ToClose> part = toClose.subList(from, Math.min(toClose.size(), from + ACCOUNTS_PER_ENTRY));
            NewJournalEntry.Builder entry = NewJournalEntry.on(year.endDate(),
                            "Year-end close " + year.name() + " " + currency.getCurrencyCode())
                    .reference(YearEnd.closingReference(year.id()));
            Money toRetainedEarnings = Money.zero(currency); // debits minus credits of the closing lines
            for (ToClose account : part) {
                if (account.signedFunctional() != null) {
                    closeValued(entry, account);
                    toRetainedEarnings = toRetainedEarnings.minus(account.signedFunctional());
                    continue;
                }
                Money amount = account.signedNet();
                if (amount.isPositive()) {
                    entry.credit(account.account().id(), amount);
                } else {
                    entry.debit(account.account().id(), amount.negate());
                }
                toRetainedEarnings = toRetainedEarnings.plus(amount.negate());
            }
            if (toRetainedEarnings.isPositive()) {
                entry.credit(retainedEarnings.id(), toRetainedEarnings);
            } else if (toRetainedEarnings.isNegative()) {
                entry.debit(retainedEarnings.id(), toRetainedEarnings.negate());
            }
            entries.add(entry.build());
        }
        return entries;
    }

    /**
     * The line(s) that bring an account to zero both in its own currency and in the functional
     * currency: one line stating its functional value, or two when the two nets lie on opposite sides.
     */
    private static void closeValued(NewJournalEntry.Builder entry, ToClose account) {
        Money net = account.signedNet();
        Money value = account.signedFunctional();
        AccountId id = account.account().id();
        if (net.isZero() || value.isZero() || net.isPositive() == value.isPositive()) {
            Side side = (net.isZero() ? value : net).isPositive() ? Side.CREDIT : Side.DEBIT;
            entry.line(new JournalLineInput(id, side, net.abs(), null, null, value.abs()));
        } else {
            entry.line(new JournalLineInput(id, net.isPositive() ? Side.CREDIT : Side.DEBIT, net.abs(), null, null,
                    Money.zero(value.currency())));
            entry.line(new JournalLineInput(id, value.isPositive() ? Side.CREDIT : Side.DEBIT, Money.zero(net.currency()),
                    null, null, value.abs()));
        }
    }

    /** What the closing entries of the year moved, read back from the journal (the same on a replay). */
    private YearEndClosing outcome(TenantId tenant, FiscalYear year, Map<Currency, Account> retainedEarnings) {
        String reference = YearEnd.closingReference(year.id());
        Optional<Currency> functional = functionalCurrency.apply(tenant);
        List<AccountBalance> totals = functional.isPresent()
                ? lines.functionalTotalsBetween(tenant, year.endDate(), year.endDate(), reference)
                : lines.totalsBetween(tenant, year.endDate(), year.endDate(), reference);
        Map<AccountId, Account> chart = accounts.findAll(tenant, totals.stream().map(AccountBalance::accountId).toList());
        Map<Currency, Money[]> byCurrency = new TreeMap<>(BY_CODE);
        for (AccountBalance total : totals) {
            Account account = chart.get(total.accountId());
            if (account == null) {
                continue;
            }
            Money[] sums = byCurrency.computeIfAbsent(functional.orElse(account.currency()),
                    c -> new Money[] {Money.zero(c), Money.zero(c)});
            if (account.type() == AccountType.REVENUE) {
                sums[0] = sums[0].plus(total.net(Side.DEBIT)); // revenue is closed by debits
            } else if (account.type() == AccountType.EXPENSE) {
                sums[1] = sums[1].plus(total.net(Side.CREDIT)); // expenses are closed by credits
            }
        }
        List<YearEndClosing.Closing> closings = new ArrayList<>(byCurrency.size());
        byCurrency.forEach((currency, sums) -> {
            Account account = retainedEarnings.get(currency);
            closings.add(new YearEndClosing.Closing(currency, account == null ? null : account.id(), sums[0], sums[1],
                    sums[0].minus(sums[1])));
        });
        return new YearEndClosing(FiscalYearSnapshot.of(year), reference, closings);
    }

    private FiscalYear load(TenantId tenant, FiscalYearId id) {
        return years.find(tenant, id).orElseThrow(() ->
                new NotFoundException(LedgerError.FISCAL_YEAR_NOT_FOUND, "Fiscal year " + id + " does not exist."));
    }
}
