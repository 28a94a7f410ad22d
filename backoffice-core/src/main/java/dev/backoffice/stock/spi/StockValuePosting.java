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
public interface StockValuePosting {

    /**
     * The tenant's functional currency, when its ledger has one.
     *
     * @param actor who acts; their tenant's ledger is read
     * @return the functional currency, or empty when the ledger has none
     */
    Optional<Currency> functionalCurrency(Actor actor);

    /**
     * Checks that the accounts exist in the actor's tenant and take postings in the currency;
     * refuses with the ledger's codes or {@code stock.valuation.currency_mismatch}.
     *
     * @param actor    who acts; their tenant's ledger is read
     * @param accounts the inventory, cost of goods sold, received-not-billed, price variance and inventory
     *                 loss accounts
     * @param currency the valuation currency
     */
    void checkAccounts(Actor actor, StockAccountSet accounts, Currency currency);

    /**
     * Checks an account given with a single change (a landed cost's clearing account).
     *
     * @param actor    who acts; their tenant's ledger is read
     * @param account  the account's id
     * @param currency the valuation currency
     */
    void checkAccount(Actor actor, UUID account, Currency currency);

    /**
     * Posts the value entry as one balanced journal entry; returns its id, or empty when the entry
     * moves no money.
     *
     * @param actor       who acts; the journal entry is posted in their name
     * @param accounts    the tenant's stock accounts
     * @param entry       the value entry of a move or a landed cost
     * @param description the journal entry's description
     * @return the posted journal entry's id, or empty when nothing was posted
     */
    Optional<UUID> post(Actor actor, StockAccountSet accounts, StockValueEntry entry, String description);
}
