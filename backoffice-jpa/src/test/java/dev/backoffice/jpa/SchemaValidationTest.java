package dev.backoffice.jpa;

import dev.backoffice.jpa.support.TestDatabases;
import dev.backoffice.jpa.support.TestDatabases.Kind;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        return shippedVersions(database).size();
    }

    /** The versions of the scripts shipped for the database, in order. */
    private static List<Integer> shippedVersions(BackOfficeMigrations.Database database) {
        String folder = BackOfficeMigrations.location(database).substring("classpath:".length());
        try (Stream<Path> files = Files.list(Path.of(SchemaValidationTest.class.getClassLoader().getResource(folder).toURI()))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations in " + folder, e);
        }
    }

    /**
     * The versions the last landing shipped. A schema migrated then must upgrade, so a new script takes
     * a version above all of them (Flyway refuses a pending version below an applied one). Add the new
     * versions here when they land.
     */
    private static final List<Integer> LANDED = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aSchemaOfTheLastLandingUpgrades(Kind kind) {
        DataSource dataSource = TestDatabases.newDatabase(kind, "upgrade");
        BackOfficeMigrations.Database database = BackOfficeMigrations.detect(dataSource);
        int last = LANDED.get(LANDED.size() - 1);
        List<Integer> shipped = shippedVersions(database);
        assertThat(shipped.stream().filter(version -> version <= last).toList())
                .as("scripts numbered at or below the last landed version %s are exactly the landed ones", last)
                .isEqualTo(LANDED);
        Flyway.configure(SchemaValidationTest.class.getClassLoader()).dataSource(dataSource)
                .locations(BackOfficeMigrations.location(database)).table(BackOfficeMigrations.HISTORY_TABLE)
                .baselineOnMigrate(true).baselineVersion("0").target(String.valueOf(last)).load().migrate();

        assertThat(BackOfficeMigrations.migrate(dataSource)).as("the newer scripts apply on top")
                .isEqualTo(shipped.stream().filter(version -> version > last).count());
        try (JpaAdapters adapters = JpaAdapters.create(dataSource)) {
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
