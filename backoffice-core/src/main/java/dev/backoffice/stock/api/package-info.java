/**
 * Inbound ports of the stock context: the use-case interfaces a host calls, reached from
 * {@code BackOffice}, with their command, query and result records.
 *
 * <p>{@link dev.backoffice.stock.api.ItemCatalog} keeps the items (SKU, units of measure, lot or
 * serial tracking, valuation method, negative-stock and backorder policies);
 * {@link dev.backoffice.stock.api.Warehousing} the warehouses, their location trees and the virtual
 * locations ({@code @supplier}, {@code @customer}, {@code @inventory-loss}, transit, production).
 * {@link dev.backoffice.stock.api.Inventory} records and does moves, which balance like a ledger:
 * what leaves one location arrives in another, so per item the quantities over all locations sum to
 * zero, and an internal location never goes below zero (or below what is reserved there) unless the
 * item allows it ({@code stock.quantity.insufficient}). {@link dev.backoffice.stock.api.Reservations}
 * holds stock for a demand and backorders what is missing; {@link dev.backoffice.stock.api.Stocktaking}
 * posts count variances as adjustments; {@link dev.backoffice.stock.api.StockLedger} answers as of a
 * past instant and pages through the move history; {@link dev.backoffice.stock.api.StockValuation}
 * values the stock (FIFO, moving average, standard cost) and posts its value to the ledger.
 *
 * <p>Quantities are exact decimals in an item's unit and are converted to its base unit without
 * rounding ({@code stock.unit.unknown}, {@code stock.quantity.too_precise}); amounts are
 * {@link dev.backoffice.common.Money} in the tenant's valuation currency. Every method takes the
 * {@link dev.backoffice.common.Actor} who acts; its tenant scopes the call, and the access policy is
 * asked for the permission the method names ({@link dev.backoffice.stock.api.StockPermissions}).
 * Commands are validated with Bean Validation ({@code validation.failed}); every refusal is a
 * {@link dev.backoffice.common.BackOfficeException} with a stable {@code stock.*} code, and a refused
 * call changed nothing. Results are immutable snapshots, never the domain aggregates.
 */
package dev.backoffice.stock.api;
