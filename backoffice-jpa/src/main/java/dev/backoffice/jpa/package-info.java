/**
 * The JPA adapter of the Backoffice SDK: {@link dev.backoffice.jpa.JpaAdapters} implements every
 * outbound port of the core on Jakarta Persistence 3.2 / Hibernate ORM 7, with its own
 * resource-local transactions ({@link dev.backoffice.jpa.JpaUnitOfWork}) or inside the host's
 * ({@link dev.backoffice.jpa.HostTransactions}). The schema comes from the shipped Flyway
 * migrations, which {@link dev.backoffice.jpa.BackOfficeMigrations} applies on request only.
 */
package dev.backoffice.jpa;
