package dev.backoffice.accounts.application;

import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.FiscalYear;
import dev.backoffice.accounts.domain.JournalEntry;
import dev.backoffice.accounts.domain.JournalLine;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.spi.AccountBalances;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks and effects every posting shares, whether one entry, a batch, a posted draft or a
 * reversal: the accounts exist in the tenant, are active leaves in the line's currency; the date
 * lies in an open period; the balances move by the posted lines. Built for batches: one look-up of
 * all accounts, one of each fiscal year touched, one balance update per account.
 */
final class Posting {

    private final Accounts accounts;
    private final AccountBalances balances;
    private final FiscalYears fiscalYears;

    Posting(Accounts accounts, AccountBalances balances, FiscalYears fiscalYears) {
        this.accounts = accounts;
        this.balances = balances;
        this.fiscalYears = fiscalYears;
    }

    /** The checks for a set of postings, sharing one load of accounts and fiscal years. */
    Check check(TenantId tenant, Collection<? extends Collection<JournalLine>> lineSets) {
        Set<AccountId> ids = new HashSet<>();
        for (Collection<JournalLine> lines : lineSets) {
            for (JournalLine line : lines) {
                ids.add(line.account());
            }
        }
        return new Check(tenant, accounts.findAll(tenant, ids));
    }

    /** Moves the balances by the lines of the posted entries: one update per account. */
    void applyBalances(TenantId tenant, List<JournalEntry> posted) {
        Map<AccountId, AccountBalance> deltas = new HashMap<>();
        for (JournalEntry entry : posted) {
            for (JournalLine line : entry.lines()) {
                deltas.compute(line.account(), (id, delta) ->
                        (delta == null ? AccountBalance.zero(id, line.amount().currency()) : delta)
                                .plus(line.side(), line.amount()));
            }
        }
        balances.apply(tenant, deltas.values());
    }

    /** Checks against accounts and fiscal years loaded once. */
    final class Check {
        private final TenantId tenant;
        private final Map<AccountId, Account> loaded;
        private final List<FiscalYear> years = new ArrayList<>(2);

        private Check(TenantId tenant, Map<AccountId, Account> loaded) {
            this.tenant = tenant;
            this.loaded = loaded;
        }

        /** Throws unless every line's account can take the posting and the date is in an open period. */
        void require(LocalDate date, List<JournalLine> lines) {
            for (JournalLine line : lines) {
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
            for (FiscalYear year : years) {
                if (year.contains(date)) {
                    return year;
                }
            }
            FiscalYear year = fiscalYears.findForPosting(tenant, date).orElseThrow(() ->
                    new RuleViolationException(LedgerError.PERIOD_NOT_FOUND,
                            "No fiscal year contains " + date + "; open one before posting on that date."));
            years.add(year);
            return year;
        }
    }
}
