package dev.backoffice.examples.spring;

import dev.backoffice.BackOffice;
import dev.backoffice.common.spi.AccessPolicy;
import dev.backoffice.jpa.BackOfficeMigrations;
import dev.backoffice.jpa.JpaAdapters;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.util.List;

/**
 * How a Spring host wires the library: one persistence unit, one transaction manager.
 *
 * <ul>
 *   <li>The library's entity classes are the managed types of the persistence unit Spring Boot
 *       builds, so Spring's {@link EntityManagerFactory} and {@code JpaTransactionManager} serve
 *       the library and the host alike (a host with entities of its own lists them too).</li>
 *   <li>The library's migrations run once at start, before that factory validates the schema.</li>
 *   <li>{@link JpaAdapters} join Spring's transactions: every library call works on the entity
 *       manager of the current Spring transaction, never begins or commits one, and publishes its
 *       events after Spring commits. So a {@code @Transactional} host method that calls the library
 *       several times commits all of it or nothing, together with the host's own writes.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class BackOfficeConfiguration {

    /** The library's entities, for the persistence unit Spring Boot builds. */
    @Bean
    PersistenceManagedTypes persistenceManagedTypes() {
        return PersistenceManagedTypes.of(JpaAdapters.entityClasses().stream().map(Class::getName).toList(), List.of());
    }

    /** Schema validation and JDBC batching as the library would set them on a factory of its own. */
    @Bean
    HibernatePropertiesCustomizer backOfficeHibernateSettings() {
        return properties -> properties.putAll(JpaAdapters.recommendedProperties());
    }

    /** The library's Flyway migrations (kept in their own history table), run at start. */
    @Bean
    BackOfficeSchema backOfficeSchema(DataSource dataSource) {
        return new BackOfficeSchema(BackOfficeMigrations.migrate(dataSource));
    }

    /** The entity manager factory waits for the migrations, so that it validates the migrated schema. */
    @Bean
    static EntityManagerFactoryDependsOnPostProcessor entityManagerFactoryAfterBackOfficeSchema() {
        return new EntityManagerFactoryDependsOnPostProcessor(BackOfficeSchema.class);
    }

    /** The JPA adapter on Spring's factory, joining Spring's transactions. */
    @Bean(destroyMethod = "close")
    JpaAdapters jpaAdapters(EntityManagerFactory entityManagerFactory) {
        return JpaAdapters.builder(entityManagerFactory)
                .joinHostTransactions(
                        // the entity manager of the current Spring transaction (null outside one: the call then fails)
                        () -> EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory),
                        // events and other after-commit work run when Spring commits, never after a rollback
                        action -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                                action.run();
                            }
                        }))
                .build();
    }

    /** The back office with the host's access rules; its domain events become Spring application events after commit. */
    @Bean
    BackOffice backOffice(JpaAdapters adapters, AccessPolicy accessPolicy, ApplicationEventPublisher applicationEvents) {
        return BackOffice.builder(adapters)
                .accessPolicy(accessPolicy)
                .eventPublisher(events -> events.forEach(applicationEvents::publishEvent))
                .build();
    }

    /** The library's schema, brought up to date at start. */
    record BackOfficeSchema(int migrationsApplied) {
    }
}
