/**
 * The services that implement the stock api over its spi ports, package-private except
 * {@link dev.backoffice.stock.application.StockContext}, which wires them. Each call runs as one
 * unit of work that checks the actor's permission, validates the command, writes the audit trail
 * and publishes the recorded events after commit.
 */
package dev.backoffice.stock.application;
