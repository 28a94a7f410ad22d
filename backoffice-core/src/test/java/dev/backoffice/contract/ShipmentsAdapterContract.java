package dev.backoffice.contract;

import dev.backoffice.BackOfficeAdapters;
import dev.backoffice.accounts.api.AccountSnapshot;
import dev.backoffice.accounts.api.OpenAccount;
import dev.backoffice.accounts.api.OpenFiscalYear;
import dev.backoffice.accounts.application.AccountsContext;
import dev.backoffice.accounts.domain.AccountType;
import dev.backoffice.accounts.spi.ExchangeRates;
import dev.backoffice.common.Actor;
import dev.backoffice.common.TimeOrderedIds;
import dev.backoffice.common.application.CommandValidator;
import dev.backoffice.common.application.UseCases;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.common.spi.DomainEventPublisher;
import dev.backoffice.posting.StockPostingRules;
import dev.backoffice.shipments.application.ShipmentsContext;
import dev.backoffice.shipments.spi.CarrierGateway;
import dev.backoffice.shipments.spi.ShipmentsAdapters;
import dev.backoffice.stock.api.ConfigureStockValuation;
import dev.backoffice.stock.api.StockValuation;
import dev.backoffice.stock.application.StockContext;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The base of every shipments port contract: the adapters of the other contexts (for the unit of
 * work and the stock the shipments act on) and the shipments adapters under test, sharing that
 * unit of work.
 */
public abstract class ShipmentsAdapterContract extends StockAdapterContract {

    /** The shipments adapters under test, over the unit of work of {@link #adapters()}: by default the ones they provide. */
    protected ShipmentsAdapters shipmentsAdapters() {
        return adapters().shipments().orElseThrow(() -> new AssertionError("the adapters under test provide no shipments ports"));
    }

    /**
     * The contexts a shipments contract needs when stock is valued and posted, over the adapters under
     * test at the fixed instant {@code NOW}.
     *
     * @param accounts  the ledger
     * @param stock     the stock, posting its value to the ledger through {@link StockPostingRules}
     * @param shipments the shipments, acting on that stock
     */
    protected record ValuedContexts(AccountsContext accounts, StockContext stock, ShipmentsContext shipments) {
    }

    /** {@return the ledger, the stock posting its value to it, and the shipments over them} */
    protected ValuedContexts valuedContexts(AccessPolicy policy, DomainEventPublisher publisher, CarrierGateway carrier) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        BackOfficeAdapters a = adapters();
        UseCases useCases = new UseCases(a.unitOfWork(), policy, new CommandValidator(), a.idempotencyKeys(),
                a.auditRecords(), a.eventOutbox(), publisher, new TimeOrderedIds(clock), clock);
        AccountsContext accounts = new AccountsContext(useCases, a.accounts(), a.accountBalances(), a.journalEntries(),
                a.journalLines(), a.fiscalYears(), a.reconciliations(), a.pendingEntries(), a.journalSeals(),
                a.currencyPolicies(), ExchangeRates.none());
        StockContext stock = new StockContext(useCases, stockAdapters(),
                new StockPostingRules(accounts.ledger(), accounts.chartOfAccounts(), accounts.currencies(), clock));
        ShipmentsContext shipments = new ShipmentsContext(useCases, shipmentsAdapters(), stock.warehousing(),
                stock.reservations(), stock.inventory(), stock.itemCatalog(), carrier);
        return new ValuedContexts(accounts, stock, shipments);
    }

    /**
     * The accounts stock value posts to.
     *
     * @param inventory         1300, asset
     * @param costOfGoodsSold   5000, expense
     * @param receivedNotBilled 2100, liability
     * @param priceVariance     5100, expense
     * @param inventoryLoss     5200, expense
     */
    protected record StockAccounts(AccountSnapshot inventory, AccountSnapshot costOfGoodsSold,
                                   AccountSnapshot receivedNotBilled, AccountSnapshot priceVariance,
                                   AccountSnapshot inventoryLoss) {
    }

    /**
     * Opens the fiscal year 2026 and the accounts stock value posts to for the actor's tenant, and turns
     * on the valuation of stock, posting in EUR.
     *
     * @return the accounts opened
     */
    protected static StockAccounts postStockValue(ValuedContexts contexts, Actor actor) {
        AccountsContext accounts = contexts.accounts();
        accounts.fiscalCalendar().openFiscalYear(actor, OpenFiscalYear.calendarYear(2026));
        StockAccounts opened = new StockAccounts(open(accounts, actor, "1300", "Inventory", AccountType.ASSET),
                open(accounts, actor, "5000", "Cost of goods sold", AccountType.EXPENSE),
                open(accounts, actor, "2100", "Stock received not billed", AccountType.LIABILITY),
                open(accounts, actor, "5100", "Purchase price variance", AccountType.EXPENSE),
                open(accounts, actor, "5200", "Inventory loss and gain", AccountType.EXPENSE));
        valuation(contexts).configure(actor, ConfigureStockValuation.posting(EUR, opened.inventory().id(),
                opened.costOfGoodsSold().id(), opened.receivedNotBilled().id(), opened.priceVariance().id(),
                opened.inventoryLoss().id()));
        return opened;
    }

    /** {@return the stock valuation of the contexts; the adapters under test must provide its ports} */
    protected static StockValuation valuation(ValuedContexts contexts) {
        return contexts.stock().valuation().orElseThrow(() -> new AssertionError("the adapters provide no valuation ports"));
    }

    private static AccountSnapshot open(AccountsContext accounts, Actor actor, String code, String name, AccountType type) {
        return accounts.chartOfAccounts().openAccount(actor, OpenAccount.of(code, name, type, EUR));
    }
}
