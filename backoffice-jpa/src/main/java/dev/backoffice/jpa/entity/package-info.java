/**
 * The JPA entities of the adapter: plain mutable classes mapped to the {@code bo_} tables of the
 * shipped migrations. They are the adapter's own classes; the domain model stays free of
 * annotations. A host that brings its own {@code EntityManagerFactory} lists them through
 * {@link dev.backoffice.jpa.JpaAdapters#entityClasses()}.
 */
package dev.backoffice.jpa.entity;
