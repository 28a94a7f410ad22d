/**
 * Outbound ports of the stock context: one repository per aggregate (items, warehouses, locations,
 * moves, lots, reservations, backorders, counts), the quantity rows changed only by guarded atomic
 * statements ({@link dev.backoffice.stock.spi.StockQuantities}), the move history read model, the
 * valuation ports and the ledger that stock value posts to.
 *
 * <p>A host that brings its own adapter implements {@link dev.backoffice.stock.spi.StockAdapters}
 * and runs the contract tests of the core's test kit against it. Every method is scoped to one
 * tenant; an update of a versioned aggregate with a stale version fails with
 * {@link dev.backoffice.common.ConcurrentUpdateException}, which the unit of work retries a bounded
 * number of times.
 */
package dev.backoffice.stock.spi;
