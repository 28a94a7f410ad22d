package dev.backoffice.jpa;

import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped migrations create exactly the schema the entities expect, on H2 and on PostgreSQL. */
class SchemaValidationTest {

    @ParameterizedTest
    @EnumSource(Kind.class)
    void migrationsThenHibernateSchemaValidation(Kind kind) {
        DataSource dataSource = TestDatabases.newDatabase(kind, "schema");

        assertThat(BackOfficeMigrations.migrate(dataSource)).as("every shipped script applies")
                .isEqualTo(shippedScripts(BackOfficeMigrations.detect(dataSource)));
        assertThat(BackOfficeMigrations.migrate(dataSource)).as("a second run applies nothing").isZero();

        try (JpaAdapters adapters = JpaAdapters.create(dataSource)) { // hbm2ddl=validate fails on any mismatch
            assertThat(adapters.entityManagerFactory().isOpen()).isTrue();
        }
    }

    /** The versioned scripts shipped for the database (they are files under target/classes when tests run). */
    private static long shippedScripts(BackOfficeMigrations.Database database) {
        String folder = BackOfficeMigrations.location(database).substring("classpath:".length());
        try (Stream<Path> files = Files.list(Path.of(SchemaValidationTest.class.getClassLoader().getResource(folder).toURI()))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations in " + folder, e);
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
