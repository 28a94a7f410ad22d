/**
 * The domain model of the stock context: items and their units of measure, warehouses and
 * locations, moves (drafts, done, reversed), the quantity rows with their guards, lots and serial
 * numbers, reservations and backorders, physical counts, and the valuation of stock in cost layers.
 *
 * <p>Quantities on the aggregates are {@link java.math.BigDecimal} values in the item's base unit.
 * Aggregates check their own invariants and refuse with a {@link dev.backoffice.stock.domain.StockError}
 * code; adapters rebuild stored state through their {@code restore(..)} factories. Aggregates record
 * past-tense events ({@code StockMoved}, {@code StockReserved}, ...) that the application publishes
 * after its unit of work commits.
 */
package dev.backoffice.stock.domain;
