/**
 * The services that implement the shipments api over its spi ports, package-private except
 * {@link dev.backoffice.shipments.application.ShipmentsContext}, which wires them. Each call runs as
 * one unit of work that checks the actor's permission, validates the command, writes the audit trail
 * and publishes the recorded events after commit; the stock a step reserves, issues, releases or
 * receives changes through the stock context's api in that same unit of work. Calls to the carrier
 * are made outside any unit of work, and what the carrier answered is stored in one afterwards.
 */
package dev.backoffice.shipments.application;
