/**
 * Posting rules: the bridge that turns business events of the stock, shipments and personnel
 * contexts into balanced journal entries of the ledger, through the accounts api and inside the
 * caller's unit of work, so the business record and its journal entry commit together or not at
 * all. {@link dev.backoffice.posting.StockPostingRules} posts the value of stock moves (inventory,
 * cost of goods sold, received not billed, price variance, inventory loss).
 */
package dev.backoffice.posting;
