package dev.backoffice.accounts.application;

import dev.backoffice.accounts.api.Currencies;
import dev.backoffice.accounts.api.CurrencyPolicySnapshot;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.LedgerPermissions;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.api.Revaluation;
import dev.backoffice.accounts.api.RevalueBalances;
import dev.backoffice.accounts.api.SetExchangeAccounts;
import dev.backoffice.accounts.api.SetFunctionalCurrency;
import dev.backoffice.accounts.domain.Account;
import dev.backoffice.accounts.domain.AccountBalance;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.domain.CurrencyPolicy;
import dev.backoffice.accounts.domain.ExchangeRate;
import dev.backoffice.accounts.domain.FunctionalEquivalent;
import dev.backoffice.accounts.domain.JournalEntryId;
import dev.backoffice.accounts.domain.LedgerError;
import dev.backoffice.accounts.domain.Side;
import dev.backoffice.accounts.spi.Accounts;
import dev.backoffice.accounts.spi.CurrencyPolicies;
import dev.backoffice.accounts.spi.FiscalYears;
import dev.backoffice.accounts.spi.JournalLines;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.NotFoundException;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.common.TenantId;
import dev.backoffice.common.application.UseCases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class CurrenciesService implements Currencies {

    private static final String SUBJECT = "CurrencyPolicy";

    private final UseCases useCases;
    private final CurrencyPolicies policies;
    private final Accounts accounts;
    private final JournalLines lines;
    private final Posting posting;
    private final Ledger ledger;
    private final FiscalYears fiscalYears;

    CurrenciesService(UseCases useCases, CurrencyPolicies policies, Accounts accounts, JournalLines lines,
                      FiscalYears fiscalYears, Posting posting, Ledger ledger) {
        this.fiscalYears = fiscalYears;
        this.useCases = useCases;
        this.policies = policies;
        this.accounts = accounts;
        this.lines = lines;
        this.posting = posting;
        this.ledger = ledger;
    }

    /** The audit subject of a tenant's currency policy (it has no id of its own): stable per tenant. */
    private static java.util.UUID subject(TenantId tenant) {
        return java.util.UUID.nameUUIDFromBytes(("currency-policy:" + tenant.value())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The source reference of the revaluation entry of a date. */
    static String revaluationReference(java.time.LocalDate asOf) {
        return "revaluation:" + asOf;
    }

    @Override
    public CurrencyPolicySnapshot setFunctionalCurrency(Actor actor, SetFunctionalCurrency command) {
        return useCases.command(actor, LedgerPermissions.MANAGE_CURRENCIES, command, () -> {
            TenantId tenant = actor.tenant();
            Optional<CurrencyPolicy> existing = policies.find(tenant);
            if (existing.isPresent()) {
                throw new RuleViolationException(LedgerError.CURRENCY_FUNCTIONAL_ALREADY_SET,
                        "The functional currency is " + existing.get().functionalCurrency().getCurrencyCode()
                                + " already; it is set once and never changes.");
            }
            // postings read the policy after their fiscal year's shared lock: with every year locked
            // here, a posting in flight commits before the check below and a later one sees the policy
            fiscalYears.lockAll(tenant);
            if (lines.hasPostedLines(tenant)) {
                throw new RuleViolationException(LedgerError.CURRENCY_JOURNAL_NOT_EMPTY,
                        "The tenant has posted entries without functional-currency values; the functional currency "
                                + "is set before the first posting.");
            }
            CurrencyPolicy policy = CurrencyPolicy.create(tenant, command.currency());
            policies.add(policy);
            useCases.audit(actor, LedgerPermissions.MANAGE_CURRENCIES, SUBJECT, subject(tenant),
                    "functional currency set to " + command.currency().getCurrencyCode());
            return CurrencyPolicySnapshot.of(policy);
        });
    }

    @Override
    public CurrencyPolicySnapshot setExchangeAccounts(Actor actor, SetExchangeAccounts command) {
        return useCases.command(actor, LedgerPermissions.MANAGE_CURRENCIES, command, () -> {
            TenantId tenant = actor.tenant();
            CurrencyPolicy policy = requirePolicy(tenant);
            Map<AccountId, Account> found = accounts.findAll(tenant, List.of(command.gainAccount(), command.lossAccount()));
            requireExchangeAccount(found.get(command.gainAccount()), command.gainAccount(), policy, "gains");
            requireExchangeAccount(found.get(command.lossAccount()), command.lossAccount(), policy, "losses");
            policy.useExchangeAccounts(command.gainAccount(), command.lossAccount());
            policies.update(policy);
            useCases.audit(actor, LedgerPermissions.MANAGE_CURRENCIES, SUBJECT, subject(tenant),
                    "exchange accounts set: gains " + command.gainAccount() + ", losses " + command.lossAccount());
            return CurrencyPolicySnapshot.of(policies.find(tenant).orElseThrow());
        });
    }

    private static void requireExchangeAccount(Account account, AccountId id, CurrencyPolicy policy, String what) {
        if (account == null) {
            throw new NotFoundException(LedgerError.ACCOUNT_NOT_FOUND, "Account " + id + " does not exist.");
        }
        String problem = null;
        if (account.type() != AccountType.REVENUE && account.type() != AccountType.EXPENSE) {
            problem = "is of type " + account.type() + ", not a revenue or expense account";
        } else if (!account.currency().equals(policy.functionalCurrency())) {
            problem = "is in " + account.currency().getCurrencyCode() + ", not in the functional currency "
                    + policy.functionalCurrency().getCurrencyCode();
        } else if (!account.isLeaf()) {
            problem = "has sub-accounts";
        } else if (!account.isActive()) {
            problem = "is closed";
        }
        if (problem != null) {
            throw new RuleViolationException(LedgerError.CURRENCY_EXCHANGE_ACCOUNT_INVALID,
                    "Account " + account.code() + " cannot take exchange " + what + ": it " + problem + ".");
        }
    }

    private CurrencyPolicy requirePolicy(TenantId tenant) {
        return policies.find(tenant).orElseThrow(() -> new RuleViolationException(LedgerError.CURRENCY_FUNCTIONAL_NOT_SET,
                "The tenant has no functional currency; set one first."));
    }

    @Override
    public Optional<CurrencyPolicySnapshot> policy(Actor actor) {
        return useCases.query(actor, LedgerPermissions.READ, () -> policies.find(actor.tenant()).map(CurrencyPolicySnapshot::of));
    }

    @Override
    public Revaluation revalue(Actor actor, RevalueBalances command) {
        return useCases.command(actor, LedgerPermissions.REVALUE, command, () -> {
            TenantId tenant = actor.tenant();
            CurrencyPolicy policy = requirePolicy(tenant);
            if (policy.exchangeGainAccount().isEmpty() || policy.exchangeLossAccount().isEmpty()) {
                throw new RuleViolationException(LedgerError.CURRENCY_EXCHANGE_ACCOUNTS_NOT_SET,
                        "Set the exchange gain and loss accounts before revaluing.");
            }
            Currency functional = policy.functionalCurrency();
            Map<AccountId, AccountBalance> balances = byAccount(lines.totalsAsOf(tenant, command.asOf()));
            Map<AccountId, AccountBalance> values = byAccount(lines.functionalTotalsAsOf(tenant, command.asOf()));
            List<Revaluation.RevaluedAccount> revalued = new ArrayList<>();
            NewJournalEntry.Builder entry = NewJournalEntry.on(command.asOf(), "Revaluation of foreign-currency balances")
                    .reference(revaluationReference(command.asOf()));
            Money gains = Money.zero(functional);
            Money losses = Money.zero(functional);
            for (Account account : accounts.findAll(tenant)) { // ordered by code
                if (!revalued(account, functional)) {
                    continue;
                }
                Money balance = net(balances.get(account.id()), account.currency());
                Money carrying = net(values.get(account.id()), functional);
                if (balance.isZero() && carrying.isZero()) {
                    continue;
                }
                ExchangeRate rate = posting.rate(tenant, account.currency(), functional, command.asOf());
                BigDecimal factor = rate.rate().setScale(FunctionalEquivalent.RATE_SCALE, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros();
                Money target = Money.of(balance.amount().multiply(factor), functional, RoundingMode.HALF_EVEN);
                Money difference = target.minus(carrying);
                revalued.add(new Revaluation.RevaluedAccount(account.id(), account.code(), balance, factor, rate.date(),
                        rate.source(), carrying, target, difference));
                if (difference.isZero()) {
                    continue;
                }
                entry.line(new JournalLineInput(account.id(), difference.isPositive() ? Side.DEBIT : Side.CREDIT,
                        Money.zero(account.currency()), "Revaluation at " + factor.toPlainString() + " ("
                        + rate.source() + ", " + rate.date() + ")", null, difference.abs()));
                if (difference.isPositive()) {
                    gains = gains.plus(difference);
                } else {
                    losses = losses.minus(difference);
                }
            }
            if (gains.isPositive()) {
                entry.line(JournalLineInput.credit(policy.exchangeGainAccount().get(), gains).withMemo("Exchange gains"));
            }
            if (losses.isPositive()) {
                entry.line(JournalLineInput.debit(policy.exchangeLossAccount().get(), losses).withMemo("Exchange losses"));
            }
            Optional<JournalEntryId> posted = Optional.empty();
            if (gains.isPositive() || losses.isPositive()) {
                posted = Optional.of(ledger.post(actor, entry.build()).id());
            }
            useCases.audit(actor, LedgerPermissions.REVALUE, SUBJECT, posted.map(JournalEntryId::value).orElse(subject(tenant)),
                    "revalued " + revalued.size() + " accounts as of " + command.asOf());
            return new Revaluation(command.asOf(), posted, revalued, gains, losses);
        });
    }

    /** Whether the account is revalued: an active asset or liability leaf in a foreign currency. */
    private static boolean revalued(Account account, Currency functional) {
        return account.isActive() && account.isLeaf() && !account.currency().equals(functional)
                && (account.type() == AccountType.ASSET || account.type() == AccountType.LIABILITY);
    }

    private static Money net(AccountBalance total, Currency currency) {
        return total == null ? Money.zero(currency) : total.net(Side.DEBIT);
    }

    private static Map<AccountId, AccountBalance> byAccount(List<AccountBalance> totals) {
        Map<AccountId, AccountBalance> map = new HashMap<>(totals.size() * 2);
        totals.forEach(total -> map.put(total.accountId(), total));
        return map;
    }
}
