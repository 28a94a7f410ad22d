package dev.backoffice.stock.spi;

import dev.backoffice.common.Actor;
import dev.backoffice.stock.domain.StockAccountSet;
import dev.backoffice.stock.domain.StockValueEntry;

import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger stock value posts to, through the posting rules ({@code dev.backoffice.posting}):
 * called inside the stock use case's unit of work, so the move and its journal entry commit together.
 */
public interface StockLedger {

    /** The tenant's functional currency, when its ledger has one. */
    Optional<Currency> functionalCurrency(Actor actor);

    /**
     * Checks that the accounts exist in the actor's tenant and take postings in the currency;
     * refuses with the ledger's codes or {@code stock.valuation.currency_mismatch}.
     */
    void checkAccounts(Actor actor, StockAccountSet accounts, Currency currency);

    /** Checks an account given with a single change (a landed cost's clearing account). */
    void checkAccount(Actor actor, UUID account, Currency currency);

    /**
     * Posts the value entry as one balanced journal entry; returns its id, or empty when the entry
     * moves no money.
     */
    Optional<UUID> post(Actor actor, StockAccountSet accounts, StockValueEntry entry, String description);
}
