package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.LedgerBatchRejectedException;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.BalanceLimit;
import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.spi.UnitOfWork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * The checks and effects every posting shares, whether one entry, a batch, a posted draft, a
 * reversal or a pending entry: the accounts exist in the tenant, are active leaves in the line's
 * currency; the date lies in an open period; balance limits hold, pending amounts counted; the
 * balances move. Built for batches: one look-up of all accounts, one of each fiscal year touched,
 * one locking read of the limited accounts only, one balance update per account.
 */
final class Posting {

    /** The most lines whose accounts {@link #check} collects in a list rather than a hash set. */
    private static final int SMALL_POSTING = 16;

    private final Accounts accounts;
    private final AccountBalances balances;
    private final FiscalYears fiscalYears;
    private final CurrencyPolicies policies;
    private final ExchangeRates exchangeRates;
    /**
     * The functional currencies known to be set. A tenant's functional currency never changes once
     * set, so a positive answer can be kept for the life of the process; an absent one is asked
     * again on every posting until the tenant's first posting without one commits.
     */
    private final Map<TenantId, Currency> functionalCurrencies = new ConcurrentHashMap<>();
    /**
     * The tenants known to be without a functional currency for good: a posting of theirs without
     * one committed, and a functional currency is refused once the journal holds posted lines
     * ({@code ledger.currency.journal_not_empty}), in this process or any other.
     */
    private final Set<TenantId> withoutFunctionalCurrency = ConcurrentHashMap.newKeySet();
    private final UnitOfWork unitOfWork;

    Posting(UnitOfWork unitOfWork, Accounts accounts, AccountBalances balances, FiscalYears fiscalYears,
            CurrencyPolicies policies, ExchangeRates exchangeRates) {
        this.unitOfWork = unitOfWork;
        this.accounts = accounts;
        this.balances = balances;
        this.fiscalYears = fiscalYears;
        this.policies = policies;
        this.exchangeRates = exchangeRates;
    }

    /** The tenant's functional currency, if it set one. */
    Optional<Currency> functionalCurrency(TenantId tenant) {
        Currency known = functionalCurrencies.get(tenant);
        if (known != null) {
            return Optional.of(known);
        }
        if (withoutFunctionalCurrency.contains(tenant)) {
            return Optional.empty();
        }
        Optional<Currency> stored = policies.find(tenant).map(CurrencyPolicy::functionalCurrency);
        stored.ifPresent(currency -> functionalCurrencies.put(tenant, currency));
        return stored;
    }

    /** The rate from {@code from} into {@code to} on the date; {@code ledger.currency.rate_missing} when there is none. */
    ExchangeRate rate(TenantId tenant, Currency from, Currency to, LocalDate date) {
        return exchangeRates.rate(tenant, from, to, date).orElseThrow(() ->
                new RuleViolationException(LedgerError.CURRENCY_RATE_MISSING,
                        "No exchange rate from " + from.getCurrencyCode() + " to " + to.getCurrencyCode()
                                + " is known on or before " + date + "."));
    }

    /** The checks for postings of these lines (of one entry), sharing one load of accounts and fiscal years. */
    Check check(TenantId tenant, List<JournalLine> lines) {
        int lineCount = lines.size();
        Collection<AccountId> ids;
        if (lineCount == 2) { // the usual entry: its two accounts in one small immutable list
            AccountId first = lines.get(0).account();
            AccountId second = lines.get(1).account();
            ids = first.equals(second) ? List.of(first) : List.of(first, second);
        } else {
            // an entry's few accounts are told apart by a scan of a short list, a long entry's by a hash set
            ids = lineCount <= SMALL_POSTING ? new ArrayList<>(lineCount) : new HashSet<>();
            for (int i = 0; i < lineCount; i++) {
                AccountId account = lines.get(i).account();
                if (!ids.contains(account)) {
                    ids.add(account);
                }
            }
        }
        return check(tenant, ids);
    }

    /**
     * The checks for postings of the entries of a batch, sharing one load of their accounts and
     * fiscal years: the accounts are collected from the entries' lines as they are, no list of all
     * lines made for them.
     */
    Check checkAll(TenantId tenant, List<JournalEntry> entries) {
        Set<AccountId> ids = new HashSet<>();
        for (int i = 0, count = entries.size(); i < count; i++) {
            List<JournalLine> lines = entries.get(i).lines();
            for (int l = 0, lineCount = lines.size(); l < lineCount; l++) {
                AccountId account = lines.get(l).account();
                if (!ids.contains(account)) { // most are in already: a look-up, no write into the set
                    ids.add(account);
                }
            }
        }
        return check(tenant, ids);
    }

    /** The checks for postings on these distinct accounts. */
    private Check check(TenantId tenant, Collection<AccountId> ids) {
        Map<AccountId, Account> loaded = accounts.findForPosting(tenant, ids);
        // the accounts with a balance limit, found from the ids (no iterator over the loaded map's views)
        List<AccountId> limited = null;
        for (AccountId id : ids) {
            Account account = loaded.get(id);
            if (account != null && account.balanceLimit() != BalanceLimit.NONE) {
                if (limited == null) {
                    limited = new ArrayList<>();
                }
                limited.add(id);
            }
        }
        return new Check(tenant, loaded, limited);
    }

    /** {@return the lines of the entries, entry after entry, in one new list} */
    static List<JournalLine> allLines(List<JournalEntry> entries) {
        List<JournalLine> lines = new ArrayList<>(2 * entries.size());
        for (int i = 0, count = entries.size(); i < count; i++) {
            List<JournalLine> entryLines = entries.get(i).lines();
            for (int l = 0, lineCount = entryLines.size(); l < lineCount; l++) {
                lines.add(entryLines.get(l));
            }
        }
        return lines;
    }

    /** The balance deltas that reserve ({@code sign} 1) or release ({@code sign} -1) pending lines. */
    static List<AccountBalance> pending(List<JournalLine> lines, int sign) {
        List<AccountBalance> deltas = new ArrayList<>(lines.size());
        for (JournalLine line : lines) {
            deltas.add(AccountBalance.zero(line.account(), line.amount().currency())
                    .plusPending(line.side(), sign < 0 ? line.amount().negate() : line.amount()));
        }
        return deltas;
    }

    /** Releases pending amounts: it can only lower what counts against a limit, so no limit is checked. */
    void release(TenantId tenant, List<AccountBalance> deltas) {
        balances.apply(tenant, deltas);
    }

    /** Checks against accounts and fiscal years loaded once. */
    final class Check {
        private final TenantId tenant;
        private final Map<AccountId, Account> loaded;
        /** The loaded accounts that have a balance limit, or null when none has. */
        private final List<AccountId> limited;
        /** The fiscal year of the dates checked so far, and the others when they span more than one. */
        private FiscalYear year;
        private List<FiscalYear> moreYears;

        /** The tenant's functional currency, read once per check (a batch of entries), present or not. */
        private Optional<Currency> functional;
        /** Whether lines were valued without a functional currency (then remembered after commit). */
        private boolean postedWithoutFunctional;

        private Check(TenantId tenant, Map<AccountId, Account> loaded, List<AccountId> limited) {
            this.tenant = tenant;
            this.loaded = loaded;
            this.limited = limited;
        }

        /** Values the draft's lines on its accounting date ({@link #convert}). */
        void value(JournalEntry draft) {
            draft.valueLines(convert(draft.accountingDate(), draft.lines()));
        }

        /**
         * The lines valued in the tenant's functional currency on the date (see
         * {@link FunctionalConversion}); unchanged for a tenant without one, which cannot be given
         * functional amounts ({@code ledger.currency.functional_not_set}).
         */
        private List<JournalLine> convert(LocalDate date, List<JournalLine> lines) {
            if (functional == null) {
                // a tenant without one would otherwise be asked again for every entry of a batch
                functional = functionalCurrency(tenant);
            }
            if (functional.isEmpty()) {
                for (int i = 0, count = lines.size(); i < count; i++) {
                    JournalLine line = lines.get(i);
                    if (line.functional() != null) {
                        throw new RuleViolationException(LedgerError.CURRENCY_FUNCTIONAL_NOT_SET,
                                "Line " + line.lineNo() + " states a functional amount, but the tenant has no functional currency.");
                    }
                }
                if (!postedWithoutFunctional && !withoutFunctionalCurrency.contains(tenant)) {
                    postedWithoutFunctional = true;
                    // once these lines are committed no functional currency can be set: stop asking
                    unitOfWork.afterCommit(() -> withoutFunctionalCurrency.add(tenant));
                }
                return lines;
            }
            Currency target = functional.get();
            return FunctionalConversion.convert(target, date, lines, from -> rate(tenant, from, target, date));
        }

        /** Throws unless every line's account can take the posting and the date is in an open period. */
        void require(LocalDate date, List<JournalLine> lines) {
            for (int i = 0, count = lines.size(); i < count; i++) {
                JournalLine line = lines.get(i);
                Account account = loaded.get(line.account());
                if (account == null) {
                    throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND,
                            "Line " + line.lineNo() + ": account " + line.account() + " does not exist.");
                }
                account.requirePostable(line.amount().currency());
            }
            yearOf(date).requireOpen(date);
        }

        private FiscalYear yearOf(LocalDate date) {
            if (year != null && year.contains(date)) {
                return year;
            }
            if (moreYears != null) {
                for (FiscalYear other : moreYears) {
                    if (other.contains(date)) {
                        return other;
                    }
                }
            }
            FiscalYear found = fiscalYears.findForPosting(tenant, date).orElseThrow(() ->
                    new RuleViolationException(LedgerError.PERIOD_NOT_FOUND,
                            "No fiscal year contains " + date + "; open one before posting on that date."));
            if (year == null) {
                year = found;
            } else {
                if (moreYears == null) {
                    moreYears = new ArrayList<>(2);
                }
                moreYears.add(found);
            }
            return found;
        }

        /**
         * Moves the balances by the lines of posted entries. Without an account with a balance
         * limit the lines go to the balances as they are ({@link AccountBalances#post}: no delta is
         * made); otherwise as {@link #apply} with the deltas of each entry.
         */
        void applyPosted(List<JournalEntry> posted, IntUnaryOperator batchIndex) {
            if (limited != null) {
                List<List<AccountBalance>> movements = new ArrayList<>(posted.size());
                for (int i = 0, count = posted.size(); i < count; i++) {
                    movements.add(AccountBalance.deltasOf(posted.get(i).lines()));
                }
                apply(movements, batchIndex);
                return;
            }
            balances.post(tenant, posted.size() == 1 ? posted.get(0).lines() : allLines(posted));
        }

        /**
         * Moves the balances by the movements (the deltas of one entry each), in order. Accounts with
         * a balance limit are first locked and read, and every movement is checked against them;
         * the first that would break a limit fails with {@code ledger.balance.limit_exceeded}, wrapped
         * in a {@link LedgerBatchRejectedException} at {@code batchIndex} of its position when given.
         */
        void apply(List<List<AccountBalance>> movements, IntUnaryOperator batchIndex) {
            List<AccountBalance> all;
            if (movements.size() == 1) {
                all = movements.get(0);
            } else {
                int size = 0;
                for (List<AccountBalance> movement : movements) {
                    size += movement.size();
                }
                all = new ArrayList<>(size);
                for (List<AccountBalance> movement : movements) {
                    for (int i = 0, count = movement.size(); i < count; i++) {
                        all.add(movement.get(i)); // no copy of each movement into an array, as addAll makes
                    }
                }
            }
            if (limited != null) {
                // ascending id order, as every writer takes these row locks
                List<AccountId> locked = new ArrayList<>(limited);
                locked.sort(Comparator.comparing(id -> id.value().toString()));
                Map<AccountId, AccountBalance> totals = new HashMap<>(balances.lockForUpdate(tenant, locked));
                for (int i = 0; i < movements.size(); i++) {
                    for (AccountBalance delta : movements.get(i)) {
                        Account account = loaded.get(delta.accountId());
                        AccountBalance before = totals.get(delta.accountId());
                        if (account == null || before == null || account.balanceLimit() == BalanceLimit.NONE) {
                            continue;
                        }
                        AccountBalance after = before.plus(delta);
                        if (!account.balanceLimit().allows(after)) {
                            RuleViolationException breach = breach(account, after);
                            throw batchIndex == null ? breach : new LedgerBatchRejectedException(batchIndex.applyAsInt(i), breach);
                        }
                        totals.put(delta.accountId(), after);
                    }
                }
            }
            balances.apply(tenant, all);
        }

        private RuleViolationException breach(Account account, AccountBalance after) {
            String detail = account.balanceLimit() == BalanceLimit.DEBITS_MUST_NOT_EXCEED_CREDITS
                    ? "its debits with pending (" + after.debits().plus(after.pendingDebits()) + ") would exceed its credits ("
                            + after.credits() + ")"
                    : "its credits with pending (" + after.credits().plus(after.pendingCredits()) + ") would exceed its debits ("
                            + after.debits() + ")";
            return new RuleViolationException(LedgerError.BALANCE_LIMIT_EXCEEDED,
                    "Account " + account.code() + " refuses the amount: " + detail + ".");
        }
    }
}
