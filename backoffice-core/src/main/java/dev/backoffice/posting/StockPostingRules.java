package dev.backoffice.posting;

import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.ChartOfAccounts;
import dev.backoffice.accounts.api.CurrencyPolicySnapshot;
import dev.backoffice.accounts.api.Currencies;
import dev.backoffice.accounts.api.JournalLineInput;
import dev.backoffice.accounts.api.Ledger;
import dev.backoffice.accounts.api.NewJournalEntry;
import dev.backoffice.accounts.domain.AccountId;
import dev.backoffice.common.Actor;
import dev.backoffice.common.Money;
import dev.backoffice.common.RuleViolationException;
import dev.backoffice.stock.domain.PostingRole;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockError;
import dev.backoffice.stock.domain.StockValueEntry;
import dev.backoffice.stock.domain.ValueLine;
import dev.backoffice.stock.spi.StockValuePosting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The posting rules of stock value: each value entry becomes one balanced journal entry through the
 * accounts {@link Ledger} api, in the stock use case's unit of work. Each line's role names its
 * account in the tenant's stock accounts (the clearing account comes with a landed cost); a positive
 * amount is a debit, a negative one a credit, zero lines are left out:
 *
 * <ul>
 *   <li>receipt: Dr inventory, Cr stock received not billed (and price variance for standard cost);</li>
 *   <li>issue: Dr cost of goods sold, Cr inventory; return to supplier: Dr received not billed;</li>
 *   <li>adjustment: inventory against inventory loss; return from customer: against cost of goods sold;</li>
 *   <li>stock covering a deficit at another cost than its provisional one: the difference between
 *       inventory and cost of goods sold;</li>
 *   <li>landed cost: Dr inventory (part on stock) and cost of goods sold (part consumed), Cr clearing;</li>
 *   <li>revaluation at a new standard: inventory against price variance; a reversal: the mirror of the
 *       entry it reverses.</li>
 * </ul>
 *
 * The entry's accounting date is the day the value changed in the clock's zone; its idempotency key
 * is the value entry's id, so a retried unit of work never posts twice.
 */
public final class StockPostingRules implements StockValuePosting {

    private final Ledger ledger;
    private final ChartOfAccounts chartOfAccounts;
    private final Currencies currencies;
    private final Clock clock;

    /**
     * The posting rules of stock value, posting through the ledger api in the caller's unit of work.
     *
     * @param ledger          the ledger the entries are posted to
     * @param chartOfAccounts checks the accounts
     * @param currencies      gives the tenant's functional currency
     * @param clock           dates the journal entries
     */
    public StockPostingRules(Ledger ledger, ChartOfAccounts chartOfAccounts, Currencies currencies, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.chartOfAccounts = Objects.requireNonNull(chartOfAccounts, "chartOfAccounts");
        this.currencies = Objects.requireNonNull(currencies, "currencies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Currency> functionalCurrency(Actor actor) {
        return currencies.policy(actor).map(CurrencyPolicySnapshot::functionalCurrency);
    }

    @Override
    public void checkAccounts(Actor actor, StockAccountSet accounts, Currency currency) {
        for (PostingRole role : PostingRole.values()) {
            if (role != PostingRole.LANDED_COST_CLEARING) {
                checkAccount(actor, accounts.accountOf(role), currency);
            }
        }
    }

    /** The account must be the tenant's ({@code ledger.account.not_found}) and in the stock's currency. */
    @Override
    public void checkAccount(Actor actor, UUID account, Currency currency) {
        AccountSnapshot found = chartOfAccounts.account(actor, AccountId.of(account));
        if (!found.currency().equals(currency)) {
            throw new RuleViolationException(StockError.VALUATION_CURRENCY_MISMATCH, "Account " + found.code()
                    + " is kept in " + found.currency().getCurrencyCode() + "; stock is valued in "
                    + currency.getCurrencyCode() + ".");
        }
    }

    @Override
    public Optional<UUID> post(Actor actor, StockAccountSet accounts, StockValueEntry entry, String description) {
        List<JournalLineInput> lines = new ArrayList<>(entry.lines().size());
        for (ValueLine line : entry.lines()) {
            Money amount = line.amount();
            if (amount.isZero()) {
                continue;
            }
            AccountId account = AccountId.of(line.role() == PostingRole.LANDED_COST_CLEARING
                    ? entry.clearingAccount() : accounts.accountOf(line.role()));
            lines.add(amount.isPositive() ? JournalLineInput.debit(account, amount)
                    : JournalLineInput.credit(account, amount.negate()));
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        NewJournalEntry.Builder journal = NewJournalEntry.on(LocalDate.ofInstant(entry.recordedAt(), clock.getZone()),
                        description.length() > 200 ? description.substring(0, 200) : description)
                .reference("stock-value:" + entry.id())
                .idempotencyKey("stock-value-" + entry.id());
        lines.forEach(journal::line);
        return Optional.of(ledger.post(actor, journal.build()).id().value());
    }
}
