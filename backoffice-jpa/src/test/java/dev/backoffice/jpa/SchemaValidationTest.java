package dev.backoffice.jpa;

import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped migrations create exactly the schema the entities expect, on H2 and on PostgreSQL. */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void migrationsThenHibernateSchemaValidation(Kind kind) {
        DataSource dataSource = TestDatabases.newDatabase(kind, "schema");

        assertThat(BackOfficeMigrations.migrate(dataSource)).isEqualTo(1);
        assertThat(BackOfficeMigrations.migrate(dataSource)).as("a second run applies nothing").isZero();

        try (JpaAdapters adapters = JpaAdapters.create(dataSource)) { // hbm2ddl=validate fails on any mismatch
            assertThat(adapters.entityManagerFactory().isOpen()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void detectsTheDatabase(Kind kind) {
        DataSource dataSource = TestDatabases.newDatabase(kind, "detect");
        assertThat(BackOfficeMigrations.detect(dataSource)).isEqualTo(
                kind == Kind.H2 ? BackOfficeMigrations.Database.H2 : BackOfficeMigrations.Database.POSTGRESQL);
    }
}
