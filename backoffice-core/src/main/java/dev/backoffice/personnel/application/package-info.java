/**
 * The services that implement the personnel api over its spi ports, package-private except
 * {@link dev.backoffice.personnel.application.PersonnelContext}, which wires them. Each call runs as
 * one unit of work that checks the actor's permission, validates the command, writes the audit
 * trail and publishes the recorded events after commit; payroll posts to the ledger through the
 * accounts api inside that same unit of work.
 */
package dev.backoffice.personnel.application;
